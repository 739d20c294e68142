"""Deleting an account: no personal data left in the database, the organisation's records kept."""

import pytest
from django.apps import apps
from django.contrib.auth import SESSION_KEY, authenticate, get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.db import models
from django.test import Client, override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from saypro_wagtail.helpcenter.models import ArticleRating, ArticleRatingSummary
from saypro_wagtail.notifications.models import Notification
from saypro_wagtail.profiles import activity, signals
from saypro_wagtail.profiles.data_rights import PersonalDataProvider
from saypro_wagtail.profiles.erasure import NOTICE_TEMPLATE, erase_account
from saypro_wagtail.profiles.models import Consent, Profile, ProfileDocument
from tests.conftest import verified_login
from tests.profiles import test_data_export as export_tests
from tests.profiles.conftest import PASSWORD, make_user
from tests.profiles.test_data_export import EMAIL

DELETE_URL = "saypro_profiles:delete_account"
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)

# The member with data everywhere, from the export tests.
amina = export_tests.amina
articles = export_tests.articles
private_files = export_tests.private_files


def personal_values(user):
    profile = user.saypro_profile
    return {
        "e-mail": user.email,
        "user name": user.get_username(),
        "display name": profile.display_name,
        "phone": profile.phone,
        "bio": profile.bio,
        "last name": user.last_name,
    }


