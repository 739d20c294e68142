"""Consents given at registration, kept as evidence with their time and policy version."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import CONSENT_CHOICES


class Consent(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="saypro_consents",
    )
    kind = models.CharField(_("consent to"), max_length=20, choices=CONSENT_CHOICES)
    policy_version = models.CharField(_("policy version"), max_length=50)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    # The page the policy was read on, as it was then.
    policy_url = models.CharField(_("policy address"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.policy_version}"
