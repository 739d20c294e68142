"""The notification outbox.

Every e-mail or SMS is first written here, in the same transaction as the change that caused
it, and then handed to a Celery task once that transaction commits. If the broker is down the
row simply waits: the periodic outbox drain delivers whatever no task picked up.
"""

from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings

EMAIL = "email"
SMS = "sms"
CHANNEL_CHOICES = [(EMAIL, _("E-mail")), (SMS, _("SMS"))]

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
STATUS_CHOICES = [(PENDING, _("Pending")), (SENT, _("Sent")), (FAILED, _("Failed"))]


class NotificationQuerySet(models.QuerySet):
    def due(self, now=None):
        """Pending notifications whose next attempt is due."""
        return self.filter(status=PENDING, next_attempt_at__lte=now or timezone.now())

    def abandoned(self, now=None):
        """Due notifications that no queued task has delivered within the grace period."""
        now = now or timezone.now()
        grace = timedelta(seconds=saypro_settings.NOTIFICATION_OUTBOX_GRACE)
        return self.due(now - grace)


class Notification(models.Model):
    """One e-mail or SMS to one recipient, rendered in the recipient's language when sent."""

    channel = models.CharField(_("channel"), max_length=10, choices=CHANNEL_CHOICES)
    recipient = models.CharField(
        _("recipient"), max_length=254, help_text=_("E-mail address or phone number.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    template = models.CharField(
        _("template"),
        max_length=200,
        help_text=_("Folder of the message templates, e.g. saypro_wagtail/notifications/test."),
    )
    context = models.JSONField(_("context"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    language = models.CharField(_("language"), max_length=15)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="saypro_notif_due_idx")]

    def __str__(self):
        return f"{self.get_channel_display()} to {self.recipient} ({self.template})"

    def retry_delay(self) -> int:
        """Seconds to wait after the current number of failed attempts (exponential backoff)."""
        delay = saypro_settings.NOTIFICATION_RETRY_DELAY * 2 ** max(self.attempts - 1, 0)
        return min(delay, saypro_settings.NOTIFICATION_RETRY_MAX_DELAY)
