"""The contact support page: members and visitors send requests, files are checked by content,
help articles are suggested and their clicks counted."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from saypro_wagtail.storage import PrivateFileSystemStorage
from saypro_wagtail.support.choices import PORTAL
from saypro_wagtail.support.models import (
    Attachment,
    ContactSupportPage,
    Deflection,
    SupportRequest,
)
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def media(tmp_path, monkeypatch):
    """Attachments go to a temporary private folder."""
    monkeypatch.setattr(
        Attachment._meta.get_field("file"),
        "storage",
        PrivateFileSystemStorage(location=tmp_path / "private"),
    )
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path


@pytest.fixture
def support_page(home_page):
    page = ContactSupportPage(
        title="Contact support", slug="support-form", intro="<p>How can we help?</p>"
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def french_support_page(support_page, locales):
    from home.demo_content import ensure_translation

    return ensure_translation(support_page, locales["fr"], title="Contacter le support")


def visitor_data(**overrides):
    return {
        "name": "Thandi Mokoena",
        "email": "thandi@example.com",
        "phone": "+27 82 000 0000",
        "category": "technical",
        "subject": "I cannot upload photos",
        "description": "The upload button does nothing.\nSecond line.",
        "website_url": "",
        **overrides,
    }


def send(client, page, capture, data, files=None):
    with capture(execute=True):
        return client.post(page.url, {**data, **({"attachments": files} if files else {})})


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_a_visitor_sends_a_request_and_is_acknowledged_with_the_reference(
    client, support_page, media, django_capture_on_commit_callbacks
):
    response = send(client, support_page, django_capture_on_commit_callbacks, visitor_data())
    assert response.status_code == 302
    support_request = SupportRequest.objects.get()
    assert support_request.channel == PORTAL
    assert support_request.requester is None
    assert support_request.requester_email == "thandi@example.com"
    assert support_request.language == "en"

    page = client.get(response["Location"]).content.decode()
    assert support_request.reference in page
    assert "We e-mailed you a link" in page

    [email] = mail.outbox
    assert email.to == ["thandi@example.com"]
    assert support_request.reference in email.subject
    assert "/en/support/r/" in email.body


def test_a_member_sends_a_request_without_name_or_email_fields(
    client, support_page, media, django_capture_on_commit_callbacks
):
    member = make_user("lerato")
    client.force_login(member)
    form_page = client.get(support_page.url).content.decode()
    assert 'name="email"' not in form_page

    data = {k: v for k, v in visitor_data().items() if k not in ("name", "email", "phone")}
    response = send(client, support_page, django_capture_on_commit_callbacks, data)
    assert response.status_code == 302
    support_request = SupportRequest.objects.get()
    assert support_request.requester == member
    assert support_request.channel == PORTAL
    assert "See my support requests" in client.get(response["Location"]).content.decode()
    [email] = mail.outbox
    assert email.to == [member.email]
    assert support_request.reference in email.subject
    assert f"/en/support/requests/{support_request.reference}/" in email.body


def test_the_acknowledgement_is_in_the_members_preferred_language(
    client, support_page, media, django_capture_on_commit_callbacks
):
    member = make_user("amelie", preferred_language="fr")
    client.force_login(member)
    data = {k: v for k, v in visitor_data().items() if k not in ("name", "email", "phone")}
    send(client, support_page, django_capture_on_commit_callbacks, data)
    assert SupportRequest.objects.get().language == "fr"
    [email] = mail.outbox
    assert "/fr/support/requests/" in email.body


def test_a_visitor_on_the_french_page_is_answered_in_french(
    client, french_support_page, media, django_capture_on_commit_callbacks
):
    response = send(client, french_support_page, django_capture_on_commit_callbacks, visitor_data())
    assert response.status_code == 302
    assert SupportRequest.objects.get().language == "fr"
    [email] = mail.outbox
    assert "/fr/support/r/" in email.body


def test_field_errors_keep_the_typed_values(client, support_page, media):
    response = client.post(support_page.url, visitor_data(email="not-an-address", subject=""))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert "Thandi Mokoena" in page
    assert "The upload button does nothing." in page
    assert not SupportRequest.objects.exists()


def test_the_honeypot_refuses_bots(client, support_page, media):
    response = client.post(support_page.url, visitor_data(website_url="http://spam.example"))
    assert response.status_code == 200
    assert not SupportRequest.objects.exists()


def test_too_many_requests_are_refused_with_a_message(client, support_page, media):
    for _ in range(10):
        assert client.post(support_page.url, visitor_data()).status_code == 302
    response = client.post(support_page.url, visitor_data())
    assert response.status_code == 200
    assert "many requests in a short time" in response.content.decode()
    assert SupportRequest.objects.count() == 10


def test_files_are_attached_privately_with_the_detected_type(
    client, support_page, media, django_capture_on_commit_callbacks
):
    files = [upload("screen.png", PNG), upload("invoice.PDF", PDF), upload("notes.txt", b"hi\n")]
    response = send(client, support_page, django_capture_on_commit_callbacks, visitor_data(), files)
    assert response.status_code == 302
    attachments = list(Attachment.objects.order_by("pk"))
    assert [a.content_type for a in attachments] == ["image/png", "application/pdf", "text/plain"]
    assert [a.original_name for a in attachments] == ["screen.png", "invoice.pdf", "notes.txt"]
    assert all(a.message is None for a in attachments)
    assert "screen.png" not in attachments[0].file.name  # a random name on disk


def test_a_renamed_executable_is_refused_with_a_field_error(client, support_page, media):
    program = upload("photo.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff")
    response = client.post(support_page.url, {**visitor_data(), "attachments": [program]})
    assert response.status_code == 200
    assert "is not a file we accept" in response.content.decode()
    assert not SupportRequest.objects.exists()


def test_a_zip_archive_is_not_a_document(client, support_page, media):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("evil.exe", b"MZ")
    response = client.post(
        support_page.url,
        {**visitor_data(), "attachments": [upload("letter.docx", archive.getvalue())]},
    )
    assert "is not a file we accept" in response.content.decode()


@override_settings(SAYPRO_SUPPORT_ATTACHMENT_MAX_BYTES=100)
def test_an_oversized_file_is_refused(client, support_page, media):
    response = client.post(
        support_page.url, {**visitor_data(), "attachments": [upload("big.pdf", PDF + b"0" * 200)]}
    )
    assert response.status_code == 200
    assert "is too large" in response.content.decode()
    assert not SupportRequest.objects.exists()


def test_more_than_five_files_are_refused(client, support_page, media):
    files = [upload(f"n{i}.txt", b"note") for i in range(6)]
    response = client.post(support_page.url, {**visitor_data(), "attachments": files})
    assert response.status_code == 200
    assert "Attach at most 5 files." in response.content.decode()
    assert not SupportRequest.objects.exists()


def test_a_live_help_article_is_prefilled_and_recorded(
    client, support_page, contact_page, media, django_capture_on_commit_callbacks
):
    form_page = client.get(f"{support_page.url}?article={contact_page.pk}").content.decode()
    assert f'value="{contact_page.pk}"' in form_page
    send(
        client,
        support_page,
        django_capture_on_commit_callbacks,
        visitor_data(article=contact_page.pk),
    )
    assert SupportRequest.objects.get().related_article_id == contact_page.pk


def test_a_draft_page_is_not_accepted_as_the_related_article(
    client, support_page, contact_page, media, django_capture_on_commit_callbacks
):
    contact_page.unpublish()
    form_page = client.get(f"{support_page.url}?article={contact_page.pk}").content.decode()
    assert f'value="{contact_page.pk}"' not in form_page
    send(
        client,
        support_page,
        django_capture_on_commit_callbacks,
        visitor_data(article=contact_page.pk),
    )
    assert SupportRequest.objects.get().related_article is None


def test_article_suggestions_markup_is_on_the_form(client, support_page):
    page = client.get(support_page.url).content.decode()
    assert 'data-suggestions-url="/en/api/help/suggestions/"' in page
    assert 'aria-live="polite"' in page
    assert "saypro_support/js/contact.js" in page
    assert 'data-deflection-url="/en/support/deflection/"' in page


def test_the_deflection_beacon_counts_per_day_and_language(client):
    assert client.post("/en/support/deflection/").status_code == 204
    client.post("/en/support/deflection/")
    client.post("/fr/support/deflection/")
    assert dict(Deflection.objects.values_list("language", "count")) == {"en": 2, "fr": 1}
    assert client.get("/en/support/deflection/").status_code == 405
