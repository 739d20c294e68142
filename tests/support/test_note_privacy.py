"""Internal notes never reach the requester: not on any page, not in any e-mail, not as a file."""

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse

from saypro_wagtail.support import lifecycle, links
from saypro_wagtail.support.models import Attachment, SupportRequest

from . import test_intake
from .conftest import make_request

pytestmark = pytest.mark.django_db

# Fixtures of the intake tests.
media = test_intake.media
support_page = test_intake.support_page

NOTE = "SECRET-NOTE-requester-is-rude"


@pytest.fixture
def noted_request(support_request, agent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.add_note(support_request, NOTE, by=agent)
        lifecycle.reply(support_request, "Public answer", by=agent)
        lifecycle.add_note(support_request, NOTE, by=agent)
    return support_request


def assert_no_note(text):
    assert NOTE not in text


def test_adding_a_note_sends_no_email(support_request, agent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.add_note(support_request, NOTE, by=agent)
    assert mail.outbox == []


def test_the_reply_email_carries_the_reply_and_not_the_note(noted_request):
    [email] = mail.outbox
    assert "Public answer" in email.body
    assert_no_note(email.body)
    assert_no_note(email.subject)
    assert_no_note(email.alternatives[0][0])


def test_no_requester_page_shows_the_note(client, noted_request):
    client.force_login(noted_request.requester)
    detail = client.get(f"/en/support/requests/{noted_request.reference}/").content.decode()
    assert "Public answer" in detail
    assert_no_note(detail)
    listing = client.get("/en/support/requests/").content.decode()
    assert_no_note(listing)
    dashboard = client.get(reverse("saypro_profiles:dashboard")).content.decode()
    assert "My support requests" in dashboard
    assert_no_note(dashboard)


def test_notes_do_not_count_as_unread(client, noted_request):
    client.force_login(noted_request.requester)
    assert "1 unread" in client.get("/en/support/requests/").content.decode()


def test_the_visitor_link_does_not_show_the_note(client, agent):
    visitor_request = make_request(requester_name="Sipho", requester_email="sipho@example.com")
    lifecycle.add_note(visitor_request, NOTE, by=agent)
    lifecycle.reply(visitor_request, "Public answer", by=agent)
    page = client.get(f"/en/support/r/{links.visitor_token(visitor_request)}/").content.decode()
    assert "Public answer" in page
    assert_no_note(page)


def test_the_acknowledgement_and_rating_emails_do_not_show_notes(
    client, support_page, agent, media, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            support_page.url,
            {
                "name": "Sipho",
                "email": "sipho@example.com",
                "category": "technical",
                "subject": "Broken",
                "description": "It is broken",
            },
        )
    support_request = SupportRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.add_note(support_request, NOTE, by=agent)
        lifecycle.resolve(support_request, "Fixed", by=agent)
    assert len(mail.outbox) == 2  # acknowledgement, rating request
    for email in mail.outbox:
        assert_no_note(email.body)
        assert_no_note(email.alternatives[0][0])


def test_a_file_on_a_note_cannot_be_downloaded_by_the_requester(client, noted_request, media):
    note = noted_request.messages.filter(internal=True).first()
    attachment = Attachment(
        request=noted_request,
        message=note,
        original_name="internal.txt",
        content_type="text/plain",
        size=2,
    )
    attachment.file.save("x", ContentFile(b"hi"), save=False)
    attachment.save()
    client.force_login(noted_request.requester)
    detail = client.get(f"/en/support/requests/{noted_request.reference}/").content.decode()
    assert "internal.txt" not in detail
    url = f"/en/support/requests/{noted_request.reference}/files/{attachment.pk}/"
    assert client.get(url).status_code == 404
