"""Checks on files attached to a support request, by their content, never by their name.

Accepted: PDF, PNG, JPEG, WebP, GIF, plain text (UTF-8), Word (.docx) and OpenDocument (.odt).
A renamed program or any other file is refused with a message for the requester. Images are
kept as sent (a screenshot must stay readable), but one that would take too much memory to
decode is refused, as profile and ad photos are (see :mod:`saypro_wagtail.image_checks`).
"""

import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from PIL import Image

from saypro_wagtail import image_checks
from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.file_types import (
    DOCX,
    ODT,
    PDF,
    display_name,
    office_document_type,
    safe_file_name,
)

PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
GIF = "image/gif"
TEXT = "text/plain"
EXTENSIONS = {
    PDF: ".pdf",
    PNG: ".png",
    JPEG: ".jpg",
    WEBP: ".webp",
    GIF: ".gif",
    TEXT: ".txt",
    DOCX: ".docx",
    ODT: ".odt",
}
# Browsers show these inline if asked to; everything is offered as a download anyway.
ACCEPT = ",".join([*EXTENSIONS.values(), ".jpeg", *EXTENSIONS])

IMAGE_TYPES = {PNG, JPEG, WEBP, GIF}
# Anything that shows an attached photo smaller (a preview, a thumbnail) decodes a JPEG at a
# reduced scale; it is counted at the size it would be decoded at for this many pixels.
PREVIEW_SIDE = 800

INVALID_TYPE = _(
    "“%(name)s” is not a file we accept. Attach a PDF, an image (PNG, JPEG, WebP, GIF), "
    "a text file or a Word or OpenDocument document."
)

TOO_MANY_PIXELS = _(
    "“%(name)s” has too many pixels to be processed safely. Attach a smaller image."
)


@dataclass(frozen=True)
class CheckedFile:
    file: File
    content_type: str
    original_name: str
    size: int


def check_files(files) -> list[CheckedFile]:
    """Every uploaded file checked; raises one ``ValidationError`` listing all problems."""
    limit = saypro_settings.SUPPORT_ATTACHMENT_MAX_FILES
    if len(files) > limit:
        raise ValidationError(
            ngettext_lazy(
                "Attach at most %(limit)d file.", "Attach at most %(limit)d files.", "limit"
            ),
            code="too_many_files",
            params={"limit": limit},
        )
    checked, errors = [], []
    for uploaded in files:
        try:
            checked.append(check_file(uploaded))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)
    return checked


def check_file(uploaded) -> CheckedFile:
    """One uploaded file's real type; raises ``ValidationError`` when unfit."""
    name = display_name(uploaded.name)
    limit = saypro_settings.SUPPORT_ATTACHMENT_MAX_BYTES
    if uploaded.size > limit:
        raise ValidationError(
            _("“%(name)s” is too large. The largest size accepted is %(size)s."),
            code="file_too_large",
            params={"name": name, "size": filesizeformat(limit)},
        )
    content_type = detect_content_type(uploaded)
    if content_type is None:
        raise ValidationError(INVALID_TYPE, code="invalid_file", params={"name": name})
    if content_type in IMAGE_TYPES:
        _check_image(uploaded, name)
    return CheckedFile(
        file=uploaded,
        content_type=content_type,
        original_name=safe_file_name(uploaded.name, EXTENSIONS[content_type], "attachment"),
        size=uploaded.size,
    )


def _check_image(uploaded, name):
    """Refuse an image that would take too much memory to decode (its header is enough).

    A header Pillow cannot read is left alone: the file is kept and offered as a download, as
    the type its first bytes show.
    """
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            image_checks.check_decoded_size(image, PREVIEW_SIDE)
    except (ValidationError, Image.DecompressionBombError) as error:
        raise ValidationError(
            TOO_MANY_PIXELS, code="too_many_pixels", params={"name": name}
        ) from error
    except (OSError, SyntaxError, ValueError):
        pass
    finally:
        uploaded.seek(0)


def detect_content_type(uploaded) -> str | None:
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    if head.startswith(b"%PDF-"):
        content_type = PDF
    elif head.startswith(b"\x89PNG\r\n\x1a\n"):
        content_type = PNG
    elif head.startswith(b"\xff\xd8\xff"):
        content_type = JPEG
    elif head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        content_type = WEBP
    elif head[:6] in (b"GIF87a", b"GIF89a"):
        content_type = GIF
    elif head.startswith(b"PK\x03\x04"):
        content_type = office_document_type(uploaded)
    else:
        content_type = TEXT if _is_plain_text(uploaded) else None
    uploaded.seek(0)
    return content_type


def _is_plain_text(uploaded) -> bool:
    uploaded.seek(0)
    try:
        text = uploaded.read().decode("utf-8")
    except UnicodeDecodeError:
        return False
    # Control characters other than line breaks and tabs mean a binary file.
    return bool(text) and not any(
        unicodedata.category(char) == "Cc" and char not in "\r\n\t\f" for char in text
    )
