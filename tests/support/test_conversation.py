"""The requester's side of the conversation: my requests, replies both ways, read receipts,
visitor links, reopening and attachments."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from saypro_wagtail.support import conversation, lifecycle, links
from saypro_wagtail.support.choices import REOPENED, RESOLVED
from saypro_wagtail.support.models import Attachment, Message
from tests.profiles.conftest import make_user

from . import test_intake
from .conftest import make_request

pytestmark = pytest.mark.django_db

media = test_intake.media  # the fixture


def detail_url(support_request):
    return f"/en/support/requests/{support_request.reference}/"


def visitor_url(support_request):
    return f"/en/support/r/{links.visitor_token(support_request)}/"


@pytest.fixture
def visitor_request(db):
    return make_request(requester_name="Sipho", requester_email="sipho@example.com")


def test_my_requests_lists_newest_first_with_unread_counts(client, requester, agent):
    older = make_request(requester=requester, logged_at=timezone.now() - timedelta(days=2))
    newer = make_request(requester=requester, subject="Payment failed")
    make_request(subject="Someone else's request")
    lifecycle.reply(older, "First answer", by=agent)
    lifecycle.reply(older, "Second answer", by=agent)
    lifecycle.add_note(older, "Staff only", by=agent)
    client.force_login(requester)
    page = client.get("/en/support/requests/").content.decode()
    assert page.index(newer.reference) < page.index(older.reference)
    assert "2 unread" in page
    assert "Someone else" not in page


def test_my_requests_make_the_same_number_of_queries_for_more_requests(client, requester, agent):
    client.force_login(requester)
    make_request(requester=requester)
    with CaptureQueriesContext(connection) as few:
        client.get("/en/support/requests/")
    for _ in range(5):
        lifecycle.reply(make_request(requester=requester), "Hello", by=agent)
    with CaptureQueriesContext(connection) as many:
        client.get("/en/support/requests/")
    assert len(many) == len(few)


def test_another_member_gets_404_on_my_request(client, support_request):
    client.force_login(make_user("intruder"))
    assert client.get(detail_url(support_request)).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client, support_request):
    response = client.get(detail_url(support_request))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_a_staff_reply_is_emailed_to_the_member_with_a_link(
    support_request, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.reply(support_request, "We fixed it.", by=agent)
    [email] = mail.outbox
    assert email.to == [support_request.requester.email]
    assert support_request.reference in email.subject
    assert "We fixed it." in email.body
    assert detail_url(support_request) in email.body


def test_a_staff_reply_to_a_visitor_links_to_the_signed_page(
    visitor_request, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.reply(visitor_request, "We fixed it.", by=agent)
    [email] = mail.outbox
    assert email.to == ["sipho@example.com"]
    assert visitor_url(visitor_request) in email.body


def test_viewing_marks_staff_messages_read(client, support_request, agent):
    reply = lifecycle.reply(support_request, "Answer", by=agent)
    client.force_login(support_request.requester)
    client.get(detail_url(support_request))
    reply.refresh_from_db()
    assert reply.read_at is not None
    assert "unread" not in client.get("/en/support/requests/").content.decode()


def test_the_requester_sees_read_receipts_once_staff_read(client, support_request):
    client.force_login(support_request.requester)
    client.post(detail_url(support_request), {"action": "reply", "reply-body": "Any news?"})
    assert "Not read yet" in client.get(detail_url(support_request)).content.decode()
    assert conversation.mark_read(support_request, viewer_is_staff=True) == 1
    page = client.get(detail_url(support_request)).content.decode()
    assert "Not read yet" not in page
    assert ">Read<" in page


def test_the_member_replies_and_the_assigned_agent_is_emailed(
    client, support_request, agent, media, django_capture_on_commit_callbacks
):
    lifecycle.take(support_request, by=agent)
    client.force_login(support_request.requester)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail_url(support_request),
            {"action": "reply", "reply-body": "Still broken", "reply-attachments": [
                ContentFile(b"log line\n", name="log.txt")
            ]},
        )  # fmt: skip
    assert response.status_code == 302
    message = Message.objects.get(from_staff=False)
    assert message.body == "Still broken"
    assert message.author == support_request.requester
    assert message.attachments.get().original_name == "log.txt"
    assert (
        ModelLogEntry.objects.for_instance(support_request)
        .filter(action=lifecycle.REQUESTER_REPLIED)
        .exists()
    )
    [email] = mail.outbox
    assert email.to == [agent.email]
    assert "Still broken" in email.body


def test_a_reply_to_an_unassigned_request_goes_to_the_supervisors(
    visitor_request, supervisor, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        conversation.requester_reply(visitor_request, "Hello?")
    assert [email.to for email in mail.outbox] == [[supervisor.email]]


def test_an_empty_reply_is_a_field_error(client, support_request):
    client.force_login(support_request.requester)
    response = client.post(detail_url(support_request), {"action": "reply", "reply-body": "  "})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Message.objects.exists()


def test_message_html_is_shown_as_text_with_line_breaks(client, support_request, agent):
    lifecycle.reply(support_request, "<script>alert(1)</script>\nsecond line", by=agent)
    client.force_login(support_request.requester)
    page = client.get(detail_url(support_request)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>second line" in page


def test_the_visitor_link_works_only_with_a_valid_token(client, visitor_request, agent):
    lifecycle.reply(visitor_request, "Visitor answer", by=agent)
    page = client.get(visitor_url(visitor_request))
    assert page.status_code == 200
    assert "Visitor answer" in page.content.decode()

    token = links.visitor_token(visitor_request)
    assert client.get(f"/en/support/r/{token}x/").status_code == 404
    assert client.get("/en/support/r/garbage/").status_code == 404
    # A rating token is not a visitor link.
    assert client.get(f"/en/support/r/{links.rating_token(visitor_request)}/").status_code == 404
    visitor_request.requester_email = "new@example.com"
    visitor_request.save()
    assert client.get(f"/en/support/r/{token}/").status_code == 404


def test_a_visitor_replies_through_the_link(client, visitor_request):
    response = client.post(
        visitor_url(visitor_request), {"action": "reply", "reply-body": "From the link"}
    )
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.author is None and not message.from_staff


def test_the_member_reopens_within_the_window(client, support_request, agent):
    lifecycle.resolve(support_request, "Done", by=agent)
    client.force_login(support_request.requester)
    page = client.get(detail_url(support_request)).content.decode()
    assert "Reopen my request" in page
    response = client.post(
        detail_url(support_request), {"action": "reopen", "reopen-reason": "Not fixed"}
    )
    assert response.status_code == 302
    support_request.refresh_from_db()
    assert support_request.status == REOPENED


def test_no_reopening_after_the_window(client, support_request, agent, settings):
    lifecycle.resolve(support_request, "Done", by=agent)
    support_request.resolved_at = timezone.now() - timedelta(days=30)
    support_request.save()
    client.force_login(support_request.requester)
    assert "Reopen my request" not in client.get(detail_url(support_request)).content.decode()
    response = client.post(
        detail_url(support_request), {"action": "reopen", "reopen-reason": "Not fixed"}
    )
    assert response.status_code == 400
    support_request.refresh_from_db()
    assert support_request.status == RESOLVED


def attach(support_request, message=None):
    attachment = Attachment(
        request=support_request,
        message=message,
        original_name="screen.png",
        content_type="image/png",
        size=4,
    )
    attachment.file.save("x", ContentFile(b"\x89PNG"), save=False)
    attachment.save()
    return attachment


def test_the_owner_downloads_an_attachment_as_a_file(client, support_request, media):
    attachment = attach(support_request)
    client.force_login(support_request.requester)
    url = f"{detail_url(support_request)}files/{attachment.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b"\x89PNG"

    client.force_login(make_user("intruder"))
    assert client.get(url).status_code == 404


def test_a_visitor_downloads_through_the_signed_link_only(client, visitor_request, media):
    attachment = attach(visitor_request)
    assert client.get(f"{visitor_url(visitor_request)}files/{attachment.pk}/").status_code == 200
    assert client.get(f"/en/support/r/bad/files/{attachment.pk}/").status_code == 404
