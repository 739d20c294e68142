"""Expiry and reminders of classified ads (Celery beat runs both).

- :func:`expire_ads` (every 15 minutes): live ads whose expiry date has passed leave the
  listing (:func:`.lifecycle.expire`) and their owner is told, with a link to renew. Ads are
  taken in bounded batches, each row locked with ``SKIP LOCKED`` where the database supports it,
  so two workers never expire the same ad; an expired ad is no longer live, so a second run finds
  nothing to do.
- :func:`remind_expiring_ads` (daily): owners of live ads that expire within
  ``SAYPRO_MODERATION_EXPIRY_REMINDER_DAYS`` get one reminder per expiry date. The reminder is
  claimed by one ``UPDATE … WHERE expiry_reminded_for IS DISTINCT FROM expires_at``: of two runs
  at the same time only one updates the row, so only one sends. Renewing clears the claim, so the
  new expiry date gets its own reminder.

Both e-mails respect the owner's "ad_expiry" notification preference (profiles installed) and go
out in the owner's language through :func:`saypro_wagtail.notifications.notify_user`.
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import connection, transaction
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import notify_user
from saypro_wagtail.notifications.events import user_wants
from saypro_wagtail.notifications.language import recipient_language

from . import lifecycle
from .models import ClassifiedAd

logger = logging.getLogger(__name__)

AD_EXPIRY_EVENT = "ad_expiry"
EXPIRED_TEMPLATE = "saypro_moderation/email/ad_expired"
EXPIRING_TEMPLATE = "saypro_moderation/email/ad_expiring"
# Rows handled per batch, and batches per run: a backlog is worked off over a few runs.
BATCH_SIZE = 200
MAX_BATCHES = 25
# Where owners renew their ads; the dashboard until the owners' ad list exists.
RENEW_URL_NAMES = ("saypro_moderation:my_ads", "saypro_profiles:dashboard")


def renew_url(user) -> str:
    """The absolute address of the owner's ads, in the owner's language, or ``""``."""
    with translation.override(recipient_language(user)):
        for name in RENEW_URL_NAMES:
            try:
                return f"{saypro_settings.site_url}{reverse(name)}"
            except NoReverseMatch:
                continue
    return ""


def _notify(ad, template, **context):
    owner = ad.owner
    if owner is None or not user_wants(owner, AD_EXPIRY_EVENT):
        return None
    return notify_user(
        owner,
        template,
        {"ad": ad, "renew_url": renew_url(owner), **context},
    )


def _lockable(queryset):
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True)
    return queryset.select_for_update()


def due_for_expiry(now):
    return ClassifiedAd.objects.filter(live=True, expires_at__lte=now)


def expire_one(pk, now) -> bool:
    """Expire one ad if it is still live and due (locked meanwhile); True if it expired now."""
    with transaction.atomic():
        ad = _lockable(due_for_expiry(now).filter(pk=pk)).first()
        if ad is None:  # expired, renewed or locked by another worker meanwhile
            return False
        lifecycle.expire(ad)
        _notify(ad, EXPIRED_TEMPLATE)
    return True


@shared_task(name="saypro_wagtail.moderation.expire_ads")
def expire_ads(now=None) -> int:
    """Take every live ad past its expiry date off the listing; returns how many expired."""
    now = now or timezone.now()
    expired, failed = 0, set()
    for _batch in range(MAX_BATCHES):
        pks = list(
            due_for_expiry(now)
            .exclude(pk__in=failed)
            .order_by("expires_at", "pk")
            .values_list("pk", flat=True)[:BATCH_SIZE]
        )
        if not pks:
            break
        for pk in pks:
            try:
                done = expire_one(pk, now)
            except Exception:  # noqa: BLE001 - one broken ad must not stop the others
                logger.exception("Could not expire classified ad %s", pk)
                done = False
            if done:
                expired += 1
            else:
                failed.add(pk)  # not retried in this run (locked elsewhere or broken)
    return expired


def not_reminded_q():
    """The reminder for the current expiry date has not been claimed yet."""
    return Q(expiry_reminded_for__isnull=True) | ~Q(expiry_reminded_for=F("expires_at"))


def due_for_reminder(now):
    horizon = now + timedelta(days=saypro_settings.MODERATION_EXPIRY_REMINDER_DAYS)
    return ClassifiedAd.objects.filter(
        not_reminded_q(), live=True, expires_at__gt=now, expires_at__lte=horizon
    )


def remind_one(pk, now) -> bool:
    """Claim the reminder of one ad and e-mail its owner; False if someone else claimed it."""
    with transaction.atomic():
        claimed = due_for_reminder(now).filter(pk=pk).update(expiry_reminded_for=F("expires_at"))
        if not claimed:
            return False
        ad = ClassifiedAd.objects.select_related("owner").get(pk=pk)
        _notify(ad, EXPIRING_TEMPLATE)
    return True


@shared_task(name="saypro_wagtail.moderation.remind_expiring_ads")
def remind_expiring_ads(now=None) -> int:
    """Remind owners of ads expiring soon, once per expiry date; returns how many were claimed."""
    now = now or timezone.now()
    reminded, failed = 0, set()
    for _batch in range(MAX_BATCHES):
        pks = list(
            due_for_reminder(now)
            .exclude(pk__in=failed)
            .order_by("expires_at", "pk")
            .values_list("pk", flat=True)[:BATCH_SIZE]
        )
        if not pks:
            break
        for pk in pks:  # a claimed ad is no longer due, whoever claimed it
            try:
                reminded += remind_one(pk, now)
            except Exception:  # noqa: BLE001 - one broken ad must not stop the others
                logger.exception("Could not remind the owner of classified ad %s", pk)
                failed.add(pk)
    return reminded
