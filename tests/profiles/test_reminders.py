"""Daily account reminders: confirm your address, complete your profile — once, if wanted."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from saypro_wagtail.profiles import reminders
from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.profiles.reminders import send_account_reminders
from saypro_wagtail.profiles.tasks import send_account_reminders_task
from saypro_wagtail.schedules import beat_schedule
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db
NOW = timezone.now()
COMPLETE = {"display_name": "Amina N.", "bio": "Teacher.", "location": "Durban", "phone": "+27 1"}


def signed_up(username, days_ago, *, confirmed=False, **profile_fields):
    user = make_user(username, confirmed=confirmed, **profile_fields)
    then = NOW - timedelta(days=days_ago)
    Profile.objects.filter(user=user).update(
        created_at=then, email_confirmed_at=then if confirmed else None
    )
    return user


def run(django_capture_on_commit_callbacks, now=NOW):
    with django_capture_on_commit_callbacks(execute=True):
        return send_account_reminders(now)


def messages_to(email):
    return [message for message in mail.outbox if email in message.to]


def link_in(message, path_fragment):
    return re.search(rf"http://testserver\S*{path_fragment}\S*", message.body).group(0)


# Unconfirmed accounts


def test_unconfirmed_account_gets_one_reminder_with_a_link_that_confirms_it(
    client, django_capture_on_commit_callbacks
):
    user = signed_up("sipho", days_ago=3)

    result = run(django_capture_on_commit_callbacks)

    assert result.confirmation_reminders == 1
    [message] = mail.outbox
    assert message.to == ["sipho@example.com"]
    assert message.subject == "Please confirm your e-mail address"
    assert "have not confirmed your e-mail address yet" in message.body
    url = link_in(message, "/en/account/confirm/")
    assert f'href="{url}"' in message.alternatives[0][0]
    response = client.get(url.removeprefix("http://testserver"))
    assert "your e-mail address is confirmed" in response.content.decode()
    assert Profile.objects.get(user=user).email_confirmed


def test_recent_sign_ups_are_not_reminded_yet(django_capture_on_commit_callbacks, settings):
    settings.SAYPRO_PROFILES_UNCONFIRMED_REMINDER_DAYS = 2
    signed_up("sipho", days_ago=1)

    assert run(django_capture_on_commit_callbacks).confirmation_reminders == 0
    assert mail.outbox == []


def test_running_twice_sends_the_confirmation_reminder_once(django_capture_on_commit_callbacks):
    user = signed_up("sipho", days_ago=3)

    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks, now=NOW + timedelta(days=5))

    assert len(messages_to("sipho@example.com")) == 1
    assert Profile.objects.get(user=user).confirmation_reminded_at == NOW


def test_a_run_that_read_the_same_accounts_before_another_sent_sends_nothing_more(
    django_capture_on_commit_callbacks, monkeypatch
):
    signed_up("sipho", days_ago=3)
    signed_up("amina", days_ago=8, confirmed=True)
    # What a second, overlapping run read before the first one claimed the reminders.
    stale_unconfirmed = list(reminders.unconfirmed_due_for_reminder(NOW))
    stale_incomplete = list(reminders.incomplete_due_for_reminder(NOW))
    run(django_capture_on_commit_callbacks)

    monkeypatch.setattr(reminders, "unconfirmed_due_for_reminder", lambda now: stale_unconfirmed)
    monkeypatch.setattr(reminders, "incomplete_due_for_reminder", lambda now: stale_incomplete)
    result = run(django_capture_on_commit_callbacks)

    assert result.confirmation_reminders == result.completion_reminders == 0
    assert len(mail.outbox) == 2


def test_confirmation_reminder_link_is_in_the_members_language(django_capture_on_commit_callbacks):
    signed_up("marie", days_ago=3, preferred_language="fr")

    run(django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert link_in(message, "/fr/account/confirm/")


def test_confirmed_accounts_get_no_confirmation_reminder(django_capture_on_commit_callbacks):
    signed_up("amina", days_ago=3, confirmed=True, **COMPLETE)

    assert run(django_capture_on_commit_callbacks).confirmation_reminders == 0
    assert mail.outbox == []


# Incomplete profiles


def test_incomplete_profile_gets_one_reminder_listing_what_is_missing(
    django_capture_on_commit_callbacks,
):
    signed_up("amina", days_ago=8, confirmed=True, display_name="Amina N.", location="Durban")

    result = run(django_capture_on_commit_callbacks)

    assert result.completion_reminders == 1
    [message] = mail.outbox
    assert message.subject == "Complete your profile"
    assert "- About me" in message.body and "- Phone" in message.body
    assert "Display name" not in message.body and "Location" not in message.body
    url = link_in(message, "/en/account/profile/")
    assert f'href="{url}"' in message.alternatives[0][0]


def test_complete_profiles_and_recent_confirmations_are_not_reminded(
    django_capture_on_commit_callbacks, settings
):
    settings.SAYPRO_PROFILES_INCOMPLETE_REMINDER_DAYS = 7
    signed_up("complete", days_ago=30, confirmed=True, **COMPLETE)
    signed_up("fresh", days_ago=3, confirmed=True)

    assert run(django_capture_on_commit_callbacks).completion_reminders == 0
    assert mail.outbox == []


def test_the_delay_counts_from_the_confirmation_not_the_sign_up(
    django_capture_on_commit_callbacks,
):
    user = signed_up("late", days_ago=30)
    Profile.objects.filter(user=user).update(email_confirmed_at=NOW - timedelta(days=2))

    run(django_capture_on_commit_callbacks)

    assert messages_to("late@example.com") == []


def test_running_twice_sends_the_completion_reminder_once(django_capture_on_commit_callbacks):
    signed_up("amina", days_ago=8, confirmed=True)

    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks, now=NOW + timedelta(days=30))

    assert len(messages_to("amina@example.com")) == 1


def test_staff_are_not_asked_to_complete_a_member_profile(django_capture_on_commit_callbacks):
    editor = signed_up("editor", days_ago=30, confirmed=True)
    editor.groups.add(admin_access_group())

    run(django_capture_on_commit_callbacks)

    assert messages_to("editor@example.com") == []


def admin_access_group():
    group = Group.objects.create(name="Admin users")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


# Who gets nothing


@pytest.mark.parametrize("confirmed, days_ago", [(False, 3), (True, 8)])
def test_members_who_switched_reminders_off_get_nothing(
    django_capture_on_commit_callbacks, confirmed, days_ago
):
    signed_up(
        "quiet",
        days_ago=days_ago,
        confirmed=confirmed,
        notification_preferences={"account_reminders": []},
    )

    result = run(django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert result.confirmation_reminders == result.completion_reminders == 0


@pytest.mark.parametrize("confirmed, days_ago", [(False, 3), (True, 8)])
def test_deactivated_accounts_get_nothing(django_capture_on_commit_callbacks, confirmed, days_ago):
    user = signed_up("gone", days_ago=days_ago, confirmed=confirmed)
    user.is_active = False
    user.save()

    run(django_capture_on_commit_callbacks)

    assert mail.outbox == []


# Deleting abandoned sign-ups


def test_unconfirmed_accounts_are_kept_unless_the_site_asks_to_delete_them(
    django_capture_on_commit_callbacks, settings
):
    settings.SAYPRO_PROFILES_UNCONFIRMED_DELETE_DAYS = None
    signed_up("sipho", days_ago=400)

    assert run(django_capture_on_commit_callbacks).deleted_unconfirmed == 0
    assert get_user_model().objects.filter(username="sipho").exists()


def test_accounts_unconfirmed_past_the_limit_are_deleted(
    django_capture_on_commit_callbacks, settings
):
    settings.SAYPRO_PROFILES_UNCONFIRMED_DELETE_DAYS = 30
    signed_up("abandoned", days_ago=31)
    signed_up("waiting", days_ago=10)
    signed_up("member", days_ago=31, confirmed=True, **COMPLETE)

    assert run(django_capture_on_commit_callbacks).deleted_unconfirmed == 1

    remaining = set(get_user_model().objects.values_list("username", flat=True))
    assert {"waiting", "member"} <= remaining and "abandoned" not in remaining


# Scheduling


def test_the_task_runs_daily_and_reports_what_it_did(django_capture_on_commit_callbacks):
    signed_up("sipho", days_ago=3)
    signed_up("amina", days_ago=8, confirmed=True)

    with django_capture_on_commit_callbacks(execute=True):
        result = send_account_reminders_task.apply().get()

    assert result == {
        "confirmation_reminders": 1,
        "completion_reminders": 1,
        "deleted_unconfirmed": 0,
    }
    entry = beat_schedule()["saypro-account-reminders"]
    assert entry["task"] == "saypro_wagtail.profiles.send_account_reminders"
    assert entry["schedule"].hour == {9} and entry["schedule"].minute == {30}
