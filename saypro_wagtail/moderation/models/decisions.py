"""Moderators' decisions: the managed list of rejection reasons and the record of each decision."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

from ..choices import DECISION_CHOICES


class RejectionReason(TranslatableMixin, models.Model):
    """Why an ad can be rejected, with guidance the owner receives; one per language."""

    code = models.SlugField(
        _("code"), max_length=50, help_text=_("Short, stable name used in reports.")
    )
    title = models.CharField(_("title"), max_length=120)
    guidance = models.TextField(
        _("what to change"), help_text=_("Sent to the owner with the moderator's message.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("active"), default=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("rejection reason")
        verbose_name_plural = _("rejection reasons")
        ordering = ["sort_order", "title"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="saypro_rejection_code_unique")
        ]

    def __str__(self):
        return self.title


class ModerationDecision(models.Model):
    """A moderator approved or rejected one submission; the source of the moderation reports."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=DECISION_CHOICES)
    reason = models.ForeignKey(
        RejectionReason,
        verbose_name=_("reason"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept apart from ``reason`` so reports still group by it after the reason is deleted.
    reason_code = models.CharField(_("reason code"), max_length=50, blank=True, db_index=True)
    message = models.TextField(_("message to the owner"), blank=True)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-decided_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "-decided_at"])]

    def __str__(self):
        return f"{self.get_outcome_display()} {self.decided_at:%Y-%m-%d}"
