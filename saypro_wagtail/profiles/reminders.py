"""Account reminders, run daily: confirm your e-mail address, complete your profile.

Each account hears about each at most once. The reminder's ``*_reminded_at`` column is claimed
with a conditional UPDATE in the same transaction that queues the e-mail, so two runs at the same
time cannot both send it. Members who switched the ``account_reminders`` event off, and
deactivated accounts, get nothing.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import capfirst

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import notify_user
from saypro_wagtail.notifications.events import user_wants
from saypro_wagtail.notifications.language import recipient_language
from saypro_wagtail.notifications.models import EMAIL

from .models import Profile
from .notification_events import ACCOUNT_REMINDERS
from .registration import absolute_url_for, confirmation_url
from .staff import staff_users

UNCONFIRMED_TEMPLATE = "saypro_profiles/notifications/unconfirmed_reminder"
INCOMPLETE_TEMPLATE = "saypro_profiles/notifications/incomplete_profile_reminder"


@dataclass
class ReminderRun:
    """What one run did, for the task's result and the logs."""

    confirmation_reminders: int = 0
    completion_reminders: int = 0
    deleted_unconfirmed: int = 0


def unconfirmed_due_for_reminder(now=None):
    """Profiles of active accounts still unconfirmed some days after sign-up, never reminded."""
    cutoff = (now or timezone.now()) - timedelta(
        days=saypro_settings.PROFILES_UNCONFIRMED_REMINDER_DAYS
    )
    return (
        Profile.objects.filter(
            email_confirmed_at__isnull=True,
            confirmation_reminded_at__isnull=True,
            created_at__lte=cutoff,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("pk")
    )


def incomplete_due_for_reminder(now=None):
    """Profiles of active member accounts left incomplete some days after confirmation.

    Staff accounts are left out: their profile is not what they use the site for.
    """
    cutoff = (now or timezone.now()) - timedelta(
        days=saypro_settings.PROFILES_INCOMPLETE_REMINDER_DAYS
    )
    return (
        Profile.objects.filter(
            incomplete_q(),
            email_confirmed_at__lte=cutoff,
            created_at__lte=cutoff,
            completion_reminded_at__isnull=True,
            user__is_active=True,
        )
        .exclude(user__in=staff_users())
        .select_related("user")
        .order_by("pk")
    )


def incomplete_q() -> Q:
    """Profiles missing at least one of ``Profile.completion_fields``."""
    condition = Q()
    for name in Profile.completion_fields:
        missing = Q(**{name: ""})
        if Profile._meta.get_field(name).null:
            missing |= Q(**{f"{name}__isnull": True})
        condition |= missing
    return condition


def unconfirmed_due_for_deletion(now=None):
    """Active non-staff accounts never confirmed within ``PROFILES_UNCONFIRMED_DELETE_DAYS``."""
    days = saypro_settings.PROFILES_UNCONFIRMED_DELETE_DAYS
    if days is None:
        return get_user_model()._default_manager.none()
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return (
        get_user_model()
        ._default_manager.filter(
            saypro_profile__email_confirmed_at__isnull=True,
            saypro_profile__created_at__lte=cutoff,
            is_active=True,
        )
        .exclude(pk__in=staff_users().values("pk"))
    )


def wants_reminders(user) -> bool:
    return user_wants(user, ACCOUNT_REMINDERS, EMAIL)


def send_confirmation_reminders(now=None) -> int:
    """One reminder, with a fresh confirmation link, per unconfirmed account; returns e-mails."""
    now = now or timezone.now()
    sent = 0
    for profile in unconfirmed_due_for_reminder(now):
        user = profile.user
        email = getattr(user, user.get_email_field_name(), "")
        if not email or not wants_reminders(user):
            continue
        with transaction.atomic():
            if not _claim(profile, "confirmation_reminded_at", now):
                continue  # another run got there first
            notify_user(
                user,
                UNCONFIRMED_TEMPLATE,
                {"user": user, "confirm_url": confirmation_url(user, email)},
            )
        sent += 1
    return sent


def send_completion_reminders(now=None) -> int:
    """One reminder listing what is missing per incomplete profile; returns e-mails queued."""
    now = now or timezone.now()
    sent = 0
    for profile in incomplete_due_for_reminder(now):
        user = profile.user
        if not profile.missing_fields or not wants_reminders(user):
            continue
        with transaction.atomic():
            if not _claim(profile, "completion_reminded_at", now):
                continue
            notify_user(
                user,
                INCOMPLETE_TEMPLATE,
                {
                    "user": user,
                    "missing": missing_field_labels(profile, user),
                    "profile_url": absolute_url_for(user, "saypro_profiles:edit_profile"),
                },
            )
        sent += 1
    return sent


def missing_field_labels(profile, user) -> list[str]:
    # Stored with the queued e-mail as plain text, so translated now, in the reader's language.
    with translation.override(recipient_language(user)):
        return [
            str(capfirst(Profile._meta.get_field(name).verbose_name))
            for name in profile.missing_fields
        ]


def delete_unconfirmed_accounts(now=None) -> int:
    """Delete accounts never confirmed in time (only if the setting asks for it)."""
    deleted = 0
    for user in unconfirmed_due_for_deletion(now):
        user.delete()
        deleted += 1
    return deleted


def send_account_reminders(now=None) -> ReminderRun:
    """The daily run: confirmation reminders, then deletions, then completion reminders."""
    now = now or timezone.now()
    run = ReminderRun()
    run.confirmation_reminders = send_confirmation_reminders(now)
    run.deleted_unconfirmed = delete_unconfirmed_accounts(now)
    run.completion_reminders = send_completion_reminders(now)
    return run


def _claim(profile, column: str, now) -> bool:
    claimed = Profile.objects.filter(pk=profile.pk, **{f"{column}__isnull": True}).update(
        **{column: now}
    )
    return claimed == 1
