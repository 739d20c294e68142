"""Visitors' reports about live content, queued for moderators."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import REPORT_OPEN, REPORT_REASON_CHOICES, REPORT_STATUS_CHOICES


class ContentReport(models.Model):
    """One visitor's report about one piece of moderated content (one per visitor and item)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    reason = models.CharField(_("reason"), max_length=20, choices=REPORT_REASON_CHOICES)
    message = models.TextField(_("details"), max_length=1000, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A hash naming the visitor (account, or session and address), never the address itself.
    reporter_key = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=20, choices=REPORT_STATUS_CHOICES, default=REPORT_OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, db_index=True)
    decision_note = models.TextField(_("moderator's note"), blank=True)

    class Meta:
        verbose_name = _("report from a visitor")
        verbose_name_plural = _("reports from visitors")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter_key"],
                name="saypro_one_report_per_visitor",
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id", "status"])]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.get_status_display()})"
