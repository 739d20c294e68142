"""Escalations of support requests, reviewed through a Wagtail workflow.

The request itself stays a plain snippet (a workflow on it would turn its edit form into
drafts); each escalation is a small draftable object that goes through the "Support escalation"
workflow, so it shows in Wagtail's workflow screens and in the supervisors' "Awaiting your review".
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin


class Escalation(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A request handed to the supervisors; approval (publication) means it has been handled."""

    request = models.ForeignKey(
        "saypro_support.SupportRequest",
        verbose_name=_("support request"),
        on_delete=models.CASCADE,
        related_name="escalations",
    )
    reason = models.TextField(_("reason"))
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("raised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    raised_at = models.DateTimeField(_("raised at"), default=timezone.now)
    outcome = models.TextField(
        _("outcome"), blank=True, help_text=_("What the supervisor decided or did.")
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        ordering = ["-raised_at"]

    def __str__(self):
        return _("Escalation of %(reference)s") % {"reference": self.request.reference}

    def get_admin_display_title(self):
        return str(self)
