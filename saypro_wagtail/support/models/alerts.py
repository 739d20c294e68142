"""Which SLA alerts went out, so each is sent once per request, kind and stage."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SLAAlert(models.Model):
    """One alert to the supervisors: an SLA is about to be, or has been, breached."""

    FIRST_RESPONSE_DUE_SOON = "first_response_due_soon"
    FIRST_RESPONSE_BREACHED = "first_response_breached"
    RESOLUTION_DUE_SOON = "resolution_due_soon"
    RESOLUTION_BREACHED = "resolution_breached"
    KIND_CHOICES = [
        (FIRST_RESPONSE_DUE_SOON, _("First response due soon")),
        (FIRST_RESPONSE_BREACHED, _("First response overdue")),
        (RESOLUTION_DUE_SOON, _("Resolution due soon")),
        (RESOLUTION_BREACHED, _("Resolution overdue")),
    ]

    request = models.ForeignKey(
        "saypro_support.SupportRequest",
        verbose_name=_("support request"),
        on_delete=models.CASCADE,
        related_name="sla_alerts",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=KIND_CHOICES)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("SLA alert")
        verbose_name_plural = _("SLA alerts")
        constraints = [
            models.UniqueConstraint(fields=["request", "kind"], name="saypro_sla_alert_once")
        ]

    def __str__(self):
        return f"{self.request_id}: {self.kind}"
