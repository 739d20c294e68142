"""Checks on uploaded photos and documents by their content, never by their name.

A photo is decoded with Pillow, shrunk to ``SAYPRO_PROFILES_PHOTO_SIZE`` and re-encoded, which
drops EXIF data (location, camera) and anything hidden after the image. A resume or portfolio
must be a PDF, DOCX or ODT file as its first bytes show; anything else, such as a renamed
program, is refused.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.file_types import (
    DOCX,
    ODT,
    PDF,
    office_document_type,
    safe_file_name,
)

# Formats Pillow detects -> (format to save in, file extension).
PHOTO_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
    "GIF": ("PNG", "png"),  # an animation keeps its first frame
}
# Far above any camera photo, far below what would exhaust memory while decoding.
MAX_PHOTO_PIXELS = 40_000_000

DOCUMENT_EXTENSIONS = {PDF: ".pdf", DOCX: ".docx", ODT: ".odt"}

INVALID_PHOTO = _("Upload a JPEG, PNG, WebP or GIF image. This file is not one of those.")
INVALID_DOCUMENT = _("Upload a PDF, Word (.docx) or OpenDocument (.odt) file.")


def _too_large(limit):
    return ValidationError(
        _("This file is too large. The largest size accepted is %(size)s."),
        code="file_too_large",
        params={"size": filesizeformat(limit)},
    )


def process_photo(uploaded) -> ContentFile:
    """A clean, resized copy of an uploaded photo; raises ``ValidationError`` when unfit."""
    limit = saypro_settings.PROFILES_PHOTO_MAX_BYTES
    if uploaded.size > limit:
        raise _too_large(limit)
    try:
        with warnings.catch_warnings():
            # Pillow only warns about a decompression bomb below twice its own limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            uploaded.seek(0)
            with Image.open(uploaded) as probe:
                detected = probe.format
                if probe.width * probe.height > MAX_PHOTO_PIXELS:
                    raise ValidationError(
                        _("This image has too many pixels. Upload a smaller image."),
                        code="too_many_pixels",
                    )
                probe.verify()
            if detected not in PHOTO_FORMATS:
                raise ValidationError(INVALID_PHOTO, code="invalid_image")
            # verify() leaves the image unusable: open it again to decode it.
            uploaded.seek(0)
            with Image.open(uploaded) as image:
                image.load()
                cleaned = _resize(ImageOps.exif_transpose(image))
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ) as error:
        raise ValidationError(INVALID_PHOTO, code="invalid_image") from error

    save_format, extension = PHOTO_FORMATS[detected]
    if save_format == "JPEG" and cleaned.mode != "RGB":
        cleaned = cleaned.convert("RGB")
    output = io.BytesIO()
    # Nothing from the original's metadata is passed on, so EXIF and comments are gone.
    options = {"quality": 85, "optimize": True} if save_format in {"JPEG", "WEBP"} else {}
    cleaned.save(output, format=save_format, **options)
    return ContentFile(output.getvalue(), name=f"photo.{extension}")


def _resize(image):
    size = saypro_settings.PROFILES_PHOTO_SIZE
    if image.mode not in {"RGB", "RGBA", "L", "LA"}:
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    image.thumbnail((size, size), Image.Resampling.LANCZOS)
    # A fresh image carries no metadata at all.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


@dataclass(frozen=True)
class DetectedDocument:
    content_type: str
    original_name: str
    size: int


def inspect_document(uploaded) -> DetectedDocument:
    """The real type of an uploaded resume or portfolio; raises ``ValidationError`` when unfit."""
    limit = saypro_settings.PROFILES_DOCUMENT_MAX_BYTES
    if uploaded.size > limit:
        raise _too_large(limit)
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
