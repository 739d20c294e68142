"""Checks on uploaded images by their content, never by their name, shared by the apps.

An image is decoded with Pillow, refused when it is not one of the accepted formats, too large
or a decompression bomb, shrunk to fit a square and re-encoded into a fresh image, which drops
EXIF data (location, camera) and anything hidden after the image.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# Formats Pillow detects -> (format to save in, file extension).
WEB_IMAGE_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
}
# Far above any camera photo, far below what would exhaust memory while decoding.
MAX_IMAGE_PIXELS = 40_000_000

INVALID_IMAGE = _("Upload a JPEG, PNG or WebP image. This file is not one of those.")


def too_large(limit):
    return ValidationError(
        _("This file is too large. The largest size accepted is %(size)s."),
        code="file_too_large",
        params={"size": filesizeformat(limit)},
    )


def clean_image(
    uploaded,
    *,
    max_bytes,
    max_side,
    formats=None,
    invalid_message=INVALID_IMAGE,
    name="image",
) -> ContentFile:
    """A clean copy of ``uploaded`` at most ``max_side`` pixels wide and high.

    ``formats`` maps the Pillow formats accepted to ``(format to save in, extension)``
    (default: :data:`WEB_IMAGE_FORMATS`). The copy is named ``<name>.<extension>``. Raises
    ``ValidationError`` (codes ``file_too_large``, ``too_many_pixels``, ``invalid_image``).
    """
    formats = WEB_IMAGE_FORMATS if formats is None else formats
    if uploaded.size > max_bytes:
        raise too_large(max_bytes)
    try:
        with warnings.catch_warnings():
            # Pillow only warns about a decompression bomb below twice its own limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            uploaded.seek(0)
            with Image.open(uploaded) as probe:
                detected = probe.format
                if probe.width * probe.height > MAX_IMAGE_PIXELS:
                    raise ValidationError(
                        _("This image has too many pixels. Upload a smaller image."),
                        code="too_many_pixels",
                    )
                probe.verify()
            if detected not in formats:
                raise ValidationError(invalid_message, code="invalid_image")
            # verify() leaves the image unusable: open it again to decode it.
            uploaded.seek(0)
            with Image.open(uploaded) as image:
                image.load()
                cleaned = _resize(ImageOps.exif_transpose(image), max_side)
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
        raise ValidationError(invalid_message, code="invalid_image") from error

    save_format, extension = formats[detected]
    if save_format == "JPEG" and cleaned.mode != "RGB":
        cleaned = cleaned.convert("RGB")
    output = io.BytesIO()
    # Nothing from the original's metadata is passed on, so EXIF and comments are gone.
    options = {"quality": 85, "optimize": True} if save_format in {"JPEG", "WEBP"} else {}
    cleaned.save(output, format=save_format, **options)
    return ContentFile(output.getvalue(), name=f"{name}.{extension}")


def _resize(image, max_side):
    if image.mode not in {"RGB", "RGBA", "L", "LA"}:
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A fresh image carries no metadata at all.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean
