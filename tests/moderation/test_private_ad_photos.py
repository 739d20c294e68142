"""Photos of ads that are not live (drafts, waiting for review, rejected, hidden, expired) are
not public: they are kept outside the media folder and served only to the ad's owner and to
moderators. A live ad's photos are served to everyone, and caches may keep them."""

import importlib
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from saypro_wagtail.moderation import lifecycle
from saypro_wagtail.moderation.models import AdImage, AdIndexPage, ClassifiedAd
from saypro_wagtail.storage import private_storage
from tests.conftest import verified_login
from tests.moderation.test_owner import ad_data, edit_data
from tests.moderation.test_owner_images import with_photos

from .conftest import make_ad, publish

pytestmark = pytest.mark.django_db

SOON = timedelta(days=10)


@pytest.fixture(autouse=True)
def media(tmp_path, settings):
    """Public media and the private folder (next to it, by default) in a temporary folder."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path


def jpeg(size=(400, 300)):
    output = io.BytesIO()
    Image.new("RGB", size, (30, 90, 200)).save(output, format="JPEG")
    return output.getvalue()


def upload():
    return SimpleUploadedFile("sofa.jpg", jpeg(), content_type="image/jpeg")


def add_photo(ad):
    return AdImage.objects.create(
        ad=ad, alt_text="The sofa", image=ContentFile(jpeg(), name="photo.jpg")
    )


def live_ad(owner, **fields):
    ad = make_ad(owner=owner, expires_at=timezone.now() + SOON, **fields)
    add_photo(ad)
    ad.save_revision(log_action=False)
    return publish(ad)


def photo_url(ad):
    return AdImage.objects.get(ad=ad).image.url


def test_a_drafts_photo_is_kept_outside_the_public_media_folder(client, advertiser, media):
    client.force_login(advertiser)
    client.post(
        reverse("saypro_moderation:ad_create"), with_photos(ad_data(), (upload(), "The sofa"))
    )
    photo = AdImage.objects.get()
    assert not photo.image.url.startswith(django_settings.MEDIA_URL)
    assert not default_storage.exists(photo.image.name)
    assert not list((media / "media").rglob("*.jpg"))
    assert photo.image.storage.exists(photo.image.name)


def test_a_drafts_photo_is_shown_to_its_owner_only(client, advertiser, other_member):
    ad = make_ad(owner=advertiser)
    url = add_photo(ad).image.url

    assert client.get(url).status_code == 404
    client.force_login(other_member)
    assert client.get(url).status_code == 404
    client.force_login(advertiser)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"].startswith("inline;")
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_the_owner_preview_shows_the_drafts_photo_through_the_private_address(client, advertiser):
    ad = make_ad(owner=advertiser)
    url = add_photo(ad).image.url
    ad.save_revision(log_action=False)
    client.force_login(advertiser)
    page = client.get(reverse("saypro_moderation:ad_preview", args=[ad.pk])).content.decode()
    assert f'src="{url}"' in page
    assert client.get(url).status_code == 200


def test_a_live_ads_photo_is_public_and_cacheable(client, advertiser):
    ad = live_ad(advertiser)
    response = client.get(photo_url(ad))
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public, max-age=")


@pytest.mark.parametrize("state", ["expired", "hidden", "withdrawn", "rejected"])
def test_photos_of_ads_visitors_cannot_see_are_private(client, advertiser, state):
    ad = live_ad(advertiser)
    if state == "expired":
        ClassifiedAd.objects.filter(pk=ad.pk).update(expires_at=timezone.now() - SOON)
    elif state == "hidden":
        lifecycle.hide_after_reports(ad)
    elif state == "withdrawn":
        lifecycle.withdraw(ad, advertiser)
    else:
        ad.unpublish(log_action=False)
        lifecycle.set_status(ad, "rejected")
    url = photo_url(ad)
    assert client.get(url).status_code == 404
    client.force_login(advertiser)
    assert client.get(url).status_code == 200


def test_a_new_photo_waiting_for_review_on_a_live_ad_is_private(
    client, advertiser, other_member, moderator
):
    ad = live_ad(advertiser)
    client.force_login(advertiser)
    client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk}),
        with_photos(edit_data(ad), (upload(), "The new cushion")),
    )
    ad.refresh_from_db()
    waiting = [image["image"] for image in ad.latest_revision.content["images"]]
    new_name = next(name for name in waiting if name != AdImage.objects.get(ad=ad).image.name)
    url = AdImage._meta.get_field("image").storage.url(new_name)

    assert client.get(url).status_code == 200  # the owner
    client.logout()
    assert client.get(url).status_code == 404
    client.force_login(other_member)
    assert client.get(url).status_code == 404
    assert client.get(photo_url(ad)).status_code == 200  # the approved photo stays public
    verified_login(client, moderator)
    assert client.get(url).status_code == 200


def test_a_moderator_sees_private_photos_only_after_the_code_step(client, advertiser, moderator):
    url = add_photo(make_ad(owner=advertiser)).image.url
    client.force_login(moderator)
    assert client.get(url).status_code == 404
    verified_login(client, moderator)
    assert client.get(url).status_code == 200


def test_the_photo_address_serves_nothing_but_ad_photos(client, advertiser, moderator):
    storage = private_storage()
    storage.save("saypro_support/secret.txt", ContentFile(b"a private attachment"))
    ad = make_ad(owner=advertiser, description="saypro_support/secret.txt")
    ad.save_revision(log_action=False)
    verified_login(client, moderator)
    for name in [
        "saypro_support/secret.txt",
        "saypro_ads/../saypro_support/secret.txt",
        "saypro_ads/%2e%2e/saypro_support/secret.txt",
    ]:
        url = reverse("saypro_moderation:ad_photo", args=["x"]).replace("x", name)
        assert client.get(url).status_code == 404, name
    client.force_login(advertiser)
    assert client.get(url).status_code == 404


def test_the_public_ad_page_shows_live_photos_that_load(client, home_page, advertiser):
    page = AdIndexPage(title="Classified ads", slug="ads")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    ad = live_ad(advertiser, title="Blue sofa")
    url = photo_url(ad)
    listing = client.get("/en/ads/").content.decode()
    assert f'src="{url}"' in listing
    detail = client.get(ad.get_public_url()).content.decode()
    assert f'src="{url}"' in detail
    assert client.get(url).status_code == 200


def test_photos_already_in_the_public_media_folder_are_moved_to_private_storage():
    migration = importlib.import_module(
        "saypro_wagtail.moderation.migrations.0002_private_ad_photos"
    )
    name = default_storage.save("saypro_ads/2026/01/old.jpg", ContentFile(jpeg()))
    migration.to_private_storage(None, None)
    assert not default_storage.exists(name)
    assert private_storage().exists(name)
    assert Path(private_storage().path(name)).read_bytes()[:3] == b"\xff\xd8\xff"
