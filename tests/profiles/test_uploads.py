"""Photos and documents are judged by content: resized, stripped, private, refused when fake."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles import activity, uploads
from saypro_wagtail.profiles.choices import APPLICANT, RESUME
from saypro_wagtail.profiles.models import ProfileDocument
from saypro_wagtail.profiles.storage import PrivateFileSystemStorage, private_storage
from tests.conftest import verified_login
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
EXECUTABLE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def image_bytes(size=(40, 30), image_format="PNG", exif=None, color=(200, 30, 30)):
    output = io.BytesIO()
    options = {"exif": exif.tobytes()} if exif is not None else {}
    Image.new("RGB", size, color).save(output, format=image_format, **options)
    return output.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_claiming_size(width, height):
    """A tiny PNG whose header claims a huge size: the shape of a decompression bomb."""
    data = bytearray(image_bytes((1, 1)))
    # The IHDR chunk starts at byte 8: length (4), type (4), width (4), height (4), ...
    data[16:24] = struct.pack(">II", width, height)
    ihdr = bytes(data[12:29])
    data[29:33] = struct.pack(">I", zlib.crc32(ihdr) & 0xFFFFFFFF)
    return bytes(data)


def zip_bytes(members):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return output.getvalue()


@pytest.fixture
def media(tmp_path, monkeypatch):
    """Public media and private files both go to a temporary folder."""
    private_root = tmp_path / "private"
    # The model field got its storage when models loaded: give it one in the test folder.
    monkeypatch.setattr(
        ProfileDocument._meta.get_field("file"),
        "storage",
        PrivateFileSystemStorage(location=private_root),
    )
    with override_settings(
        MEDIA_ROOT=str(tmp_path / "media"), SAYPRO_PROFILES_PRIVATE_ROOT=str(private_root)
    ):
        yield tmp_path


# Photos ---------------------------------------------------------------------------------------


@override_settings(SAYPRO_PROFILES_PHOTO_SIZE=128)
def test_photo_is_resized_to_fit_the_configured_size():
    cleaned = uploads.process_photo(upload("big.png", image_bytes((1000, 400))))
    with Image.open(cleaned) as image:
        assert image.format == "PNG"
        assert max(image.size) <= 128
        assert image.size == (128, 51)


def test_photo_loses_its_exif_data_and_is_turned_upright():
    exif = Image.Exif()
    exif[0x010F] = "Spy Camera Inc."  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    cleaned = uploads.process_photo(
        upload("holiday.jpg", image_bytes((800, 400), "JPEG", exif=exif))
    )
    data = cleaned.read()
    assert b"Spy Camera" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert not image.getexif()
        assert "exif" not in image.info
        assert image.height > image.width  # the rotation was applied before EXIF was dropped


def test_text_file_named_jpg_is_not_a_photo():
    with pytest.raises(ValidationError) as error:
        uploads.process_photo(upload("me.jpg", b"just some text, not an image", "image/jpeg"))
    assert error.value.code == "invalid_image"


def test_truncated_image_is_refused():
    broken = image_bytes((300, 300), "JPEG")[:200]
    with pytest.raises(ValidationError):
        uploads.process_photo(upload("me.jpg", broken, "image/jpeg"))


def test_image_in_a_format_we_do_not_accept_is_refused():
    with pytest.raises(ValidationError) as error:
        uploads.process_photo(upload("me.png", image_bytes((20, 20), "BMP"), "image/png"))
    assert error.value.code == "invalid_image"


@override_settings(SAYPRO_PROFILES_PHOTO_MAX_BYTES=1000)
def test_photo_larger_than_the_limit_is_refused():
    big = image_bytes((400, 400), "BMP")  # uncompressed: far above 1000 bytes
    with pytest.raises(ValidationError) as error:
        uploads.process_photo(upload("me.png", big, "image/png"))
    assert error.value.code == "file_too_large"


def test_decompression_bomb_is_refused_without_decoding_it():
    bomb = png_claiming_size(50_000, 50_000)
    assert len(bomb) < 200
    with pytest.raises(ValidationError):
        uploads.process_photo(upload("bomb.png", bomb, "image/png"))


# Documents ------------------------------------------------------------------------------------


def test_pdf_docx_and_odt_are_recognised_by_content():
    docx = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    odt = zip_bytes({"mimetype": uploads.ODT, "content.xml": "<office:document/>"})
    assert uploads.inspect_document(upload("cv.pdf", PDF_BYTES)).content_type == uploads.PDF
    assert uploads.inspect_document(upload("cv.docx", docx)).content_type == uploads.DOCX
    assert uploads.inspect_document(upload("cv.odt", odt)).content_type == uploads.ODT


def test_renamed_executable_and_other_archives_are_refused():
    for name, content in [
        ("cv.pdf", EXECUTABLE_BYTES),
        ("cv.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 50),
        ("cv.docx", zip_bytes({"payload.exe": "MZ"})),
        ("cv.odt", zip_bytes({"mimetype": "application/zip"})),
        ("cv.txt", b"Plain text is not accepted"),
    ]:
        with pytest.raises(ValidationError) as error:
            uploads.inspect_document(upload(name, content))
        assert error.value.code == "invalid_document", name


def test_document_name_is_cleaned_and_ends_in_the_detected_type():
    detected = uploads.inspect_document(upload("../../My CV<script>.exe", PDF_BYTES))
    assert detected.original_name == "My_CVscript.pdf"


# Document views -------------------------------------------------------------------------------


@pytest.fixture
def applicant(db):
    return make_user("thandi", user_type=APPLICANT, display_name="Thandi")


def test_applicant_uploads_a_pdf_stored_privately_without_url(client, applicant, media):
    client.force_login(applicant)
    response = client.post(
        reverse("saypro_profiles:upload_document"),
        {"kind": RESUME, "file": upload("Thandi CV.pdf", PDF_BYTES, "application/pdf")},
    )
    assert response.status_code == 302
    document = ProfileDocument.objects.get(user=applicant)
    assert document.original_name == "Thandi_CV.pdf"
    assert document.content_type == "application/pdf"
    assert document.size == len(PDF_BYTES)
    stored = Path(document.file.path).resolve()
    assert stored.read_bytes() == PDF_BYTES
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(ValueError):
        _ = document.file.url


def test_renamed_executable_is_refused_with_a_field_error(client, applicant, media):
    client.force_login(applicant)
    response = client.post(
        reverse("saypro_profiles:upload_document"),
        {"kind": RESUME, "file": upload("cv.pdf", EXECUTABLE_BYTES, "application/pdf")},
    )
    assert response.status_code == 200
    assert (
        "Upload a PDF, Word (.docx) or OpenDocument (.odt) file."
        in response.context["form"].errors["file"]
    )
    assert not ProfileDocument.objects.exists()


@override_settings(SAYPRO_PROFILES_DOCUMENT_MAX_BYTES=50)
def test_oversized_document_is_refused_with_a_field_error(client, applicant, media):
    client.force_login(applicant)
    response = client.post(
        reverse("saypro_profiles:upload_document"),
        {"kind": RESUME, "file": upload("cv.pdf", PDF_BYTES, "application/pdf")},
    )
    assert response.status_code == 200
    assert "too large" in str(response.context["form"].errors["file"])
    assert not ProfileDocument.objects.exists()


def test_only_applicants_may_upload_documents(client, member, media):
    client.force_login(member)
    response = client.post(
        reverse("saypro_profiles:upload_document"),
        {"kind": RESUME, "file": upload("cv.pdf", PDF_BYTES, "application/pdf")},
    )
    assert response.status_code == 403
    assert "Only applicants can upload a resume or portfolio" in response.content.decode()
    assert not ProfileDocument.objects.exists()


@pytest.fixture
def stored_document(client, applicant, media):
    client.force_login(applicant)
    client.post(
        reverse("saypro_profiles:upload_document"),
        {"kind": RESUME, "file": upload("cv.pdf", PDF_BYTES, "application/pdf")},
    )
    client.logout()
    return ProfileDocument.objects.get(user=applicant)


def test_owner_downloads_the_document_as_an_attachment(client, applicant, stored_document):
    client.force_login(applicant)
    response = client.get(reverse("saypro_profiles:document", args=[stored_document.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="cv.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_other_members_and_anonymous_visitors_get_not_found(client, member, stored_document):
    url = reverse("saypro_profiles:document", args=[stored_document.pk])
    missing = reverse("saypro_profiles:document", args=[stored_document.pk + 1000])
    assert client.get(url).status_code == 404  # not a login redirect: nothing is revealed
    client.force_login(member)
    assert client.get(url).status_code == 404
    assert client.get(missing).status_code == 404


def test_user_manager_downloads_and_the_download_is_logged(client, applicant, stored_document):
    managers = Group.objects.create(name="Document readers")
    managers.permissions.add(
        Permission.objects.get(
            content_type__app_label="saypro_profiles", codename="view_profiledocument"
        )
    )
    manager = make_user("lerato")
    manager.groups.add(managers)
    verified_login(client, manager)
    response = client.get(reverse("saypro_profiles:document", args=[stored_document.pk]))
    assert response.status_code == 200
    entry = (
        ModelLogEntry.objects.for_instance(applicant)
        .filter(action=activity.DOCUMENT_DOWNLOADED)
        .get()
    )
    assert entry.user == manager


def test_owner_deletes_a_document_and_its_file(client, applicant, stored_document):
    path = Path(stored_document.file.path)
    client.force_login(applicant)
    url = reverse("saypro_profiles:delete_document", args=[stored_document.pk])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    assert not ProfileDocument.objects.exists()
    assert not path.exists()


def test_nobody_else_can_delete_a_document(client, member, stored_document):
    client.force_login(member)
    url = reverse("saypro_profiles:delete_document", args=[stored_document.pk])
    assert client.post(url).status_code == 404
    assert ProfileDocument.objects.filter(pk=stored_document.pk).exists()


def test_default_private_storage_is_outside_the_media_folder(tmp_path):
    with override_settings(MEDIA_ROOT=str(tmp_path / "media"), SAYPRO_PROFILES_PRIVATE_ROOT=""):
        storage = private_storage()
        assert not Path(storage.location).is_relative_to(tmp_path / "media")
        with pytest.raises(ValueError):
            storage.url("saypro_profiles/documents/1/abc")
