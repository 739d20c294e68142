"""A new member on a phone: sign up -> confirm by e-mail -> sign in -> profile -> two-step
verification -> sign out -> sign in again with a code from the authenticator."""

import base64
import re
import time

import pytest
from django.core import mail
from django_otp.oath import TOTP

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "Blue-Kettle-Morning-73"
STEP = 30  # seconds per authenticator code


@pytest.fixture
def registration_page(home_page, settings):
    from saypro_wagtail.profiles.models import RegistrationPage

    # A person takes longer than this to fill the form; the test does not.
    settings.SAYPRO_PROFILES_REGISTRATION_MIN_SECONDS = 0
    page = RegistrationPage(
        title="Create your account",
        slug="register",
        intro="<p>Register to follow your support requests.</p>",
        policy_version="2026-01",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


class Authenticator:
    """What an authenticator app does with the key typed into it."""

    def __init__(self, manual_key: str):
        key = manual_key.replace(" ", "")
        self.key = base64.b32decode(key + "=" * (-len(key) % 8))
        self.last_step = None

    def code(self) -> str:
        # A code is accepted once: wait for the next one as a person would.
        while (step := int(time.time()) // STEP) == self.last_step:
            time.sleep(0.5)
        self.last_step = step
        return f"{TOTP(self.key, step=STEP, digits=6).token():06d}"


def link_in_email(live_server, to, path_fragment):
    [message] = [message for message in mail.outbox if to in message.to]
    url = re.search(rf"https?://\S*{path_fragment}\S*", message.body).group(0)
    return live_server.url + re.sub(r"^https?://[^/]+", "", url)


def sign_in(phone, username, password):
    phone.get_by_label("User name or e-mail address").fill(username)
    phone.get_by_label("Password").fill(password)
    phone.get_by_role("button", name="Sign in").click()


def test_sign_up_confirm_edit_profile_turn_on_mfa_and_sign_in_with_a_code(
    live_server, phone, screenshot, registration_page
):
    from saypro_wagtail.profiles.models import Consent, Profile

    phone.goto(f"{live_server.url}/en/")
    phone.get_by_role("navigation", name="Account", exact=True).get_by_role(
        "link", name="Register"
    ).click()
    phone.wait_for_url(live_server.url + registration_page.url)

    # Sign up.
    phone.get_by_label("First name").fill("Nomvula")
    phone.get_by_label("E-mail address").fill("nomvula@example.com")
    phone.get_by_label("Password (required)", exact=True).fill(PASSWORD)
    phone.get_by_label("Password again").fill(PASSWORD)
    phone.get_by_label("Applicant").check()
    phone.get_by_label("I accept the terms of use").check()
    phone.get_by_label("I have read the privacy policy").check()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "account-sign-up")
    phone.get_by_role("button", name="Create my account").click()
    phone.get_by_role("heading", name="Check your e-mail").wait_for()
    assert set(Consent.objects.values_list("kind", "policy_version")) == {
        ("terms", "2026-01"),
        ("privacy", "2026-01"),
    }

    # The link in the e-mail confirms the address.
    phone.goto(link_in_email(live_server, "nomvula@example.com", "/account/confirm/"))
    phone.get_by_text("Thank you: your e-mail address is confirmed.").wait_for()
    phone.get_by_role("main").get_by_role("link", name="Sign in").click()
    sign_in(phone, "nomvula@example.com", PASSWORD)
    phone.get_by_role("heading", name="Hello, Nomvula").wait_for()
    screenshot(phone, "account-dashboard")

    # Edit the profile.
    phone.get_by_role("navigation", name="Your account").get_by_role("link", name="Profile").click()
    phone.get_by_label("Display name").fill("Nomvula M.")
    phone.get_by_label("About me").fill("Bookkeeper learning data analysis.")
    phone.get_by_role("button", name="Save profile").click()
    phone.get_by_text("Your profile was saved.").wait_for()
    profile = Profile.objects.get(user__email="nomvula@example.com")
    assert (profile.display_name, profile.bio) == (
        "Nomvula M.",
        "Bookkeeper learning data analysis.",
    )

    # Turn on two-step verification with the key shown on the page.
    phone.get_by_role("link", name="Security", exact=True).click()
    phone.get_by_role("link", name="Turn on two-step verification").click()
    phone.get_by_role("heading", name="Set up two-step verification").wait_for()
    authenticator = Authenticator(phone.locator("#manual-key").inner_text())
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "account-mfa-setup")
    phone.get_by_role("textbox", name="Code").fill(authenticator.code())
    phone.get_by_role("button", name="Turn on two-step verification").click()
    phone.get_by_text("Two-step verification is on.").wait_for()
    backup_codes = phone.get_by_role("list", name="Backup codes").get_by_role("listitem")
    assert backup_codes.count() == 10
    screenshot(phone, "account-backup-codes")

    # Sign out, then in again: the password alone is not enough any more.
    phone.get_by_role("button", name="Sign out").click()
    phone.wait_for_url(f"{live_server.url}/en/")
    header = phone.get_by_role("navigation", name="Account", exact=True)
    header.get_by_role("link", name="Sign in").click()
    sign_in(phone, "nomvula@example.com", PASSWORD)
    phone.get_by_role("heading", name="Two-step verification").wait_for()
    phone.get_by_role("textbox", name="Code").fill(authenticator.code())
    phone.get_by_role("button", name="Verify").click()
    phone.get_by_role("heading", name="Hello, Nomvula M.").wait_for()
    assert phone.url == f"{live_server.url}/en/account/"
    screenshot(phone, "account-signed-in-with-code")
