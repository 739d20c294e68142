"""Download my data: everything the apps hold about me, as JSON, never secrets."""

import json
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from saypro_wagtail.helpcenter.models import ArticleRating, HelpCategoryPage, HelpCenterPage
from saypro_wagtail.notifications import send_email
from saypro_wagtail.profiles import activity
from saypro_wagtail.profiles.data_rights import PersonalDataProvider, export_personal_data
from saypro_wagtail.profiles.models import Consent, ProfileDocument
from saypro_wagtail.profiles.storage import PrivateFileSystemStorage
from tests.conftest import verified_login
from tests.helpcenter.conftest import make_article, publish
from tests.profiles.conftest import make_user

DOWNLOAD_URL = "saypro_profiles:download_my_data"
EMAIL = "Amina.Dlamini@example.com"
TEST_MESSAGE = "saypro_wagtail/notifications/test_message"


@pytest.fixture
def private_files(tmp_path, monkeypatch):
    """Resumes and portfolios go to a temporary folder."""
    storage = PrivateFileSystemStorage(location=tmp_path / "private")
    monkeypatch.setattr(ProfileDocument._meta.get_field("file"), "storage", storage)
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield storage


@pytest.fixture
def articles(home_page):
    help_root = publish(home_page, HelpCenterPage(title="Help center", slug="help"))
    category = publish(help_root, HelpCategoryPage(title="Accounts", slug="accounts"))
    return [make_article(category, slug) for slug in ("register", "reset-password", "sign-in")]


def rate(user, article, comment="", helpful=True):
    return ArticleRating.objects.create(page=article, user=user, helpful=helpful, comment=comment)


def add_document(user, name="amina-cv.pdf"):
    document = ProfileDocument(
        user=user, kind="resume", original_name=name, content_type="application/pdf", size=9
    )
    document.file.save("upload", ContentFile(b"%PDF-1.4\n"), save=False)
    document.save()
    return document


def add_mfa(user):
    totp = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    backup.token_set.create(token="q7rk2m9x")
    return totp, backup


@pytest.fixture
def amina(db, private_files, articles):
    """A member with something in every corner: profile, consents, documents, MFA, ratings."""
    user = make_user(
        "amina_dlamini",
        email=EMAIL,
        display_name="Amina Dlamini-Zulu",
        bio="Community nurse in Umlazi, volunteering on weekends.",
        phone="+27 82 555 0199",
        location="Umlazi",
        job_title="Community nurse",
        organisation="Umlazi Clinic",
        preferred_language="en",
        user_type="applicant",
        notification_preferences={"account_reminders": ["email"]},
        ad_categories=["jobs"],
        visibility="nobody",
    )
    user.first_name, user.last_name = "Amina", "Dlamini"
    user.save()
    user.saypro_profile.interests.add("public health")
    user.saypro_profile.skills.add("triage")
    given = timezone.now() - timedelta(days=30)
    for kind in ("terms", "privacy"):
        Consent.objects.create(
            user=user, kind=kind, policy_version="2024-03", given_at=given, policy_url=f"/{kind}/"
        )
    add_document(user)
    add_mfa(user)
    rate(user, articles[0], comment="Amina here: the steps for Umlazi clinics were clear.")
    rate(user, articles[1], helpful=False)
    activity.log_activity(user, activity.PROFILE_CHANGED, data={"fields": ["bio"]})
    send_email(to=EMAIL, template=TEST_MESSAGE, user=user)
    return user


def download(client, user):
    verified_login(client, user)  # she uses two-step verification
    return client.post(reverse(DOWNLOAD_URL))


def test_download_is_a_dated_json_attachment(client, amina):
    response = download(client, amina)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.json"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    data = json.loads(response.content)
    assert set(data) == {"generated_at", "providers"}
    assert {"account", "help_center_ratings", "notifications"} <= set(data["providers"])


def test_download_holds_the_account_and_every_profile_field(client, amina):
    account = json.loads(download(client, amina).content)["providers"]["account"]

    assert account["account"]["username"] == "amina_dlamini"
    assert account["account"]["email"] == EMAIL
    assert account["account"]["first_name"] == "Amina"
    assert account["account"]["date_joined"]
    profile = account["profile"]
    assert profile["display_name"] == "Amina Dlamini-Zulu"
    assert profile["bio"] == "Community nurse in Umlazi, volunteering on weekends."
    assert profile["phone"] == "+27 82 555 0199"
    assert profile["organisation"] == "Umlazi Clinic"
    assert profile["interests"] == ["public health"]
    assert profile["skills"] == ["triage"]
    assert profile["notification_preferences"] == {"account_reminders": ["email"]}
    assert profile["ad_categories"] == ["jobs"]
    assert profile["visibility"] == "nobody"
    assert profile["show_email"] is False


