"""Photos of an owner's ad: checked by content, cleaned, and kept in drafts of live ads."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from saypro_wagtail.moderation.models import AdImage, ClassifiedAd
from tests.moderation.test_owner import ad_data, edit_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def owner_client(client, advertiser):
    client.force_login(advertiser)
    return client


def image_bytes(size=(40, 30), image_format="JPEG", exif=False):
    output = io.BytesIO()
    image = Image.new("RGB", size, (200, 30, 30))
    options = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # camera maker
        options["exif"] = data.tobytes()
    image.save(output, format=image_format, **options)
    return output.getvalue()


def upload(name="holiday-photo.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content or image_bytes(), content_type=content_type)


def with_photos(data, *photos):
    """Add new photo forms ``(file, description)`` after the forms already in ``data``."""
    start = int(data["images-TOTAL_FORMS"])
    for offset, (file, description) in enumerate(photos):
        data[f"images-{start + offset}-image"] = file
        data[f"images-{start + offset}-alt_text"] = description
    data["images-TOTAL_FORMS"] = str(start + len(photos))
    return data


def create(client, data):
    return client.post(reverse("saypro_moderation:ad_create"), data)


def test_a_photo_is_cleaned_and_stored_under_a_random_name(owner_client, settings):
    photo = upload(content=image_bytes((3000, 2000), exif=True))
    response = create(owner_client, with_photos(ad_data(), (photo, "The sofa from the front")))

    assert response.status_code == 302
    ad_image = AdImage.objects.get()
    assert ad_image.alt_text == "The sofa from the front"
    assert "holiday" not in ad_image.image.name
    assert ad_image.image.name.endswith(".jpg")
    assert ad_image.image.storage.exists(ad_image.image.name)
    assert not default_storage.exists(ad_image.image.name)  # private, not in public media
    with Image.open(ad_image.image.path) as stored:
        assert max(stored.size) <= 1600
        assert not stored.getexif()
    assert (ad_image.width, ad_image.height) == (1600, 1067)


def test_a_photo_needs_a_description(owner_client):
    response = create(owner_client, with_photos(ad_data(), (upload(), "")))

    assert response.status_code == 200
    image_form = response.context["image_formset"].forms[0]
    assert "alt_text" in image_form.errors
    assert "Second-hand sofa" in response.content.decode()
    assert not ClassifiedAd.objects.exists()


def test_a_renamed_program_is_refused_as_a_photo(owner_client):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    response = create(
        owner_client, with_photos(ad_data(), (upload("sofa.jpg", program), "The sofa"))
    )

    assert response.status_code == 200
    errors = response.context["image_formset"].forms[0].errors["image"]
    assert "JPEG, PNG or WebP" in errors[0]
    assert 'aria-invalid="true"' in response.content.decode()
    assert not ClassifiedAd.objects.exists()
    assert not AdImage.objects.exists()


def test_a_photo_over_the_size_limit_is_refused(owner_client, settings):
    settings.SAYPRO_MODERATION_IMAGE_MAX_BYTES = 1000
    big = upload(content=image_bytes((600, 600), "PNG"), name="big.png", content_type="image/png")
    response = create(owner_client, with_photos(ad_data(), (big, "A large photo")))

    assert response.status_code == 200
    errors = response.context["image_formset"].forms[0].errors["image"]
    assert "too large" in errors[0]
    assert not ClassifiedAd.objects.exists()


def test_gif_images_are_not_accepted_for_ads(owner_client):
    gif = upload("anim.gif", image_bytes(image_format="GIF"), "image/gif")
    response = create(owner_client, with_photos(ad_data(), (gif, "An animation")))
    assert response.status_code == 200
    assert "image" in response.context["image_formset"].forms[0].errors


def test_an_ad_has_at_most_the_configured_number_of_photos(owner_client, settings):
    settings.SAYPRO_MODERATION_MAX_IMAGES = 1
    data = with_photos(ad_data(), (upload("a.jpg"), "First"), (upload("b.jpg"), "Second"))
    data["images-MAX_NUM_FORMS"] = "1"
    response = create(owner_client, data)

    assert response.status_code == 200
    assert response.context["image_formset"].non_form_errors()
    assert not ClassifiedAd.objects.exists()


def test_photo_inputs_accept_only_web_image_types(owner_client):
    page = owner_client.get(reverse("saypro_moderation:ad_create")).content.decode()
    assert 'accept="image/jpeg,image/png,image/webp"' in page
    assert 'enctype="multipart/form-data"' in page


def test_a_photo_can_be_removed_from_a_draft(owner_client, advertiser):
    create(owner_client, with_photos(ad_data(), (upload(), "The sofa")))
    ad = ClassifiedAd.objects.get()
    data = edit_data(ad)
    data["images-0-DELETE"] = "on"

    response = owner_client.post(reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk}), data)

    assert response.status_code == 302
    assert not AdImage.objects.filter(ad=ad).exists()


def test_a_new_photo_on_a_live_ad_waits_in_the_draft(owner_client, live_ad):
    data = with_photos(edit_data(live_ad), (upload(), "The bicycle's new saddle"))

    response = owner_client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": live_ad.pk}), data
    )

    assert response.status_code == 302
    assert not AdImage.objects.filter(ad=live_ad).exists()  # the public sees no new photo yet
    live_ad.refresh_from_db()
    images = live_ad.latest_revision.content["images"]
    assert [image["alt_text"] for image in images] == ["The bicycle's new saddle"]
    assert AdImage._meta.get_field("image").storage.exists(images[0]["image"])
    draft = live_ad.get_latest_revision_as_object()
    assert [image.alt_text for image in draft.images.all()] == ["The bicycle's new saddle"]


def test_saving_again_keeps_the_stored_photo_as_it_is(owner_client):
    create(owner_client, with_photos(ad_data(), (upload(), "The sofa")))
    ad = ClassifiedAd.objects.get()
    stored = AdImage.objects.get().image.name

    response = owner_client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk}),
        edit_data(ad, title="Sofa, still available"),
    )

    assert response.status_code == 302
    assert [image.image.name for image in AdImage.objects.filter(ad=ad)] == [stored]
    assert ClassifiedAd.objects.get().title == "Sofa, still available"
