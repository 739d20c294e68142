"""Photos of ads: checked by content, cleaned, renamed at random, and written to storage.

An upload goes through :func:`saypro_wagtail.image_checks.clean_image` (JPEG, PNG or WebP only,
``SAYPRO_MODERATION_IMAGE_MAX_BYTES`` at most, images that would take more than
``SAYPRO_IMAGE_MAX_DECODED_BYTES`` of memory to decode refused unread, EXIF dropped,
shrunk to :data:`MAX_SIDE` pixels) and gets a random name, so nothing of the owner's file name
or camera data reaches the public site.
"""

import uuid

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.image_checks import WEB_IMAGE_FORMATS, clean_image

# Large enough for a detail page on a wide screen, small enough to keep pages light.
MAX_SIDE = 1600
ACCEPT = "image/jpeg,image/png,image/webp"


def process_ad_image(uploaded):
    """A clean copy of an uploaded ad photo with a random name; ``ValidationError`` when unfit."""
    return clean_image(
        uploaded,
        max_bytes=saypro_settings.MODERATION_IMAGE_MAX_BYTES,
        max_side=MAX_SIDE,
        formats=WEB_IMAGE_FORMATS,
        name=uuid.uuid4().hex,
    )


def store_new_image_files(ad):
    """Write the files of the ad's new (in-memory) images to storage.

    Saving an image row does this by itself; a revision of a live ad is saved without its rows,
    so the files must be stored first for the revision to name them.
    """
    for ad_image in ad.images.all():
        field_file = ad_image.image
        if field_file and not field_file._committed:
            content = field_file.file
            field_file.save(content.name.rsplit("/", 1)[-1], content, save=False)


def image_files(ads):
    """(storage, name) of every stored file of these ads' images (live rows only)."""
    from .models import AdImage

    return [
        (ad_image.image.storage, ad_image.image.name)
        for ad_image in AdImage.objects.filter(ad__in=ads).only("image")
        if ad_image.image
    ]
