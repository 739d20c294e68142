"""The account dashboard: greeting, account state, and the sections apps add through a hook."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import hooks

from saypro_wagtail.profiles.dashboard import AccountSection, account_sections
from saypro_wagtail.profiles.models import Profile
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db

DASHBOARD_URL = "saypro_profiles:dashboard"


def test_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse(DASHBOARD_URL))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_dashboard_greets_and_lists_what_the_profile_still_lacks(client, member):
    client.force_login(member)
    page = client.get(reverse(DASHBOARD_URL)).content.decode()
    assert "Hello, Amina N." in page
    assert "Complete your profile" in page
    assert "About me" in page and "Location" in page and "Phone" in page
    assert reverse("saypro_profiles:edit_profile") in page


def test_complete_profile_is_not_nagged(client):
    user = make_user(
        "kofi", display_name="Kofi", bio="Hello", location="Accra", phone="+233 30 255 0000"
    )
    client.force_login(user)
    page = client.get(reverse(DASHBOARD_URL)).content.decode()
    assert "These details are still missing" not in page
    assert "Your profile is complete." in page


def test_pending_email_change_is_shown(client, member):
    Profile.objects.filter(user=member).update(pending_email="new@example.com")
    client.force_login(member)
    page = client.get(reverse(DASHBOARD_URL)).content.decode()
    assert "Your new address new@example.com is waiting for confirmation" in page


def test_security_section_tells_whether_two_step_verification_is_on(client, member):
    client.force_login(member)
    assert "Two-step verification is off" in client.get(reverse(DASHBOARD_URL)).content.decode()
    TOTPDevice.objects.create(user=member, name="Phone", confirmed=True)
    assert "Two-step verification is on" in client.get(reverse(DASHBOARD_URL)).content.decode()


def test_built_in_sections_come_in_order():
    # Installed apps (e.g. support) may add their own sections between the built-in ones.
    built_in = [s.name for s in account_sections() if s.name in ("profile", "security", "my_data")]
    assert built_in == ["profile", "security", "my_data"]


def test_an_app_adds_a_section_through_the_hook(client, member):
    def example_sections():
        return [
            AccountSection(
                name="example_app",
                title="My example things",
                # Any template will do: this one shows whether its context reached it.
                template="saypro_profiles/includes/dashboard_security.html",
                get_context=lambda request: {"mfa_enabled": request.user.is_authenticated},
                order=30,
            )
        ]

    client.force_login(member)
    with hooks.register_temporarily("register_saypro_account_sections", example_sections):
        names = [section.name for section in account_sections()]
        page = client.get(reverse(DASHBOARD_URL)).content.decode()
    assert names.index("security") < names.index("example_app") < names.index("my_data")
    assert '<h2 id="section-example_app">My example things</h2>' in page
    assert "Two-step verification is on." in page  # the section's own context
    assert page.index("section-security") < page.index("section-example_app")
    assert page.index("section-example_app") < page.index("section-my_data")
    # Without the app, its section is gone.
    assert "My example things" not in client.get(reverse(DASHBOARD_URL)).content.decode()
