"""Support in "download my data" and account erasure: the requester's data out, the record kept."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from saypro_wagtail.profiles.data_rights import export_personal_data
from saypro_wagtail.profiles.erasure import erase_account
from saypro_wagtail.storage import PrivateFileSystemStorage
from saypro_wagtail.support import lifecycle
from saypro_wagtail.support.choices import HIGH
from saypro_wagtail.support.conversation import requester_reply
from saypro_wagtail.support.models import Attachment, Message, SatisfactionRating
from saypro_wagtail.support.personal_data import SupportDataProvider
from tests.profiles.conftest import make_user
from tests.profiles.test_erasure import rows_still_holding
from tests.support.conftest import make_request

EMAIL = "Thandi.Mokoena@example.com"
NAME = "Thandi Mokoena"
PHONE = "+27 82 555 0123"
DESCRIPTION = "My ad for the flat in Soweto disappeared after I paid."
MY_MESSAGE = "I paid with my card ending 4421 yesterday."
VISITOR_MESSAGE = "Before I registered: my old ad is gone too."
INTERNAL_NOTE = "Checked the payment gateway: card charged twice."
STAFF_REPLY = "We have restored your ad and refunded the second payment."
COMMENT = "Thandi was very happy with the quick help."


@pytest.fixture
def media(tmp_path, monkeypatch):
    """Attachments go to a temporary private folder."""
    storage = PrivateFileSystemStorage(location=tmp_path / "private")
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", storage)
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield storage


@pytest.fixture
def thandi(db):
    return make_user("thandi", email=EMAIL)


def attach(support_request, *, by=None, message=None, name="receipt.pdf"):
    attachment = Attachment(
        request=support_request,
        message=message,
        original_name=name,
        content_type="application/pdf",
        size=9,
        uploaded_by=by,
    )
    attachment.file.save("upload", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return attachment


@pytest.fixture
def conversation(thandi, agent, media, django_capture_on_commit_callbacks):
    """Thandi's resolved and rated request, with an internal note, and an older visitor one."""
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails are in the outbox
        return converse(thandi, agent)


def converse(thandi, agent):
    support_request = make_request(
        requester=thandi,
        requester_phone=PHONE,
        location="Soweto",
        description=DESCRIPTION,
        priority=HIGH,
    )
    mine = requester_reply(support_request, MY_MESSAGE, by=thandi)
    attach(support_request, by=thandi, message=mine)
    lifecycle.add_note(support_request, INTERNAL_NOTE, by=agent)
    staff_reply = lifecycle.reply(support_request, STAFF_REPLY, by=agent)
    attach(support_request, by=agent, message=staff_reply, name="refund.pdf")
    lifecycle.resolve(support_request, "Ad restored, refund issued.", by=agent)
    SatisfactionRating.objects.create(request=support_request, score=5, comment=COMMENT)

    visitor_request = make_request(
        requester_name=NAME, requester_email=EMAIL.upper(), description=DESCRIPTION
    )
    requester_reply(visitor_request, VISITOR_MESSAGE)
    attach(visitor_request, name="old-ad.png")
    support_request.refresh_from_db()
    return support_request, visitor_request


def test_the_export_has_the_request_and_the_public_conversation_but_no_internal_note(
    thandi, conversation
):
    support_request, _ = conversation

    exported = export_personal_data(thandi)["providers"]["support_requests"]

    assert [item["reference"] for item in exported] == [support_request.reference]
    item = exported[0]
    assert item["description"] == DESCRIPTION
    assert item["resolution"] == "Ad restored, refund issued."
    assert [(m["from"], m["body"]) for m in item["messages"]] == [
        ("you", MY_MESSAGE),
        ("staff", STAFF_REPLY),
    ]
    assert item["messages"][0]["attachments"][0]["name"] == "receipt.pdf"
    assert item["satisfaction"]["score"] == 5
    text = str(exported)
    assert INTERNAL_NOTE not in text
    assert "agent" not in text  # staff stay "staff"


def test_the_export_keeps_a_fixed_number_of_queries(thandi, conversation, agent):
    def count():
        with CaptureQueriesContext(connection) as queries:
            SupportDataProvider().export(thandi)
        return len(queries)

    before = count()
    for _ in range(3):
        more = make_request(requester=thandi)
        reply = lifecycle.reply(more, "Hello", by=agent)
        attach(more, by=agent, message=reply)
        SatisfactionRating.objects.create(request=more, score=3)
    assert count() == before


def test_erasure_keeps_the_record_but_no_trace_of_the_requester(
    thandi, conversation, media, django_capture_on_commit_callbacks
):
    support_request, visitor_request = conversation
    kpis = (
        support_request.logged_at,
        support_request.first_response_at,
        support_request.resolved_at,
    )
    files = list(Attachment.objects.order_by("pk").values_list("original_name", "file"))
    assert rows_still_holding(MY_MESSAGE)  # the scan does find the text before erasure
    assert all(media.exists(path) for _, path in files)

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(thandi, by=thandi)

    support_request.refresh_from_db()
    assert support_request.requester is None
    assert (support_request.status, support_request.priority) == ("resolved", HIGH)
    assert (
        support_request.logged_at,
        support_request.first_response_at,
        support_request.resolved_at,
    ) == kpis
    assert support_request.description == "[removed at the requester's request]"
    assert support_request.satisfaction.score == 5
    assert support_request.satisfaction.comment == ""
    bodies = set(Message.objects.values_list("body", flat=True))
    assert {STAFF_REPLY, INTERNAL_NOTE} <= bodies
    visitor_request.refresh_from_db()
    assert (visitor_request.requester_name, visitor_request.requester_email) == ("", "")

    for value in (EMAIL, NAME, PHONE, DESCRIPTION, MY_MESSAGE, VISITOR_MESSAGE, COMMENT, "Soweto"):
        assert rows_still_holding(value) == [], value

    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["refund.pdf"]
    for name, path in files:
        assert media.exists(path) == (name == "refund.pdf")


def test_erasure_without_support_requests_changes_nothing(thandi, support_request):
    SupportDataProvider().erase(thandi)

    support_request.refresh_from_db()
    assert support_request.description == "..."
    assert support_request.requester is not None
