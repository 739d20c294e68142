"""Staff in every admin role must pass two-step verification before using the Wagtail admin."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
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
SUPERUSER = "superuser"
IS_STAFF = "is_staff flag"
ALL_STAFF = [*ROLE_GROUPS, SUPERUSER, IS_STAFF]


@pytest.fixture
def staff_member(request, home_page):
    """A user named "staffer" in the admin role given by the test's parameter."""
    call_command("saypro_setup_roles", stdout=StringIO())
    user = make_user("staffer")
    if request.param == SUPERUSER:
        user.is_superuser = user.is_staff = True
        user.save()
    elif request.param == IS_STAFF:
        user.is_staff = True
        user.save()
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
        )
    else:
        user.groups.add(Group.objects.get(name=request.param))
    return get_user_model().objects.get(pk=user.pk)


def password_login(client, username="staffer"):
    """Wagtail's own login page: the password alone signs in."""
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    return response


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_staff_without_mfa_are_sent_to_set_it_up_then_get_in(client, staff_member):
    password_login(client)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/en/account/security/mfa/setup/?next=%2Fadmin%2Fpages%2F"

    setup = client.get(response["Location"])
    assert "Staff accounts need two-step verification" in setup.content.decode()
    device = TOTPDevice.objects.get(user=staff_member, confirmed=False)
    done = client.post(response["Location"], {"code": current_code(device)})
    assert len(done.context["codes"]) == 10
    assert done.context["next"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_staff_with_mfa_must_enter_a_code_then_get_in(client, staff_member):
    device = TOTPDevice.objects.create(user=staff_member, name="phone", confirmed=True)
    password_login(client)
    response = client.get("/admin/")
    assert response["Location"] == "/en/account/login/verify/?next=%2Fadmin%2F"

    done = client.post(response["Location"], {"code": current_code(device)})
    assert done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", ALL_STAFF, indirect=True)
def test_a_verified_session_uses_the_admin(client, staff_member):
    verified_login(client, staff_member)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_an_unverified_session_is_sent_back_from_every_admin_screen(client, staff_member):
    client.force_login(staff_member)  # e.g. signed in before becoming staff
    for path in ("/admin/", "/admin/users/", "/admin/account/", "/admin/does-not-exist/"):
        assert client.get(path)["Location"].startswith("/en/account/security/mfa/setup/")
    posted = client.post("/admin/account/", {})
    assert posted["Location"].startswith("/en/account/security/mfa/setup/")


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_scripts_in_the_admin_get_a_refusal_instead_of_a_redirect(client, staff_member):
    password_login(client)
    response = client.get("/admin/pages/", headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    assert client.get("/admin/pages/", HTTP_ACCEPT="application/json").status_code == 403


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_the_ways_in_and_out_stay_open_before_verification(client, staff_member):
    password_login(client)
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.get("/admin/login/").status_code in (200, 302)
    client.post("/admin/logout/")
    assert "_auth_user_id" not in client.session

    password_login(client)
    client.post("/en/account/logout/")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_the_enrolment_pages_use_the_browsers_language(client, staff_member, locales):
    password_login(client)
    client.cookies["django_language"] = "fr"
    response = client.get("/admin/")
    assert response["Location"].startswith("/fr/account/security/mfa/setup/")


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_staff_cannot_turn_mfa_off_while_it_is_required(client, staff_member):
    verified_login(client, staff_member)
    response = client.post("/en/account/security/mfa/disable/", {"password": PASSWORD})
    assert response["Location"] == "/en/account/security/"
    page = client.get(response["Location"])
    assert "Staff accounts must keep two-step verification" in page.content.decode()
    assert TOTPDevice.objects.filter(user=staff_member).exists()


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_staff_may_turn_mfa_off_when_the_site_does_not_require_it(client, staff_member, settings):
    settings.SAYPRO_PROFILES_STAFF_MFA_REQUIRED = False
    verified_login(client, staff_member)
    client.post("/en/account/security/mfa/disable/", {"password": PASSWORD})
    assert not TOTPDevice.objects.filter(user=staff_member).exists()


def test_members_are_never_sent_to_the_code_step(client, member, home_page):
    client.force_login(member)
    assert client.get("/en/").status_code == 200
    assert client.get("/en/account/").status_code == 200
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/login/")


def test_members_signing_in_on_the_admin_login_page_get_wagtails_refusal(client, member):
    password_login(client, "amina")
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "/account/" not in "".join(url for url, _status in response.redirect_chain)


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_sites_may_turn_the_requirement_off(client, staff_member, settings):
    settings.SAYPRO_PROFILES_STAFF_MFA_REQUIRED = False
    password_login(client)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_the_admin_account_page_links_to_two_step_verification(client, staff_member):
    verified_login(client, staff_member)
    html = client.get("/admin/account/").content.decode()
    assert "Two-step verification" in html
    assert 'href="/en/account/security/"' in html


@pytest.mark.parametrize("staff_member", [roles.HELP_CENTER_EDITORS], indirect=True)
def test_the_account_page_link_works_when_the_admin_speaks_another_language(client, staff_member):
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=staff_member, defaults={"preferred_language": "de"})
    verified_login(client, staff_member)
    html = client.get("/admin/account/").content.decode()
    assert 'lang="de"' in html
    assert 'href="/en/account/security/"' in html


@pytest.mark.parametrize("staff_member", [roles.SUPPORT_AGENTS], indirect=True)
def test_the_security_page_offers_staff_a_new_phone_not_turning_mfa_off(client, staff_member):
    verified_login(client, staff_member)
    html = client.get("/en/account/security/").content.decode()
    assert "/en/account/security/mfa/disable/" not in html
    assert "Set up a new phone" in html
