"""Staff in every admin role must pass two-step verification before using the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from saypro_wagtail import roles
from tests.conftest import verified_login

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
ROLE_GROUPS = [
    roles.HELP_CENTER_EDITORS,
    roles.HELP_CENTER_PUBLISHERS,
    roles.SUPPORT_AGENTS,
    roles.SUPPORT_SUPERVISORS,
    roles.AD_MODERATORS,
    roles.USER_MANAGERS,
]


@pytest.fixture
def staff_member(request, home_page):
    call_command("saypro_setup_roles", stdout=open("/dev/null", "w"))
    kind = request.param
    user = make_user("staffer")
    if kind == "superuser":
        user.is_superuser = user.is_staff = True
        user.save()
    elif kind == "is_staff":
        user.is_staff = True
        user.user_permissions.add(
            *__import__(
                "django.contrib.auth.models", fromlist=["Permission"]
            ).Permission.objects.filter(codename="access_admin")
        )
        user.save()
    else:
        user.groups.add(Group.objects.get(name=kind))
    return get_user_model().objects.get(pk=user.pk)


ALL_STAFF = [*ROLE_GROUPS, "superuser", "is_staff"]


def password_login(client):
    client.post("/admin/login/", {"username": "staffer", "password": PASSWORD})


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_staff_without_mfa_are_sent_to_set_it_up(client, staff_member):
    password_login(client)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/security/mfa/setup/?next=%2Fadmin%2Fpages%2F"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_staff_with_mfa_must_enter_a_code_then_get_in(client, staff_member):
    device = TOTPDevice.objects.create(user=staff_member, name="phone", confirmed=True)
    password_login(client)
    response = client.get("/admin/")
    assert response["Location"] == "/en/account/login/verify/?next=%2Fadmin%2F"

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    done = client.post(response["Location"], {"code": f"{totp.token():06d}"})
    assert done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_a_verified_session_uses_the_admin(client, staff_member):
    verified_login(client, staff_member)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_staff_cannot_turn_mfa_off_while_it_is_required(client, staff_member):
    verified_login(client, staff_member)
    response = client.post("/en/account/security/mfa/disable/", {"password": PASSWORD})
    assert response["Location"] == "/en/account/security/"
    assert TOTPDevice.objects.filter(user=staff_member).exists()


def test_members_are_never_sent_to_the_code_step(client, member, home_page):
    client.force_login(member)
    assert client.get("/en/").status_code == 200
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_sites_may_turn_the_requirement_off(client, staff_member, settings):
    settings.SAYPRO_PROFILES_STAFF_MFA_REQUIRED = False
    password_login(client)
    assert client.get("/admin/").status_code == 200
