"""Checks on uploaded photos and documents by their content, never by their name.

A photo goes through :func:`saypro_wagtail.image_checks.clean_image`: refused unread when it
would take more than ``SAYPRO_IMAGE_MAX_DECODED_BYTES`` to decode, else decoded with Pillow
(a JPEG at a reduced scale), shrunk to ``SAYPRO_PROFILES_PHOTO_SIZE`` and re-encoded, which
drops EXIF data (location, camera) and anything hidden after the image. A resume or portfolio
must be a PDF, DOCX or ODT file as its first bytes show; anything else, such as a renamed
program, is refused.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.file_types import (
    DOCX,
    ODT,
    PDF,
    office_document_type,
    safe_file_name,
)
from saypro_wagtail.image_checks import clean_image, too_large

# Formats Pillow detects -> (format to save in, file extension).
PHOTO_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
    "GIF": ("PNG", "png"),  # an animation keeps its first frame
}

DOCUMENT_EXTENSIONS = {PDF: ".pdf", DOCX: ".docx", ODT: ".odt"}

INVALID_PHOTO = _("Upload a JPEG, PNG, WebP or GIF image. This file is not one of those.")
INVALID_DOCUMENT = _("Upload a PDF, Word (.docx) or OpenDocument (.odt) file.")


def process_photo(uploaded) -> ContentFile:
    """A clean, resized copy of an uploaded photo; raises ``ValidationError`` when unfit."""
    return clean_image(
        uploaded,
        max_bytes=saypro_settings.PROFILES_PHOTO_MAX_BYTES,
        max_side=saypro_settings.PROFILES_PHOTO_SIZE,
        formats=PHOTO_FORMATS,
        invalid_message=INVALID_PHOTO,
        name="photo",
    )


@dataclass(frozen=True)
class DetectedDocument:
    content_type: str
    original_name: str
    size: int


def inspect_document(uploaded) -> DetectedDocument:
    """The real type of an uploaded resume or portfolio; raises ``ValidationError`` when unfit."""
    limit = saypro_settings.PROFILES_DOCUMENT_MAX_BYTES
    if uploaded.size > limit:
        raise too_large(limit)
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if head.startswith(b"%PDF-"):
        content_type = PDF
    elif head.startswith(b"PK\x03\x04"):
        content_type = office_document_type(uploaded)
    else:
        content_type = None
    uploaded.seek(0)
    if content_type is None:
        raise ValidationError(INVALID_DOCUMENT, code="invalid_document")
    return DetectedDocument(
        content_type=content_type,
        original_name=safe_file_name(uploaded.name, DOCUMENT_EXTENSIONS[content_type]),
        size=uploaded.size,
    )
