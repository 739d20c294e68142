"""Photos of ads: checked by content, cleaned, renamed at random, and written to storage.

An upload goes through :func:`saypro_wagtail.image_checks.clean_image` (JPEG, PNG or WebP only,
``SAYPRO_MODERATION_IMAGE_MAX_BYTES`` at most, images that would take more than
``SAYPRO_IMAGE_MAX_DECODED_BYTES`` of memory to decode refused unread, EXIF dropped,
shrunk to :data:`MAX_SIDE` pixels) and gets a random name, so nothing of the owner's file name
or camera data reaches the public site.

Photos are kept in the package's private storage (:func:`ad_photo_storage`), never under
MEDIA_ROOT: their URL is the ``saypro_moderation:ad_photo`` view, which serves a photo of a
live, unexpired ad to anyone (cacheable) and any other photo (a draft's, one waiting for review,
of a rejected, hidden or expired ad) only to the ad's owner and to moderators
(:func:`may_see_photo`).
"""

import posixpath
import uuid

from PIL import Image

from saypro_wagtail import storage
from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.image_checks import WEB_IMAGE_FORMATS, check_decoded_size, clean_image

# Large enough for a detail page on a wide screen, small enough to keep pages light.
MAX_SIDE = 1600
ACCEPT = "image/jpeg,image/png,image/webp"
# Every photo's name starts so (``AdImage.image``'s upload_to); the view serves nothing else.
FOLDER = "saypro_ads/"
MODERATE_PERMISSION = "saypro_moderation.change_classifiedad"
PHOTO_CONTENT_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "gif": "image/gif",
}


def ad_photo_storage():
    """The storage of ad photos: private files whose URL is the permission-checked view.

    A callable, so migrations do not freeze the setting.
    """
    return storage.ViewServedStorage(storage.private_storage, "saypro_moderation:ad_photo")


def validate_decoded_size(field_file):
    """Model validator of ``AdImage.image``: a new file (from any form, the admin's too) that
    would take too much memory to decode is refused; stored files are not read again."""
    if getattr(field_file, "_committed", True):
        return
    content = field_file.file
    content.seek(0)
    try:
        with Image.open(content) as image:
            check_decoded_size(image, MAX_SIDE)
    except (OSError, SyntaxError, ValueError):
        pass  # not an image: the form field says so
    finally:
        content.seek(0)


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


def is_photo_name(name) -> bool:
    """True for a clean name inside :data:`FOLDER` (no ``..``, no other private files)."""
    return (
        name.startswith(FOLDER) and posixpath.normpath(name) == name and ".." not in name.split("/")
    )


def photo_content_type(name) -> str:
    """The type a photo is served as, from its extension (only the image types we store)."""
    extension = name.rsplit(".", 1)[-1].lower()
    return PHOTO_CONTENT_TYPES.get(extension, "application/octet-stream")


def is_public_photo(name) -> bool:
    """A photo of an ad visitors see now (published and unexpired): anyone may have it."""
    from .models import AdImage, ClassifiedAd

    return AdImage.objects.filter(image=name, ad__in=ClassifiedAd.objects.public()).exists()


def is_owners_photo(user, name) -> bool:
    """A photo of one of ``user``'s ads, in its row or in any version (revision) of it."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Revision

    from .models import AdImage, ClassifiedAd

    if AdImage.objects.filter(image=name, ad__owner=user).exists():
        return True
    owned = [str(pk) for pk in ClassifiedAd.objects.owned_by(user).values_list("pk", flat=True)]
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(ClassifiedAd),
        object_id__in=owned,
        content__icontains=name,  # narrows the search; the exact match is checked below
    ).only("content")
    return any(
        image.get("image") == name
        for revision in revisions
        for image in (revision.content or {}).get("images", [])
    )


def may_moderate(request) -> bool:
    """Moderators see every photo; with the profiles app, once they passed the code step."""
    from django.apps import apps

    if apps.is_installed("saypro_wagtail.profiles"):
        from saypro_wagtail.profiles.staff import staff_permission

        return staff_permission(request, MODERATE_PERMISSION)
    user = request.user
    return user.is_authenticated and user.is_active and user.has_perm(MODERATE_PERMISSION)


def may_see_photo(request, name) -> bool:
    """Whether the signed-in ``request.user`` may see a photo that is not public."""
    user = request.user
    if not user.is_authenticated:
        return False
    return is_owners_photo(user, name) or may_moderate(request)