def rows_still_holding(value, *, except_notice=True):
    """Every (model, field) whose column still contains ``value``, in any table."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = model._default_manager.all()
        if except_notice and model is Notification:
            rows = rows.exclude(template=NOTICE_TEMPLATE)
        for field in model._meta.concrete_fields:
            if isinstance(field, TEXT_FIELDS) and rows.filter(
                **{f"{field.name}__icontains": value}
            ):
                found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.fixture
def erase(django_capture_on_commit_callbacks):
    def erase(user, by=None):
        with django_capture_on_commit_callbacks(execute=True):
            erase_account(user, by=by if by is not None else user)

    return erase


@pytest.fixture
def signed_in_elsewhere(amina):
    """Amina is also signed in on another device."""
    other_device = Client()
    other_device.force_login(amina)
    return other_device


def sessions_of(user):
    return [s for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(user.pk)]


# The erasure service ------------------------------------------------------------------------


def test_no_row_in_any_table_still_holds_her_personal_data(amina, signed_in_elsewhere, erase):
    values = personal_values(amina)
    for value in values.values():
        assert rows_still_holding(value), "the scan must see the data before the erasure"

    erase(amina)

    for what, value in values.items():
        assert rows_still_holding(value) == [], f"{what} {value!r} is still stored"


def test_profile_consents_documents_and_devices_are_gone(amina, private_files, erase):
    stored = [document.file.name for document in ProfileDocument.objects.filter(user=amina)]
    assert all(private_files.exists(name) for name in stored)

    erase(amina)

    assert not Profile.objects.filter(user=amina).exists()
    assert not Consent.objects.filter(user=amina).exists()
    assert not ProfileDocument.objects.filter(user=amina).exists()
    assert not any(private_files.exists(name) for name in stored)
    assert not TOTPDevice.objects.filter(user=amina).exists()
    assert not StaticDevice.objects.filter(user=amina).exists()
    assert not StaticToken.objects.filter(token="q7rk2m9x").exists()


class UnreachableArchive(PersonalDataProvider):
    name = "archive"
    label = "Archive"

    def erase(self, user):
        raise ConnectionError("archive offline")


@override_settings(SAYPRO_PROFILES_PERSONAL_DATA_PROVIDERS=[f"{__name__}.UnreachableArchive"])
def test_a_failing_provider_undoes_the_whole_erasure(amina, private_files, erase):
    stored = [document.file.name for document in ProfileDocument.objects.filter(user=amina)]
    mail.outbox.clear()

    with pytest.raises(ConnectionError):
        erase(amina)

    amina.refresh_from_db()
    assert amina.is_active and amina.username == "amina_dlamini"
    assert Profile.objects.filter(user=amina).exists()
    assert ProfileDocument.objects.filter(user=amina).count() == len(stored) == 1
    assert all(private_files.exists(name) for name in stored)
    assert TOTPDevice.objects.filter(user=amina).exists()
    assert mail.outbox == []


def test_her_photo_file_is_deleted_once_the_erasure_commits(amina, erase):
    profile = amina.saypro_profile
    profile.photo.save("amina.png", ContentFile(b"not decoded here"), save=True)
    storage, name = profile.photo.storage, profile.photo.name
    assert storage.exists(name)

    erase(amina)

    assert not storage.exists(name)


def test_she_is_signed_out_on_every_device(amina, signed_in_elsewhere, erase):
    assert sessions_of(amina)

    erase(amina)

    assert sessions_of(amina) == []
    response = signed_in_elsewhere.get(reverse("saypro_profiles:dashboard"))
    assert response.status_code == 302


def test_her_votes_still_count_without_her_name_or_comments(amina, articles, erase):
    summary_before = ArticleRatingSummary.objects.filter(page=articles[0]).first()
    votes = ArticleRating.objects.filter(page__in=articles).count()

    erase(amina)

    assert ArticleRating.objects.filter(page__in=articles).count() == votes
    assert not ArticleRating.objects.filter(user=amina).exists()
    kept = ArticleRating.objects.get(page=articles[0])
    assert kept.user_id is None
    assert kept.comment == ""
    assert kept.helpful is True
    summary_after = ArticleRatingSummary.objects.filter(page=articles[0]).first()
    assert (summary_after and summary_after.total) == (summary_before and summary_before.total)


def test_the_user_row_stays_anonymised_and_inactive(amina, erase):
    pk = amina.pk

    erase(amina)

    user = get_user_model().objects.get(pk=pk)
    assert user.username == f"erased-{pk}"
    assert user.email == ""
    assert (user.first_name, user.last_name) == ("", "")
    assert user.is_active is False
    assert not user.has_usable_password()


def test_the_erased_account_cannot_sign_in(client, amina, erase):
    erase(amina)

    assert authenticate(username="amina_dlamini", password=PASSWORD) is None
    assert authenticate(username=EMAIL, password=PASSWORD) is None
    response = client.post(
        reverse("saypro_profiles:login"), {"username": EMAIL, "password": PASSWORD}
    )
    assert SESSION_KEY not in client.session
    assert response.status_code == 200


def test_a_last_email_goes_to_the_old_address_and_earlier_messages_are_gone(amina, erase):
    mail.outbox.clear()
    assert Notification.objects.filter(recipient=EMAIL).exists()

    erase(amina)

    [notice] = mail.outbox
    assert notice.to == [EMAIL]
    assert "deleted" in notice.subject
    assert "Amina" not in notice.body
    [row] = Notification.objects.filter(recipient__iexact=EMAIL)
    assert row.template == NOTICE_TEMPLATE
    assert row.user_id is None
    assert not Notification.objects.filter(user=amina).exists()


def test_the_erasure_is_logged_with_who_did_it_and_old_labels_are_anonymised(
    amina, superuser, erase
):
    assert ModelLogEntry.objects.for_instance(amina).filter(label="amina_dlamini").exists()

    erase(amina, by=superuser)

    [entry] = ModelLogEntry.objects.for_instance(amina).filter(action=activity.ERASED)
    assert entry.user_id == superuser.pk
    assert entry.label == f"erased-{amina.pk}"
    assert entry.data == {}
    labels = set(ModelLogEntry.objects.for_instance(amina).values_list("label", flat=True))
    assert labels == {f"erased-{amina.pk}"}


def test_apps_hear_about_the_erasure(amina, erase):
    heard = []

    def receiver(sender, user, by, **kwargs):
        heard.append((user.pk, by.pk, user.get_username()))

    signals.account_erased.connect(receiver)
    try:
        erase(amina)
    finally:
        signals.account_erased.disconnect(receiver)

    assert heard == [(amina.pk, amina.pk, f"erased-{amina.pk}")]


# The delete-my-account page ----------------------------------------------------------------


def delete(client, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse(DELETE_URL), data)


def test_page_explains_what_is_deleted_and_what_is_kept(client, amina):
    verified_login(client, amina)
    page = client.get(reverse(DELETE_URL)).content.decode()

    assert "What is deleted" in page
    assert "What is kept, without your name" in page
    assert 'type="password"' in page
    assert "Type the word DELETE to confirm" in page


def test_member_deletes_her_account_and_is_signed_out(
    client, amina, django_capture_on_commit_callbacks
):
    verified_login(client, amina)
    mail.outbox.clear()

    response = delete(
        client, django_capture_on_commit_callbacks, password=PASSWORD, confirmation="delete"
    )

    assert response.status_code == 200
    assert "Your account was deleted" in response.content.decode()
    assert SESSION_KEY not in client.session
    assert not Profile.objects.filter(user=amina).exists()
    amina.refresh_from_db()
    assert amina.is_active is False
    assert [message.to for message in mail.outbox] == [[EMAIL]]
    entry = ModelLogEntry.objects.for_instance(amina).get(action=activity.ERASED)
    assert entry.user_id == amina.pk


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"password": "not-my-password", "confirmation": "DELETE"},
            "password",
            "This is not your current password.",
        ),
        ({"password": PASSWORD, "confirmation": ""}, "confirmation", "This field is required."),
        (
            {"password": PASSWORD, "confirmation": "yes"},
            "confirmation",
            "Type DELETE (in capitals or not) to confirm.",
        ),
    ],
)
def test_wrong_password_or_missing_confirmation_deletes_nothing(
    client, amina, django_capture_on_commit_callbacks, data, field, message
):
    verified_login(client, amina)
    mail.outbox.clear()

    response = delete(client, django_capture_on_commit_callbacks, **data)

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    page = response.content.decode()
    assert f'id="id_{field}_error_1"' in page
    assert 'aria-invalid="true"' in page
    if data["confirmation"]:
        assert f'value="{data["confirmation"]}"' in page  # what was typed is kept
    assert Profile.objects.filter(user=amina).exists()
    amina.refresh_from_db()
    assert amina.is_active and amina.username == "amina_dlamini"
    assert mail.outbox == []


def test_staff_cannot_delete_their_own_account_here(db, client, django_capture_on_commit_callbacks):
    staff = make_user("grace", display_name="Grace")
    staff.is_staff = True
    staff.save()
    verified_login(client, staff)

    page = client.get(reverse(DELETE_URL))
    response = delete(
        client, django_capture_on_commit_callbacks, password=PASSWORD, confirmation="DELETE"
    )

    assert "Ask an administrator" in page.content.decode()
    assert "form" not in page.context or page.context.get("form") is None
    assert response.status_code == 403
    staff.refresh_from_db()
    assert staff.is_active and staff.username == "grace"
    assert Profile.objects.filter(user=staff).exists()


def test_visitors_are_sent_to_sign_in(db, client):
    response = client.get(reverse(DELETE_URL))

    assert response.status_code == 302
    assert reverse("saypro_profiles:login") in response["Location"]
