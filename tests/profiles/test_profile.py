"""Editing one's profile and changing one's e-mail address."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail import hooks
from wagtail.models import ModelLogEntry

from saypro_wagtail.notifications.events import NotificationEvent
from saypro_wagtail.profiles import activity
from saypro_wagtail.profiles.choices import VISIBLE_TO_EVERYONE
from saypro_wagtail.profiles.models import Profile
from tests.profiles.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

EDIT_URL = "saypro_profiles:edit_profile"
CHANGE_EMAIL_URL = "saypro_profiles:change_email"


@pytest.fixture(autouse=True)
def media(tmp_path):
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path


def png(size=(900, 600)):
    output = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(output, format="PNG")
    return SimpleUploadedFile("me.png", output.getvalue(), content_type="image/png")


def profile_data(**changes):
    data = {
        "first_name": "Amina",
        "last_name": "Ndlovu",
        "display_name": "Amina N.",
        "bio": "I teach mathematics.",
        "phone": "+27 21 555 0123",
        "location": "Cape Town",
        "preferred_language": "fr",
        "user_type": "public",
        "job_title": "Teacher",
        "organisation": "Cape Town High",
        "years_of_experience": "7",
        "website": "https://example.org/amina",
        "interests": "maths, chess",
        "skills": "teaching, algebra",
        "ad_categories": ["jobs", "events"],
        "visibility": VISIBLE_TO_EVERYONE,
        "show_email": "",
        "show_phone": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_visitors_must_sign_in_to_edit_a_profile(client):
    response = client.get(reverse(EDIT_URL))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_profile_edit_saves_everything_and_logs_the_changed_field_names(client, member):
    client.force_login(member)
    response = client.post(reverse(EDIT_URL), profile_data())
    assert response.status_code == 302

    profile = Profile.objects.get(user=member)
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Amina", "Ndlovu")
    assert profile.phone == "+27 21 555 0123"
    assert profile.preferred_language == "fr"
    assert profile.years_of_experience == 7
    assert sorted(profile.skills.names()) == ["algebra", "teaching"]
    assert sorted(profile.interests.names()) == ["chess", "maths"]
    assert profile.ad_categories == ["jobs", "events"]
    assert (profile.visibility, profile.show_email, profile.show_phone) == (
        VISIBLE_TO_EVERYONE,
        False,
        True,
    )

    entry = ModelLogEntry.objects.for_instance(member).get(action=activity.PROFILE_CHANGED)
    fields = entry.data["fields"]
    assert {"phone", "bio", "skills", "first_name", "visibility"} <= set(fields)
    assert "display_name" not in fields  # it was already "Amina N."
    assert "555" not in str(entry.data)  # names only, never the values


def test_saving_an_unchanged_profile_logs_nothing(client, member):
    client.force_login(member)
    client.post(reverse(EDIT_URL), profile_data())
    client.post(reverse(EDIT_URL), profile_data())
    entries = ModelLogEntry.objects.for_instance(member).filter(action=activity.PROFILE_CHANGED)
    assert entries.count() == 1


def test_invalid_phone_keeps_what_was_typed_and_the_saved_photo(client, member):
    client.force_login(member)
    client.post(reverse(EDIT_URL), {**profile_data(), "photo": png()})
    saved_photo = Profile.objects.get(user=member).photo.name
    assert saved_photo

    response = client.post(
        reverse(EDIT_URL),
        {**profile_data(bio="A new bio I typed", phone="call me maybe"), "photo": png((50, 50))},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter a phone number of 7 to 15 digits" in page
    assert 'aria-invalid="true"' in page
    assert "A new bio I typed" in page
    assert 'value="call me maybe"' in page
    assert "Choose it again" in page  # the browser dropped the chosen file
    profile = Profile.objects.get(user=member)
    assert profile.photo.name == saved_photo
    assert profile.bio == "I teach mathematics."
    assert profile.photo.storage.exists(saved_photo)


@pytest.mark.parametrize("phone", ["12345", "+1 234 567 890 123 456", "+27 21 555 0123 ext 4"])
def test_implausible_phone_numbers_are_refused(client, member, phone):
    client.force_login(member)
    response = client.post(reverse(EDIT_URL), profile_data(phone=phone))
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors


@pytest.mark.parametrize("field", ["interests", "skills"])
def test_an_interest_or_skill_too_long_to_store_is_a_field_error(client, member, field):
    client.force_login(member)
    response = client.post(reverse(EDIT_URL), profile_data(**{field: "chess, " + "x" * 101}))

    assert response.status_code == 200
    assert "at most 100 characters" in str(response.context["form"].errors[field])
    assert not getattr(Profile.objects.get(user=member), field).exists()


@override_settings(SAYPRO_PROFILES_PHOTO_SIZE=200)
def test_uploaded_photo_is_resized_and_the_old_one_removed(client, member):
    client.force_login(member)
    client.post(reverse(EDIT_URL), {**profile_data(), "photo": png()})
    first = Profile.objects.get(user=member).photo
    with Image.open(first.path) as image:
        assert max(image.size) <= 200
    assert "me" not in first.name.rsplit("/", 1)[-1]  # stored under a random name

    client.post(reverse(EDIT_URL), {**profile_data(), "photo": png((300, 300))})
    second = Profile.objects.get(user=member).photo
    assert second.name != first.name
    assert not first.storage.exists(first.name)


def test_fake_photo_is_refused_with_a_field_error(client, member):
    client.force_login(member)
    fake = SimpleUploadedFile("me.jpg", b"MZ not a picture", content_type="image/jpeg")
    response = client.post(reverse(EDIT_URL), {**profile_data(), "photo": fake})
    assert response.status_code == 200
    assert "Upload a JPEG, PNG, WebP or GIF image" in str(response.context["form"].errors["photo"])
    assert not Profile.objects.get(user=member).photo


def test_notification_preferences_are_stored_per_event_and_channel(client, member):
    def events():
        return [
            NotificationEvent("test.request_answered", "A request was answered", ("email", "sms")),
            NotificationEvent("test.newsletter", "Newsletter"),
        ]

    client.force_login(member)
    with hooks.register_temporarily("register_saypro_notification_events", events):
        page = client.get(reverse(EDIT_URL)).content.decode()
        assert "<legend>A request was answered" in page
        assert 'name="notify__test.request_answered" value="sms"' in page
        client.post(
            reverse(EDIT_URL),
            profile_data(**{"notify__test.request_answered": ["sms"]}),
        )
    preferences = Profile.objects.get(user=member).notification_preferences
    assert preferences["test.request_answered"] == ["sms"]
    assert preferences["test.newsletter"] == []


# E-mail change --------------------------------------------------------------------------------


def request_change(client, django_capture_on_commit_callbacks, email, password=PASSWORD):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse(CHANGE_EMAIL_URL), {"email": email, "password": password}, follow=True
        )


def test_email_change_sends_a_link_to_the_new_address_and_a_notice_to_the_old(
    client, member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    response = request_change(client, django_capture_on_commit_callbacks, "Amina@New.example")
    assert "We sent a link to Amina@new.example" in response.content.decode()
    assert Profile.objects.get(user=member).pending_email == "Amina@new.example"

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"Amina@new.example", "amina@example.com"}
    assert "Amina@new.example" in by_recipient["amina@example.com"].body
    link = re.search(r"https?://\S+/profile/email/\S+/", by_recipient["Amina@new.example"].body)
    member.refresh_from_db()
    assert member.email == "amina@example.com"  # nothing changes before the link is opened

    confirm_page = client.get(link.group(0))
    assert confirm_page.status_code == 200
    client.post(link.group(0))
    member.refresh_from_db()
    profile = Profile.objects.get(user=member)
    assert member.email == "Amina@new.example"
    assert profile.pending_email == ""
    assert ModelLogEntry.objects.for_instance(member).filter(action=activity.EMAIL_CHANGED).exists()
    assert client.post(link.group(0)).status_code == 400  # a link works once


def test_an_address_in_use_gets_the_same_answer_and_no_link(
    client, member, django_capture_on_commit_callbacks
):
    make_user("other", email="taken@example.com")
    client.force_login(member)
    taken = request_change(client, django_capture_on_commit_callbacks, "TAKEN@example.com")
    taken_recipients = [message.to[0] for message in mail.outbox]
    mail.outbox.clear()
    free = request_change(client, django_capture_on_commit_callbacks, "free@example.com")

    assert "We sent a link to TAKEN@example.com" in taken.content.decode()
    assert taken.status_code == free.status_code == 200
    assert taken_recipients == ["amina@example.com"]  # only the notice to the requester
    assert not any("taken@example.com" in message.to[0].lower() for message in mail.outbox)


def test_address_taken_before_the_link_is_opened_is_not_applied(
    client, member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    request_change(client, django_capture_on_commit_callbacks, "new@example.com")
    link = re.search(r"https?://\S+/profile/email/\S+/", mail.outbox[0].body).group(0)
    make_user("quick", email="NEW@example.com")
    response = client.post(link)
    assert response.status_code == 400
    assert "Another account now uses this address" in response.content.decode()
    member.refresh_from_db()
    assert member.email == "amina@example.com"


def test_email_change_needs_the_current_password(client, member):
    client.force_login(member)
    response = client.post(
        reverse(CHANGE_EMAIL_URL), {"email": "new@example.com", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    assert 'value="new@example.com"' in response.content.decode()
    assert Profile.objects.get(user=member).pending_email == ""
