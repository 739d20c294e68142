"""Saved copies of the monthly report and who each was sent to."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .periods import KIND_CHOICES, Period


class MonthlyReport(models.Model):
    """The figures of one period (and of the period before, for trends) as computed at a time."""

    kind = models.CharField(_("period type"), max_length=10, choices=KIND_CHOICES)
    period_start = models.DateField(_("first day of the period"))
    figures = models.JSONField(_("figures"), default=dict)
    previous_figures = models.JSONField(_("figures of the previous period"), default=dict)
    created_at = models.DateTimeField(_("computed at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for the copy the scheduled delivery made."),
    )
    scheduled = models.BooleanField(_("made by the scheduled delivery"), default=False)

    class Meta:
        verbose_name = _("saved monthly report")
        verbose_name_plural = _("saved monthly reports")
        ordering = ["-period_start", "-created_at"]
        constraints = [
            # The scheduled delivery makes one copy per period; people may save more.
            models.UniqueConstraint(
                fields=["kind", "period_start"],
                condition=models.Q(scheduled=True),
                name="saypro_one_scheduled_report_per_period",
            )
        ]
        permissions = [("view_monthly_report", _("Can view the monthly report"))]

    def __str__(self):
        return str(self.period.label)

    @property
    def period(self) -> Period:
        return Period(self.kind, self.period_start)

    def rendered_sections(self, with_charts: bool = False) -> list:
        """The stored figures as the report shows them, in the active language."""
        from .rendering import build_report

        return build_report(self.figures, self.previous_figures, with_charts=with_charts)

    @property
    def headline_sections(self) -> list:
        """For templates (the e-mail): each section, whose ``headline_metrics`` come first."""
        return self.rendered_sections()

    @property
    def admin_path(self) -> str:
        """Where the copy opens in the admin (a path; prefix it with the site's address)."""
        from django.urls import reverse

        return reverse("saypro_monthly_report:saved", args=[self.pk])


class MonthlyReportDelivery(models.Model):
    """One e-mail of a saved report to one recipient; unique, so a rerun never sends twice."""

    report = models.ForeignKey(MonthlyReport, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    sent_at = models.DateTimeField(_("queued at"), default=timezone.now)

    class Meta:
        verbose_name = _("monthly report delivery")
        verbose_name_plural = _("monthly report deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "email"], name="saypro_one_delivery_per_recipient"
            )
        ]

    def __str__(self):
        return f"{self.report} → {self.email}"