def test_download_holds_consents_with_versions_and_document_details(client, amina):
    account = json.loads(download(client, amina).content)["providers"]["account"]

    assert sorted((c["kind"], c["policy_version"]) for c in account["consents"]) == [
        ("privacy", "2024-03"),
        ("terms", "2024-03"),
    ]
    assert all(consent["given_at"] for consent in account["consents"])
    [document] = account["documents"]
    assert document == {
        "kind": "resume",
        "original_name": "amina-cv.pdf",
        "content_type": "application/pdf",
        "size": 9,
        "uploaded_at": document["uploaded_at"],
    }


def test_download_holds_article_ratings_with_their_comments(client, amina, articles):
    ratings = json.loads(download(client, amina).content)["providers"]["help_center_ratings"]

    assert [(r["page__title"], r["helpful"], r["comment"]) for r in ratings] == [
        (articles[0].title, True, "Amina here: the steps for Umlazi clinics were clear."),
        (articles[1].title, False, ""),
    ]


def test_download_holds_the_activity_log_and_the_messages_sent(client, amina):
    providers = json.loads(download(client, amina).content)["providers"]

    actions = [entry["action"] for entry in providers["account"]["activity"]]
    assert activity.PROFILE_CHANGED in actions
    assert all(
        entry["timestamp"] and entry["description"] for entry in providers["account"]["activity"]
    )
    assert [message["template"] for message in providers["notifications"]] == [TEST_MESSAGE]


def test_download_says_mfa_is_on_but_holds_no_password_hash_key_or_backup_code(client, amina):
    totp = TOTPDevice.objects.get(user=amina)
    response = download(client, amina)
    text = response.content.decode()

    mfa = json.loads(text)["providers"]["account"]["two_step_verification"]
    assert mfa["enabled"] is True
    assert sorted(device["name"] for device in mfa["devices"]) == [
        "Authenticator app",
        "Backup codes",
    ]
    assert amina.password not in text
    assert amina.password.split("$")[-1] not in text
    assert totp.key not in text
    assert "q7rk2m9x" not in text


def test_each_download_is_logged(client, amina):
    download(client, amina)
    download(client, amina)

    exports = ModelLogEntry.objects.for_instance(amina).filter(action=activity.DATA_EXPORTED)
    assert exports.count() == 2
    assert {entry.user_id for entry in exports} == {amina.pk}


def test_a_session_that_skipped_the_code_step_is_asked_for_the_code(client, amina):
    client.force_login(amina)  # e.g. through Wagtail's login page, which asks for no code
    response = client.post(reverse(DOWNLOAD_URL))

    assert response.status_code == 302
    assert reverse("saypro_profiles:login_verify") in response["Location"]
    assert not ModelLogEntry.objects.for_instance(amina).filter(action=activity.DATA_EXPORTED)


def test_opening_the_download_address_shows_the_page_and_does_not_download(client, amina):
    verified_login(client, amina)
    response = client.get(reverse(DOWNLOAD_URL))

    assert response.status_code == 200
    assert "attachment" not in response.get("Content-Disposition", "")
    assert "Download my data" in response.content.decode()
    assert not ModelLogEntry.objects.for_instance(amina).filter(action=activity.DATA_EXPORTED)


def test_my_data_page_lists_what_the_file_holds_and_links_to_deletion(client, amina):
    verified_login(client, amina)
    page = client.get(reverse("saypro_profiles:my_data")).content.decode()

    assert "Help article ratings" in page
    assert "Account and profile" in page
    assert reverse("saypro_profiles:delete_account") in page


def test_visitors_must_sign_in_to_download(client, amina):
    response = client.post(reverse(DOWNLOAD_URL))

    assert response.status_code == 302
    assert reverse("saypro_profiles:login") in response["Location"]


def test_export_queries_do_not_grow_with_the_amount_of_data(amina, articles):
    other = make_user("lindiwe")
    rate(other, articles[0], comment="Useful")
    with CaptureQueriesContext(connection) as little:
        export_personal_data(other)

    for article in articles[2:]:
        rate(amina, article, comment="More")
    add_document(amina, "portfolio.pdf")
    with CaptureQueriesContext(connection) as more:
        export_personal_data(amina)

    assert len(more.captured_queries) == len(little.captured_queries)


class ClubMembershipData(PersonalDataProvider):
    name = "club"
    label = "Club membership"

    def export(self, user):
        return {"member_number": f"C-{user.pk}"}


@override_settings(SAYPRO_PROFILES_PERSONAL_DATA_PROVIDERS=[f"{__name__}.ClubMembershipData"])
def test_a_site_adds_its_own_data_by_dotted_path(client, amina):
    providers = json.loads(download(client, amina).content)["providers"]

    assert providers["club"] == {"member_number": f"C-{amina.pk}"}
