"""Deliver one notification from the outbox, exactly once, with retries and backoff."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.utils import timezone

from saypro_wagtail.conf import saypro_settings

from .models import EMAIL, FAILED, SENT, Notification
from .rendering import render_notification
from .sms import get_sms_backend

logger = logging.getLogger("saypro_wagtail.notifications")

# Errors that another attempt cannot fix: the message itself is broken.
PERMANENT_ERRORS = (TemplateDoesNotExist, TemplateSyntaxError)


@dataclass
class Outcome:
    status: str  # "sent", "retry", "failed" or "skipped"
    retry_in: int | None = None


SKIPPED = Outcome("skipped")


def deliver(notification_id: int, now=None) -> Outcome:
    """Send the notification if it is pending and due; record the result.

    The row is locked while it is sent, so the queued task and the outbox drain never both
    send it (``skip_locked`` makes the loser move on instead of waiting).
    """
    now = now or timezone.now()
    with transaction.atomic():
        rows = Notification.objects.select_related("user")
        if connection.features.has_select_for_update_skip_locked:
            rows = rows.select_for_update(skip_locked=True, of=("self",))
        notification = rows.due(now).filter(pk=notification_id).first()
        if notification is None:
            return SKIPPED
        notification.attempts += 1
        try:
            send(notification)
        except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
            return _record_failure(notification, error, now)
        notification.status = SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["status", "sent_at", "attempts", "last_error"])
    return Outcome(SENT)


def _record_failure(notification: Notification, error: Exception, now) -> Outcome:
    notification.last_error = f"{type(error).__name__}: {error}"[:2000]
    permanent = isinstance(error, PERMANENT_ERRORS)
    if permanent or notification.attempts >= saypro_settings.NOTIFICATION_MAX_ATTEMPTS:
        notification.status = FAILED
        outcome = Outcome(FAILED)
        logger.error("Notification %s failed for good: %s", notification.pk, error)
    else:
        delay = notification.retry_delay()
        notification.next_attempt_at = now + timedelta(seconds=delay)
        outcome = Outcome("retry", delay)
        logger.warning(
            "Notification %s failed (attempt %s), retrying in %ss: %s",
            notification.pk,
            notification.attempts,
            delay,
            error,
        )
    notification.save(update_fields=["status", "attempts", "last_error", "next_attempt_at"])
    return outcome


def send(notification: Notification) -> None:
    """Render and hand the message to Django's mail backend or the SMS backend."""
    message = render_notification(notification)
    if notification.channel == EMAIL:
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.text,
            from_email=saypro_settings.from_email,
            to=[notification.recipient],
        )
        if message.html:
            email.attach_alternative(message.html, "text/html")
        email.send()
    else:
        get_sms_backend().send(notification.recipient, message.text)


def drain_outbox(now=None) -> int:
    """Deliver notifications that no queued task delivered; returns how many were sent."""
    now = now or timezone.now()
    batch = saypro_settings.NOTIFICATION_OUTBOX_BATCH
    ids = list(
        Notification.objects.abandoned(now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:batch]
    )
    return sum(deliver(pk, now).status == SENT for pk in ids)


def purge_sent(now=None) -> int:
    """Delete sent notifications older than ``SAYPRO_NOTIFICATION_KEEP_DAYS``."""
    cutoff = (now or timezone.now()) - timedelta(days=saypro_settings.NOTIFICATION_KEEP_DAYS)
    deleted, _ = Notification.objects.filter(status=SENT, sent_at__lt=cutoff).delete()
    return deleted
