"""Lockout counts real password failures only, so one address cannot lock everyone out.

Once an address is locked, its further attempts are refused without looking at the password;
they must not count against the accounts they name, or an attacker could lock victims out one
by one from a single machine. The per-address and per-account limits both still hold.
"""

import pytest
from django.test import override_settings
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles.activity import LOCKED_OUT, LOGIN_FAILED

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
LOGIN = "/en/account/login/"
ADMIN_LOGIN = "/admin/login/"
ATTACKER = "203.0.113.9"
VICTIM_HOME = "198.51.100.7"
LIMIT = 3  # per account; an address gets four times as many


def front_login(client, username, password, address):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def admin_login(client, username, password, address):
    return client.post(
        ADMIN_LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


def lock_the_address(client, address):
    for number in range(LIMIT * 4):
        front_login(client, f"made-up-{number}", "wrong", address)


@pytest.fixture(autouse=True)
def small_limit():
    with override_settings(SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT=LIMIT):
        yield


@pytest.mark.parametrize("login", [front_login, admin_login])
def test_a_locked_address_cannot_lock_other_peoples_accounts(client, member, login):
    lock_the_address(client, ATTACKER)

    for _attempt in range(LIMIT * 2):
        login(client, "amina", "wrong", ATTACKER)

    response = front_login(client, "amina", PASSWORD, VICTIM_HOME)
    assert response.status_code == 302
    assert not ModelLogEntry.objects.for_instance(member).filter(action=LOCKED_OUT).exists()


def test_refused_attempts_from_a_locked_address_are_not_logged_as_failed_logins(client, member):
    lock_the_address(client, ATTACKER)

    admin_login(client, "amina", "wrong", ATTACKER)

    assert not ModelLogEntry.objects.for_instance(member).filter(action=LOGIN_FAILED).exists()


def test_the_locked_address_itself_stays_locked(client, member):
    lock_the_address(client, ATTACKER)

    response = front_login(client, "amina", PASSWORD, ATTACKER)

    assert "_auth_user_id" not in client.session
    assert "Too many failed attempts" in response.content.decode()


def test_real_failures_from_several_addresses_still_lock_the_account(client, member):
    for number in range(LIMIT):
        front_login(client, "amina", "wrong", f"192.0.2.{number + 1}")

    response = front_login(client, "amina", PASSWORD, VICTIM_HOME)

    assert "_auth_user_id" not in client.session
    assert "Too many failed attempts" in response.content.decode()
    assert ModelLogEntry.objects.for_instance(member).filter(action=LOCKED_OUT).count() == 1


def test_a_locked_account_is_not_locked_longer_by_more_attempts(client, member):
    """Attempts on an account that is already locked are refused unchecked, not counted."""
    other = make_user("bongani")
    for _attempt in range(LIMIT):
        front_login(client, "bongani", "wrong", ATTACKER)
    for _attempt in range(LIMIT * 4):
        admin_login(client, "bongani", "wrong", ATTACKER)

    # The address made only LIMIT real failures: it may still sign in to another account.
    response = front_login(client, "amina", PASSWORD, ATTACKER)
    assert response.status_code == 302
    assert ModelLogEntry.objects.for_instance(other).filter(action=LOCKED_OUT).count() == 1
