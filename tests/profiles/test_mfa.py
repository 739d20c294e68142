"""Two-step verification for members: set up, sign in with a code, backup codes, turn off."""

import base64
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles import activity, mfa

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

SETUP = "/en/account/security/mfa/setup/"
VERIFY = "/en/account/login/verify/"
DISABLE = "/en/account/security/mfa/disable/"
BACKUP_CODES = "/en/account/security/mfa/backup-codes/"


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def enable_mfa(client, user):
    """Set up the authenticator as a person would; returns the response and the device."""
    client.force_login(user)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"code": current_code(device)})
    device.refresh_from_db()
    # The code used during setup is the current one and cannot be used twice; tests sign in
    # again within the same 30 seconds.
    device.last_t = -1
    device.save()
    return response, device


def sign_in(client, username="amina", **extra):
    client.logout()
    return client.post("/en/account/login/", {"username": username, "password": PASSWORD, **extra})


def wait_a_few_seconds(user):
    """After a wrong code django-otp holds back the next check for 1 s, 2 s, 4 s, ..."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).update(throttling_failure_timestamp=None)


def logged_actions(user):
    return list(ModelLogEntry.objects.for_instance(user).values_list("action", flat=True))


def test_setup_shows_a_qr_code_and_the_key_for_typing(client, member):
    client.force_login(member)
    page = client.get(SETUP)
    html = page.content.decode()
    assert 'role="img"' in html and "aria-label=" in html and "<svg" in html
    key = page.context["manual_key"]
    assert key in html
    assert all(len(group) <= 4 for group in key.split())

    device = TOTPDevice.objects.get(user=member, confirmed=False)
    plain = key.replace(" ", "")
    assert base64.b32decode(plain + "=" * (-len(plain) % 8)) == device.bin_key
    uri = urlsplit(mfa.provisioning_uri(device))
    assert uri.scheme == "otpauth" and unquote(uri.path) == f"/{mfa.issuer()}:amina"
    assert parse_qs(uri.query)["secret"] == [plain]


def test_reloading_setup_keeps_the_same_key(client, member):
    client.force_login(member)
    first = client.get(SETUP).context["manual_key"]
    assert client.get(SETUP).context["manual_key"] == first
    assert TOTPDevice.objects.filter(user=member).count() == 1


def test_a_wrong_code_does_not_turn_mfa_on(client, member):
    client.force_login(member)
    client.get(SETUP)
    wrong = client.post(SETUP, {"code": "000000"})
    assert wrong.status_code == 200
    assert "code" in wrong.context["form"].errors
    assert 'aria-invalid="true"' in wrong.content.decode()
    assert not mfa.user_has_mfa(member)

    wait_a_few_seconds(member)
    device = TOTPDevice.objects.get(user=member)
    client.post(SETUP, {"code": current_code(device)})
    assert mfa.user_has_mfa(member)


def test_a_correct_code_turns_mfa_on_and_shows_the_backup_codes_once(client, member):
    response, device = enable_mfa(client, member)
    assert device.confirmed and mfa.user_has_mfa(member)
    codes = response.context["codes"]
    assert len(codes) == 10
    html = response.content.decode()
    assert all(code in html for code in codes)
    assert 'download="backup-codes.txt"' in html
    assert set(StaticToken.objects.filter(device__user=member).values_list("token", flat=True)) == (
        set(codes)
    )
    assert activity.MFA_ENABLED in logged_actions(member)
    # This session is verified at once: the security page does not ask for a code.
    assert client.get("/en/account/security/").status_code == 200


def test_sign_in_asks_for_the_code_when_mfa_is_on(client, member):
    _response, device = enable_mfa(client, member)
    response = sign_in(client)
    assert response["Location"] == VERIFY
    assert "_auth_user_id" not in client.session

    wrong = client.post(VERIFY, {"code": "123456"})
    assert "_auth_user_id" not in client.session
    assert wrong.context["form"].errors["code"] == [
        "This code is not right, or it was already used."
    ]

    wait_a_few_seconds(member)
    done = client.post(VERIFY, {"code": current_code(device)})
    assert done["Location"] == "/en/account/"
    assert int(client.session["_auth_user_id"]) == member.pk
    assert client.get("/en/account/security/").status_code == 200


def test_a_code_straight_after_a_wrong_one_must_wait(client, member):
    _response, device = enable_mfa(client, member)
    sign_in(client)
    client.post(VERIFY, {"code": "123456"})
    hurried = client.post(VERIFY, {"code": current_code(device)})
    assert "_auth_user_id" not in client.session
    assert "Wait a few seconds" in hurried.context["form"].errors["code"][0]

    wait_a_few_seconds(member)
    client.post(VERIFY, {"code": current_code(device)})
    assert int(client.session["_auth_user_id"]) == member.pk


def test_the_code_step_keeps_next_and_remember_me(client, member, settings):
    _response, device = enable_mfa(client, member)
    client.logout()
    client.post(
        "/en/account/login/?next=/en/account/profile/",
        {"username": "amina", "password": PASSWORD, "remember_me": "on"},
    )
    done = client.post(VERIFY, {"code": current_code(device)})
    assert done["Location"] == "/en/account/profile/"
    assert client.session.get_expire_at_browser_close() is False


def test_sign_in_without_mfa_needs_no_code(client, member):
    assert sign_in(client)["Location"] == "/en/account/"
    assert int(client.session["_auth_user_id"]) == member.pk


def test_a_backup_code_works_once(client, member):
    response, _device = enable_mfa(client, member)
    code = response.context["codes"][0]
    sign_in(client)
    client.post(VERIFY, {"code": code})
    assert "_auth_user_id" in client.session

    sign_in(client)
    wait_a_few_seconds(member)
    again = client.post(VERIFY, {"code": code})
    assert "_auth_user_id" not in client.session
    assert "code" in again.context["form"].errors


def test_the_code_step_times_out(client, member, monkeypatch):
    _response, device = enable_mfa(client, member)
    sign_in(client)
    monkeypatch.setattr("saypro_wagtail.profiles.mfa.PENDING_SECONDS", -1)
    response = client.post(VERIFY, {"code": current_code(device)})
    assert response["Location"] == "/en/account/login/"
    assert "_auth_user_id" not in client.session


def test_the_code_step_without_a_password_sign_in_goes_back_to_sign_in(client, member):
    assert client.get(VERIFY)["Location"] == "/en/account/login/"


def test_wrong_codes_lock_the_code_step(client, member, settings):
    settings.SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT = 3
    _response, device = enable_mfa(client, member)
    sign_in(client)
    for _attempt in range(3):
        wait_a_few_seconds(member)
        client.post(VERIFY, {"code": "000000"})
    wait_a_few_seconds(member)
    response = client.post(VERIFY, {"code": current_code(device)})
    assert "_auth_user_id" not in client.session
    assert response.context["form"].non_field_errors()
    assert activity.LOCKED_OUT in logged_actions(member)
    # The password alone no longer gets anyone to the code step either.
    assert sign_in(client).status_code == 200


def test_turning_mfa_off_needs_the_password(client, member):
    enable_mfa(client, member)
    wrong = client.post(DISABLE, {"password": "nope"})
    assert wrong.context["form"].errors["password"] == ["This is not your current password."]
    assert mfa.user_has_mfa(member)

    done = client.post(DISABLE, {"password": PASSWORD})
    assert done["Location"] == "/en/account/security/"
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticToken.objects.filter(device__user=member).exists()
    assert activity.MFA_DISABLED in logged_actions(member)
    assert sign_in(client)["Location"] == "/en/account/"


def test_new_backup_codes_need_the_password_and_replace_the_old_ones(client, member):
    response, _device = enable_mfa(client, member)
    old = set(response.context["codes"])
    wrong = client.post(BACKUP_CODES, {"password": "nope"})
    assert "password" in wrong.context["form"].errors

    fresh = client.post(BACKUP_CODES, {"password": PASSWORD})
    assert not old & set(fresh.context["codes"])
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(fresh.context["codes"])
    assert activity.BACKUP_CODES_CREATED in logged_actions(member)


def test_wagtails_login_page_does_not_skip_the_code(client, member):
    """Wagtail's admin login signs anyone in by password; the session must still owe a code."""
    _response, device = enable_mfa(client, member)
    client.logout()
    client.post("/admin/login/", {"username": "amina", "password": PASSWORD})
    response = client.get("/en/account/security/")
    assert response["Location"] == f"{VERIFY}?next=%2Fen%2Faccount%2Fsecurity%2F"
    # Not even to replace the authenticator or turn it off with the password.
    assert client.get(SETUP)["Location"].startswith(VERIFY)
    client.post(DISABLE, {"password": PASSWORD})
    assert mfa.user_has_mfa(member)

    done = client.post(response["Location"], {"code": current_code(device)})
    assert done["Location"] == "/en/account/security/"
    assert client.get("/en/account/security/").status_code == 200
