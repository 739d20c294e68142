"""Signing in by user name or e-mail, lockout, remember me, safe next, sign-out."""

import pytest
from django.test import override_settings
from wagtail.models import ModelLogEntry

from saypro_wagtail.profiles.activity import LOCKED_OUT

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/en/account/login/"


def log_in(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra})


@pytest.mark.parametrize("identifier", ["amina", "amina@example.com", "AMINA@Example.COM"])
def test_members_sign_in_with_their_user_name_or_email(client, member, identifier):
    response = log_in(client, identifier)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


def test_a_wrong_password_is_one_general_error(client, member):
    response = log_in(client, "amina", "wrong")
    assert "_auth_user_id" not in client.session
    assert "is not right" in response.content.decode()


def test_an_unconfirmed_account_cannot_sign_in_and_is_offered_a_new_link(
    client, unconfirmed_member
):
    response = log_in(client, "sipho")
    html = response.content.decode()
    assert "_auth_user_id" not in client.session
    assert "confirm your e-mail address" in html
    assert "/en/account/confirm-again/" in html


@override_settings(SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_account_even_for_the_right_password(client, member):
    for _attempt in range(3):
        log_in(client, "amina", "wrong")

    response = log_in(client, "amina")

    assert "_auth_user_id" not in client.session
    assert "Too many failed attempts" in response.content.decode()
    assert ModelLogEntry.objects.for_instance(member).filter(action=LOCKED_OUT).count() == 1


@override_settings(SAYPRO_PROFILES_LOGIN_FAILURE_LIMIT=3)
def test_the_admin_login_counts_towards_the_same_lockout(client, member):
    for _attempt in range(3):
        client.post("/admin/login/", {"username": "amina", "password": "wrong"})
    response = log_in(client, "amina@example.com")
    assert "Too many failed attempts" in response.content.decode()


def test_remember_me_keeps_the_session_after_the_browser_closes(client, member):
    log_in(client, "amina", remember_me="on")
    assert not client.session.get_expire_at_browser_close()

    client.post("/en/account/logout/")
    log_in(client, "amina")
    assert client.session.get_expire_at_browser_close()


@pytest.mark.parametrize(
    "next_url, expected",
    [
        ("/en/account/profile/", "/en/account/profile/"),
        ("https://evil.example/phish", "/en/account/"),
        ("//evil.example/", "/en/account/"),
    ],
)
def test_next_never_leaves_the_site(client, member, next_url, expected):
    response = log_in(client, "amina", next=next_url)
    assert response["Location"] == expected


def test_sign_out_needs_a_post_and_says_so(client, member, home_page):
    client.force_login(member)
    assert client.get("/en/account/logout/").status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post("/en/account/logout/", follow=True)
    assert "_auth_user_id" not in client.session
    assert "You are signed out." in response.content.decode()


def test_signed_in_members_are_sent_on_from_the_login_page(client, member):
    client.force_login(member)
    response = client.get(LOGIN)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"


def test_the_login_page_links_to_sign_up_and_password_reset(client, home_page):
    from saypro_wagtail.profiles.models import RegistrationPage

    page = home_page.add_child(instance=RegistrationPage(title="Register", slug="register"))
    page.save_revision().publish()
    content = client.get(LOGIN).content.decode()
    assert 'href="/en/register/"' in content
    assert 'href="/en/account/password-reset/"' in content
