"""The profiles demo: sign-up pages per language, varied members, demo authenticators."""

from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.demo_content import DEMO_PASSWORD
from home.demo_profiles import DEMO_PROFILES, DEMO_TOTP_KEY, MFA_MEMBER, UNCONFIRMED
from saypro_wagtail.profiles.models import Consent, Profile, RegistrationPage

pytestmark = pytest.mark.django_db

STAFF = ["admin", "editor", "publisher", "agent", "supervisor", "moderator", "usermanager"]
LANGUAGES = {code for code, _name in settings.LANGUAGES}


def demo_code(username):
    output = StringIO()
    call_command("demo_totp", username, stdout=output)
    return output.getvalue().strip()


def profiles_counts():
    return (
        RegistrationPage.objects.count(),
        Profile.objects.count(),
        Consent.objects.count(),
        TOTPDevice.objects.count(),
        get_user_model().objects.count(),
    )


def test_loading_the_demo_twice_adds_no_profiles_consents_pages_or_devices(demo):
    before = profiles_counts()
    call_command("saypro_demo", stdout=StringIO())
    assert profiles_counts() == before


def test_there_is_a_live_registration_page_in_every_language(demo, client):
    pages = RegistrationPage.objects.live()
    assert set(pages.values_list("locale__language_code", flat=True)) == LANGUAGES
    assert set(pages.values_list("policy_version", flat=True)) == {"2026-01"}

    french = pages.get(locale__language_code="fr")
    page = client.get(french.url).content.decode()
    assert "Inscrivez-vous pour suivre vos demandes" in page
    assert 'name="email"' in page


def test_each_registration_page_links_to_the_policies_in_its_language(demo, client):
    for page in RegistrationPage.objects.select_related("terms_page", "privacy_page"):
        language = page.locale.language_code
        assert page.terms_page.locale.language_code == language
        assert page.privacy_page.locale.language_code == language

    french = RegistrationPage.objects.get(locale__language_code="fr")
    form = client.get(french.url).content.decode()
    assert f'href="{french.terms_page.url}"' in form
    assert f'href="{french.privacy_page.url}"' in form
    assert "Conditions d&#x27;utilisation" in client.get(french.terms_page.url).content.decode()


def test_members_have_varied_profiles_and_recorded_consents(demo):
    profiles = Profile.objects.filter(user__username__in=DEMO_PROFILES)
    assert {p.visibility for p in profiles} == {"everyone", "members", "nobody"}
    assert {p.user_type for p in profiles} >= {"applicant", "advertiser"}
    assert len({p.preferred_language for p in profiles}) >= 3

    applicant = profiles.get(user__username="applicant")
    assert set(applicant.skills.names()) == {"SQL", "Excel", "Python"}
    assert applicant.job_title and applicant.email_confirmed
    for username in DEMO_PROFILES:
        kinds = Consent.objects.filter(user__username=username).values_list("kind", flat=True)
        assert sorted(kinds) == ["privacy", "terms"]


def test_the_unconfirmed_demo_account_cannot_sign_in(demo, client):
    assert not Profile.objects.get(user__username=UNCONFIRMED).email_confirmed

    response = client.post(
        "/en/account/login/", {"username": UNCONFIRMED, "password": DEMO_PASSWORD}
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("username", [*STAFF, MFA_MEMBER])
def test_staff_and_the_mfa_member_have_a_demo_authenticator(demo, username):
    device = TOTPDevice.objects.get(user__username=username)
    assert device.confirmed and device.key == DEMO_TOTP_KEY
    assert device.verify_token(demo_code(username))


def test_the_mfa_member_signs_in_with_the_printed_code(demo, client):
    response = client.post(
        "/en/account/login/", {"username": MFA_MEMBER, "password": DEMO_PASSWORD}
    )
    assert response["Location"].startswith("/en/account/login/verify/")

    response = client.post("/en/account/login/verify/", {"code": demo_code(MFA_MEMBER)})

    assert response.status_code == 302
    assert client.get("/en/account/").status_code == 200


def test_demo_totp_refuses_accounts_without_a_demo_authenticator(demo):
    with pytest.raises(Exception, match="advertiser has no demo authenticator"):
        demo_code("advertiser")


def test_the_demo_command_says_how_to_get_a_code(demo):
    output = StringIO()
    call_command("saypro_demo", stdout=output)
    assert "make demo-code USER=admin" in output.getvalue()


def test_the_header_offers_sign_in_and_sign_up_in_the_visitors_language(demo, client):
    french_sign_up = RegistrationPage.objects.get(locale__language_code="fr").url

    header = client.get("/fr/").content.decode().split("</header>")[0]

    assert 'href="/fr/account/login/"' in header
    assert f'href="{french_sign_up}"' in header
    assert "My account" not in header


def test_the_header_links_signed_in_members_to_their_account(demo, client):
    client.force_login(get_user_model().objects.get(username="advertiser"))

    header = client.get("/en/").content.decode().split("</header>")[0]

    assert '<a href="/en/account/">My account</a>' in header
    assert "/en/account/login/" not in header
