"""Signing up on the registration page, confirming the address, asking for a new link."""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.test import override_settings

from saypro_wagtail.profiles import bot_check
from saypro_wagtail.profiles.activity import REGISTERED
from saypro_wagtail.profiles.models import Consent, Profile, RegistrationPage
from saypro_wagtail.profiles.tokens import CONFIRM, make_email_token

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def registration_page(home_page, contact_page):
    page = RegistrationPage(
        title="Register", slug="register", policy_version="2026-01", terms_page=contact_page
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def form_data(**overrides):
    return {
        "first_name": "Thandi",
        "last_name": "Mokoena",
        "email": "thandi@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "user_type": "applicant",
        "accept_terms": "on",
        "accept_privacy": "on",
        "website_url": "",
        "form_stamp": bot_check.render_stamp(now=0 + 1_000_000_000),
        **overrides,
    }


@pytest.fixture(autouse=True)
def human_speed(settings):
    settings.SAYPRO_PROFILES_REGISTRATION_MIN_SECONDS = 0


def sign_up(client, page, capture, **overrides):
    data = form_data(form_stamp=bot_check.render_stamp(), **overrides)
    with capture(execute=True):
        return client.post(page.url, data)


def test_sign_up_creates_an_unconfirmed_account_with_consents(
    client, registration_page, django_capture_on_commit_callbacks
):
    response = sign_up(client, registration_page, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == f"{registration_page.url}?sent=1"
    user = get_user_model().objects.get(email="thandi@example.com")
    assert "@" not in user.username
    profile = Profile.objects.get(user=user)
    assert profile.email_confirmed_at is None
    assert profile.user_type == "applicant"
    consents = {consent.kind: consent for consent in Consent.objects.filter(user=user)}
    assert set(consents) == {"terms", "privacy"}
    assert consents["terms"].policy_version == "2026-01"
    assert consents["terms"].policy_url.endswith("/contact/")
    assert consents["terms"].given_at is not None
    [message] = mail.outbox
    assert message.to == ["thandi@example.com"]
    assert "/account/confirm/" in message.body
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.for_instance(user).filter(action=REGISTERED).exists()


def test_the_check_your_email_page_explains_what_to_do_next(client, registration_page):
    response = client.get(f"{registration_page.url}?sent=1")
    assert "Check your e-mail" in response.content.decode()


def test_weak_password_is_a_field_error_and_typed_values_are_kept(client, registration_page):
    data = form_data(
        form_stamp=bot_check.render_stamp(), password1="thandi123", password2="thandi123"
    )
    response = client.post(registration_page.url, data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "password1" in errors
    html = response.content.decode()
    assert 'value="thandi@example.com"' in html
    assert 'value="Thandi"' in html
    assert "thandi123" not in html
    assert 'aria-invalid="true"' in html
    assert not get_user_model().objects.filter(email="thandi@example.com").exists()


def test_different_passwords_are_refused(client, registration_page):
    response = client.post(
        registration_page.url,
        form_data(form_stamp=bot_check.render_stamp(), password2="x" + PASSWORD),
    )
    assert "password2" in response.context["form"].errors


def test_consent_is_required(client, registration_page):
    data = form_data(form_stamp=bot_check.render_stamp())
    del data["accept_privacy"]
    response = client.post(registration_page.url, data)
    assert "accept_privacy" in response.context["form"].errors
    assert not get_user_model().objects.filter(email="thandi@example.com").exists()


def test_a_known_address_in_another_case_gets_the_same_answer_and_its_owner_an_email(
    client, registration_page, django_capture_on_commit_callbacks
):
    owner = make_user("thandi", email="thandi@example.com")
    new = sign_up(
        client, registration_page, django_capture_on_commit_callbacks, email="x@example.com"
    )
    mail.outbox.clear()

    known = sign_up(
        client, registration_page, django_capture_on_commit_callbacks, email="THANDI@Example.com"
    )

    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    assert get_user_model().objects.filter(email__iexact="thandi@example.com").count() == 1
    [message] = mail.outbox
    assert message.to == [owner.email]
    assert "already have one" in message.body
    assert "/account/password-reset/" in message.body


def test_known_and_unknown_addresses_both_hash_the_password(
    client, registration_page, django_capture_on_commit_callbacks
):
    """Hashing is the slow part of a sign-up: both paths do it, so timing tells nothing."""
    make_user("thandi", email="thandi@example.com")
    with mock.patch(
        "django.contrib.auth.base_user.make_password",
        wraps=__import__("django.contrib.auth.hashers", fromlist=["make_password"]).make_password,
    ) as hashing:
        sign_up(client, registration_page, django_capture_on_commit_callbacks)
        known_calls = hashing.call_count
        sign_up(
            client, registration_page, django_capture_on_commit_callbacks, email="new@example.com"
        )
        unknown_calls = hashing.call_count - known_calls
    assert known_calls == unknown_calls == 1


@pytest.mark.parametrize(
    "overrides",
    [
        {"website_url": "http://spam.example"},
        {"form_stamp": "forged"},
        {"form_stamp": ""},
    ],
    ids=["honeypot", "forged-stamp", "missing-stamp"],
)
def test_bots_are_refused(client, registration_page, overrides):
    response = client.post(
        registration_page.url, form_data(**{"form_stamp": bot_check.render_stamp(), **overrides})
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not get_user_model().objects.filter(email="thandi@example.com").exists()


@override_settings(SAYPRO_PROFILES_REGISTRATION_MIN_SECONDS=60)
def test_a_form_sent_back_within_seconds_is_refused(client, registration_page):
    response = client.post(registration_page.url, form_data(form_stamp=bot_check.render_stamp()))
    assert response.context["form"].non_field_errors()


@override_settings(SAYPRO_PROFILES_REGISTRATION_LIMIT=(2, 3600))
def test_sign_ups_per_address_are_limited(
    client, registration_page, django_capture_on_commit_callbacks
):
    for number in range(2):
        assert (
            sign_up(
                client,
                registration_page,
                django_capture_on_commit_callbacks,
                email=f"p{number}@example.com",
            ).status_code
            == 302
        )
    response = sign_up(
        client, registration_page, django_capture_on_commit_callbacks, email="p3@example.com"
    )
    assert response.status_code == 200
    assert "Too many sign-ups" in response.content.decode()


def test_the_confirmation_link_works_once(client, unconfirmed_member):
    token = make_email_token(unconfirmed_member, unconfirmed_member.email, CONFIRM)
    url = f"/en/account/confirm/{token}/"

    first = client.get(url)
    second = client.get(url)

    assert first.status_code == 200
    assert "is confirmed" in first.content.decode()
    assert Profile.objects.get(user=unconfirmed_member).email_confirmed_at is not None
    assert second.status_code == 400
    assert "_auth_user_id" not in client.session


def test_an_expired_link_offers_a_new_one(client, unconfirmed_member):
    token = make_email_token(unconfirmed_member, unconfirmed_member.email, CONFIRM)
    with mock.patch(
        "saypro_wagtail.profiles.tokens.signing.loads",
        side_effect=signing.SignatureExpired("old"),
    ):
        response = client.get(f"/en/account/confirm/{token}/")
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert Profile.objects.get(user=unconfirmed_member).email_confirmed_at is None


def test_a_forged_link_confirms_nothing(client, unconfirmed_member):
    response = client.get("/en/account/confirm/not-a-token/")
    assert response.status_code == 400
    assert Profile.objects.get(user=unconfirmed_member).email_confirmed_at is None


def test_a_new_link_goes_only_to_unconfirmed_accounts_with_the_same_answer(
    client, member, unconfirmed_member, django_capture_on_commit_callbacks
):
    answers = []
    for email in (unconfirmed_member.email, member.email, "nobody@example.com"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/account/confirm-again/", {"email": email})
        answers.append(response.content.decode().split("<h1>")[1])
    assert answers[0] == answers[1] == answers[2]
    [message] = mail.outbox
    assert message.to == [unconfirmed_member.email]


@override_settings(SAYPRO_PROFILES_REGISTRATION_LIMIT=(1, 3600))
def test_typing_mistakes_do_not_use_up_the_sign_up_allowance(
    client, registration_page, django_capture_on_commit_callbacks
):
    mistake = sign_up(
        client, registration_page, django_capture_on_commit_callbacks, password2="different"
    )
    assert mistake.status_code == 200
    corrected = sign_up(client, registration_page, django_capture_on_commit_callbacks)
    assert corrected.status_code == 302


def test_the_consent_boxes_link_to_the_policy_pages(client, registration_page, contact_page):
    content = client.get(registration_page.url).content.decode()
    assert f'<a href="{contact_page.url}" target="_blank" rel="noopener">terms of use</a>' in (
        content
    )


def test_requests_for_new_links_are_limited(client, unconfirmed_member):
    for _attempt in range(5):
        client.post("/en/account/confirm-again/", {"email": unconfirmed_member.email})
    response = client.post("/en/account/confirm-again/", {"email": unconfirmed_member.email})
    assert "Too many requests" in response.content.decode()
