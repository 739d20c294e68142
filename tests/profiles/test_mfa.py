"""Two-step verification for members: set up, sign in with a code, backup codes, turn off."""

import base64

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def enable_mfa(client, user):
    client.force_login(user)
    page = client.get("/en/account/security/mfa/setup/")
    key = page.context["manual_key"].replace(" ", "")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert base64.b32decode(key + "=" * (-len(key) % 8)) == device.bin_key
    response = client.post("/en/account/security/mfa/setup/", {"code": current_code(device)})
    device.refresh_from_db()
    return response, device


def test_setup_shows_a_qr_code_and_the_key_and_needs_a_correct_code(client, member):
    client.force_login(member)
    page = client.get("/en/account/security/mfa/setup/")
    html = page.content.decode()
    assert "<svg" in html and 'role="img"' in html
    assert page.context["manual_key"] in html

    wrong = client.post("/en/account/security/mfa/setup/", {"code": "000000"})
    assert "code" in wrong.context["form"].errors
    assert not TOTPDevice.objects.filter(user=member, confirmed=True).exists()


def test_enabling_shows_backup_codes_once(client, member):
    response, device = enable_mfa(client, member)
    assert device.confirmed
    codes = response.context["codes"]
    assert len(codes) == 10
    assert StaticToken.objects.filter(device__user=member).count() == 10
    assert codes[0] in response.content.decode()


def sign_in(client, username="amina"):
    client.logout()
    return client.post("/en/account/login/", {"username": username, "password": PASSWORD})


def test_sign_in_asks_for_the_code_when_mfa_is_on(client, member):
    _response, device = enable_mfa(client, member)
    response = sign_in(client)
    assert response["Location"] == "/en/account/login/verify/"
    assert "_auth_user_id" not in client.session

    wrong = client.post("/en/account/login/verify/", {"code": "123456"})
    assert "_auth_user_id" not in client.session
    assert "code" in wrong.context["form"].errors

    device.last_t = -1  # the code used during setup may be the current one
    device.save()
    client.post("/en/account/login/verify/", {"code": current_code(device)})
    assert int(client.session["_auth_user_id"]) == member.pk


def test_sign_in_without_mfa_needs_no_code(client, member):
    assert sign_in(client)["Location"] == "/en/account/"


def test_a_backup_code_works_once(client, member):
    response, _device = enable_mfa(client, member)
    code = response.context["codes"][0]
    sign_in(client)
    client.post("/en/account/login/verify/", {"code": code})
    assert "_auth_user_id" in client.session

    sign_in(client)
    again = client.post("/en/account/login/verify/", {"code": code})
    assert "_auth_user_id" not in client.session
    assert "code" in again.context["form"].errors


def test_the_code_step_times_out(client, member, monkeypatch):
    enable_mfa(client, member)
    sign_in(client)
    monkeypatch.setattr("saypro_wagtail.profiles.mfa.PENDING_SECONDS", -1)
    response = client.post("/en/account/login/verify/", {"code": "123456"})
    assert response["Location"] == "/en/account/login/"


def test_wrong_codes_lock_the_code_step(client, member, settings):
    settings.SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT = 3
    _response, device = enable_mfa(client, member)
    sign_in(client)
    for _attempt in range(3):
        client.post("/en/account/login/verify/", {"code": "000000"})
    response = client.post("/en/account/login/verify/", {"code": current_code(device)})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302)


def test_turning_mfa_off_needs_the_password(client, member):
    enable_mfa(client, member)
    wrong = client.post("/en/account/security/mfa/disable/", {"password": "nope"})
    assert "password" in wrong.context["form"].errors
    assert TOTPDevice.objects.filter(user=member).exists()

    client.post("/en/account/security/mfa/disable/", {"password": PASSWORD})
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticToken.objects.filter(device__user=member).exists()


def test_new_backup_codes_replace_the_old_ones(client, member):
    response, _device = enable_mfa(client, member)
    old = set(response.context["codes"])
    fresh = client.post("/en/account/security/mfa/backup-codes/", {"password": PASSWORD})
    assert not old & set(fresh.context["codes"])
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(fresh.context["codes"])
