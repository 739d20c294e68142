"""A small file that decodes into hundreds of MB is refused before it is decoded, on every path
that takes an image (profile photo, ad photos, support attachments), and normal photos are
shrunk without a full-size copy in memory."""

import io
import json
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from saypro_wagtail.moderation.forms import AdImageForm
from saypro_wagtail.moderation.models import AdImage
from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.support import attachments
from tests.profiles.conftest import make_user
from tests.profiles.test_profile import profile_data

REPOSITORY = Path(__file__).resolve().parents[2]
TOO_MANY_PIXELS = "too many pixels to be processed safely"


def hostile_png(width=6300, height=6300):
    """A valid 16-bit RGBA PNG of ``width`` × ``height`` transparent pixels: about 300 KB on
    disk, 160 MB once decoded. Written row by row, so making it takes no memory either."""
    row = b"\x00" + bytes(width * 8)  # filter byte + 4 channels × 2 bytes
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 16, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def hostile():
    return hostile_png()


def upload(content, name="photo.png", content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_bytes(size, image_format="JPEG"):
    output = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(output, format=image_format)
    return output.getvalue()


@pytest.fixture(autouse=True)
def media(tmp_path):
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path


def test_the_hostile_png_is_small_on_disk_and_within_the_pixel_limit(hostile):
    # What made it dangerous: neither the file size nor the pixel count stopped it.
    assert len(hostile) < 400_000
    with Image.open(io.BytesIO(hostile)) as image:
        assert image.width * image.height < 40_000_000


@pytest.mark.django_db
def test_a_tiny_png_that_decodes_to_hundreds_of_mb_is_refused_as_profile_photo(client, hostile):
    member = make_user("amina")
    client.force_login(member)
    response = client.post(
        reverse("saypro_profiles:edit_profile"), {**profile_data(), "photo": upload(hostile)}
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in str(response.context["form"].errors["photo"])
    assert not Profile.objects.get(user=member).photo


@pytest.mark.django_db
def test_a_normal_photo_is_still_accepted_as_profile_photo(client):
    member = make_user("amina")
    client.force_login(member)
    photo = upload(photo_bytes((4000, 3000)), "camera.jpg", "image/jpeg")
    client.post(reverse("saypro_profiles:edit_profile"), {**profile_data(), "photo": photo})
    saved = Profile.objects.get(user=member).photo
    assert saved
    with Image.open(saved.path) as image:
        assert max(image.size) <= 512


def test_a_tiny_png_that_decodes_to_hundreds_of_mb_is_refused_as_ad_photo(hostile):
    form = AdImageForm(data={"alt_text": "A bicycle"}, files={"image": upload(hostile)})
    assert not form.is_valid()
    assert TOO_MANY_PIXELS in str(form.errors["image"])


def test_the_admin_cannot_store_such_a_png_as_ad_photo_either(hostile):
    # The Wagtail admin's ad editor uses the model's own field, not the owner's form.
    photo = AdImage(alt_text="A bicycle", image=upload(hostile))
    with pytest.raises(ValidationError) as refused:
        photo.full_clean(exclude=["ad"])
    assert TOO_MANY_PIXELS in str(refused.value.message_dict["image"])


def test_a_normal_photo_is_still_accepted_as_ad_photo():
    photo = upload(photo_bytes((4000, 3000)), "bike.jpg", "image/jpeg")
    form = AdImageForm(data={"alt_text": "A bicycle"}, files={"image": photo})
    assert form.is_valid(), form.errors


def test_a_tiny_png_that_decodes_to_hundreds_of_mb_is_refused_as_support_attachment(hostile):
    with pytest.raises(attachments.ValidationError) as refused:
        attachments.check_files([upload(hostile, "screenshot.png")])
    assert TOO_MANY_PIXELS in str(refused.value.messages)
    assert "screenshot.png" in str(refused.value.messages)


def test_a_phone_photo_and_a_screenshot_are_still_accepted_as_support_attachments():
    checked = attachments.check_files(
        [
            upload(photo_bytes((5712, 4284)), "phone.jpg", "image/jpeg"),
            upload(photo_bytes((2560, 1600), "PNG"), "screen.png"),
        ]
    )
    assert [file.content_type for file in checked] == ["image/jpeg", "image/png"]


@override_settings(SAYPRO_IMAGE_MAX_DECODED_BYTES=1024 * 1024)
def test_the_decoded_size_limit_is_a_setting():
    form = AdImageForm(
        data={"alt_text": "A bicycle"}, files={"image": upload(photo_bytes((800, 600), "PNG"))}
    )
    assert not form.is_valid()
    assert TOO_MANY_PIXELS in str(form.errors["image"])


# Memory: measured in a fresh Python process, so nothing this test process allocated before can
# hide (or inflate) the peak. Pillow decodes outside Python's allocator, so tracemalloc alone
# would not see it: the peak resident size is what counts, and tracemalloc is checked as well.
MEASURE = textwrap.dedent(
    """
    import json, sys, tracemalloc
    from django.conf import settings
    settings.configure(USE_I18N=False)
    import django
    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile
    from saypro_wagtail.image_checks import clean_image

    def peak_resident_bytes():  # of this process since it started (not of its parent)
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
        return int(line.split()[1]) * 1024

    with open(sys.argv[1], "rb") as source:
        uploaded = SimpleUploadedFile("upload", source.read())
    before = peak_resident_bytes()
    tracemalloc.start()
    try:
        clean_image(uploaded, max_bytes=10 * 1024 * 1024, max_side=512)
        outcome = "accepted"
    except ValidationError as error:
        outcome = error.code
    python_peak = tracemalloc.get_traced_memory()[1]
    after = peak_resident_bytes()
    print(json.dumps({"outcome": outcome, "rss_rise": after - before,
                      "python_peak": python_peak}))
    """
)
MB = 1024 * 1024
needs_proc = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)"
)


def measure(tmp_path, content):
    source = tmp_path / "upload"
    source.write_bytes(content)
    finished = subprocess.run(
        [sys.executable, "-c", MEASURE, str(source)],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        check=True,
        timeout=120,
    )
    return json.loads(finished.stdout)


@needs_proc
def test_refusing_the_hostile_png_takes_little_memory(tmp_path, hostile):
    result = measure(tmp_path, hostile)
    assert result["outcome"] == "too_many_pixels"
    assert result["rss_rise"] < 50 * MB
    assert result["python_peak"] < 50 * MB


@needs_proc
def test_a_12_megapixel_camera_photo_is_shrunk_without_a_full_size_copy(tmp_path):
    # Decoded at full size it would take 48 MB, and as much again for each copy.
    result = measure(tmp_path, photo_bytes((4000, 3000)))
    assert result["outcome"] == "accepted"
    assert result["rss_rise"] < 30 * MB, result
