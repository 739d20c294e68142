"""Which SLA alerts went out, so each is sent once per request, kind and stage."""

from django.db import models
from django.urls import NoReverseMatch, reverse
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

    @property
    def is_breach(self) -> bool:
        return self.kind in (self.FIRST_RESPONSE_BREACHED, self.RESOLUTION_BREACHED)

    @property
    def due_at(self):
        if self.kind.startswith("first_response"):
            return self.request.first_response_due_at
        return self.request.resolution_due_at

    @property
    def request_admin_path(self) -> str:
        """The request's page in the admin ("" when the admin views are not registered)."""
        model = type(self.request)
        for view in ("inspect", "edit"):
            try:
                return reverse(model.snippet_viewset.get_url_name(view), args=[self.request_id])
            except (AttributeError, NoReverseMatch):
                continue
        return ""
