"""The security page: password change, two-step verification status, other sessions, activity."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles import activity
from tests.profiles.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SECURITY_URL = "saypro_profiles:security"
NEW_PASSWORD = "Purple-Giraffe-Dances-77"


def signed_in(user):
    client = Client()
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


def is_signed_in(client):
    return client.get(reverse(SECURITY_URL)).status_code == 200


def test_visitors_are_sent_to_sign_in(client):
    assert client.get(reverse(SECURITY_URL)).status_code == 302


def test_password_change_keeps_this_session_and_ends_the_others(member):
    here, elsewhere = signed_in(member), signed_in(member)
    response = here.post(
        reverse("saypro_profiles:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(SECURITY_URL)
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)
    assert ModelLogEntry.objects.for_instance(member).filter(action=activity.PASSWORD_CHANGED)


def test_wrong_current_password_or_weak_new_one_gives_field_errors(member):
    client = signed_in(member)
    response = client.post(
        reverse("saypro_profiles:password_change"),
        {"old_password": "nope", "new_password1": "123", "new_password2": "123"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "old_password" in errors
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_sign_out_other_sessions_keeps_only_this_one(member):
    here, elsewhere, third = signed_in(member), signed_in(member), signed_in(member)
    assert is_signed_in(elsewhere)
    response = here.post(reverse("saypro_profiles:sign_out_other_sessions"), follow=True)
    assert "2 other sessions were signed out." in response.content.decode()
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)
    assert not is_signed_in(third)
    entry = ModelLogEntry.objects.for_instance(member).get(action=activity.SESSIONS_ENDED)
    assert entry.data == {"sessions": 2}


def test_other_peoples_sessions_are_left_alone(member):
    from tests.profiles.conftest import make_user

    someone = make_user("someone")
    theirs = signed_in(someone)
    signed_in(member).post(reverse("saypro_profiles:sign_out_other_sessions"))
    assert is_signed_in(theirs)


def test_signing_out_other_sessions_needs_a_post(member):
    here, elsewhere = signed_in(member), signed_in(member)
    assert here.get(reverse("saypro_profiles:sign_out_other_sessions")).status_code == 405
    assert is_signed_in(elsewhere)


def test_page_offers_to_turn_on_two_step_verification_or_manage_it(member):
    client = signed_in(member)
    page = client.get(reverse(SECURITY_URL)).content.decode()
    assert reverse("saypro_profiles:mfa_setup") in page
    assert reverse("saypro_profiles:mfa_disable") not in page

    TOTPDevice.objects.create(user=member, name="Phone", confirmed=True)
    page = client.get(reverse(SECURITY_URL)).content.decode()
    assert "Two-step verification is on" in page
    assert reverse("saypro_profiles:mfa_disable") in page
    assert reverse("saypro_profiles:mfa_backup_codes") in page


def test_recent_activity_lists_the_latest_account_events(member):
    client = signed_in(member)
    activity.log_activity(member, activity.PROFILE_CHANGED, data={"fields": ["bio"]})
    page = client.get(reverse(SECURITY_URL)).content.decode()
    assert "Changed the profile" in page
    assert "Signed in" in page
