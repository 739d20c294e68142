"""Checks on uploaded images by their content, never by their name, shared by the apps.

An image is identified by Pillow from its header, refused when it is not one of the accepted
formats or would take too much memory to decode, then decoded at a reduced size where the format
allows it (JPEG), shrunk to fit a square and re-encoded into a fresh image, which drops EXIF data
(location, camera) and anything hidden after the image.

Memory is the scarce resource: a 300 KB PNG can declare 40 million 16-bit pixels and take
hundreds of MB once decoded. So the decoded size is computed from the header before anything is
decoded (:func:`check_decoded_size`, limit ``SAYPRO_IMAGE_MAX_DECODED_BYTES``), and no full-size
copy of an accepted image is made.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageMode, ImageOps, UnidentifiedImageError

from saypro_wagtail.conf import saypro_settings

# Formats Pillow detects -> (format to save in, file extension).
WEB_IMAGE_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
}
# Far above any camera photo, far below what would exhaust memory while decoding.
MAX_IMAGE_PIXELS = 40_000_000
# Shrinking happens in two steps: a cheap reduction (JPEG decoded at 1/2, 1/4 or 1/8 scale, or
# Image.reduce) to about twice the target size, then a good resampling filter (Pillow's
# ``reducing_gap``). The first step never holds more than the reduced image.
REDUCING_GAP = 2.0
# Pillow holds every pixel of a colour image in 4 bytes (RGB padded to RGBX), and converts
# single-channel images to RGB before they are saved: count at least that per pixel.
MIN_BYTES_PER_PIXEL = 4
# Modes that must become RGB(A) before resampling (a palette cannot be averaged).
CONVERT_BEFORE_RESIZE = {"1", "P", "PA"}

INVALID_IMAGE = _("Upload a JPEG, PNG or WebP image. This file is not one of those.")


def too_large(limit):
    return ValidationError(
        _("This file is too large. The largest size accepted is %(size)s."),
        code="file_too_large",
        params={"size": filesizeformat(limit)},
    )


def too_many_pixels():
    return ValidationError(
        _(
            "This image has too many pixels to be processed safely. Upload a smaller image "
            "(fewer pixels wide and high)."
        ),
        code="too_many_pixels",
    )


def decoded_size(image) -> int:
    """Bytes Pillow needs to hold ``image`` decoded, from its header only (nothing decoded).

    Width × height × bytes per pixel (bands × bytes per band, at least
    :data:`MIN_BYTES_PER_PIXEL`). A JPEG on which ``draft()`` was called counts at its reduced
    decoding size.
    """
    mode = ImageMode.getmode(image.mode)
    band_bytes = int(mode.typestr[2:])  # "|u1", "<u2", "<f4"...
    per_pixel = max(MIN_BYTES_PER_PIXEL, len(mode.bands) * band_bytes)
    return image.width * image.height * per_pixel


def reduce_on_decode(image, max_side):
    """Ask the decoder for the smallest size still at least ``REDUCING_GAP`` × ``max_side``.

    Only JPEG supports it (at 1/2, 1/4 or 1/8 scale); other formats are left as they are. Must be
    called before the image is loaded.
    """
    if image.format == "JPEG" and max_side:
        target = int(max_side * REDUCING_GAP)
        image.draft(image.mode, (target, target))


def check_decoded_size(image, max_side=None):
    """Refuse ``image`` (opened, not loaded) when decoding it would take too much memory.

    Raises ``ValidationError`` with code ``too_many_pixels``. With ``max_side``, a JPEG is first
    set to decode at a reduced size (see :func:`reduce_on_decode`) and counted at that size.
    """
    reduce_on_decode(image, max_side)
    if (
        image.width * image.height > MAX_IMAGE_PIXELS
        or decoded_size(image) > saypro_settings.IMAGE_MAX_DECODED_BYTES
    ):
        raise too_many_pixels()


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
                if probe.format not in formats:
                    raise ValidationError(invalid_message, code="invalid_image")
                detected = probe.format
                check_decoded_size(probe, max_side)
                probe.verify()
            # verify() leaves the image unusable: open it again to decode it.
            uploaded.seek(0)
            with Image.open(uploaded) as image:
                cleaned = _shrink(image, max_side)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise too_many_pixels() from error
    except (
        UnidentifiedImageError,
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


def _shrink(image, max_side):
    """``image`` (opened, not loaded) shrunk to fit ``max_side``, upright, without metadata."""
    reduce_on_decode(image, max_side)
    if image.mode in CONVERT_BEFORE_RESIZE:
        image = image.convert("RGBA" if _has_transparency(image) else "RGB")
    # In place: decodes (reduced for JPEG), reduces by an integer factor, then resamples. The
    # EXIF data stays on the image, so the small image is turned upright afterwards.
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
    image = ImageOps.exif_transpose(image)
    if image.mode not in {"RGB", "RGBA", "L", "LA"}:
        image = image.convert("RGBA" if _has_transparency(image) else "RGB")
    # A fresh image carries no metadata at all.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def _has_transparency(image):
    return "transparency" in image.info or image.mode in {"PA", "RGBA", "LA"}
