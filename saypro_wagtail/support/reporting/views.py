"""Support reports in the Wagtail admin: the KPI report (volume, response and resolution times,
SLA breaches, satisfaction, per agent) for a month, a quarter or chosen dates.

Figures are aggregated in the database (see :mod:`.kpis`); the CSV/XLSX export holds the
per-agent table.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.figures import day_bounds, hours
from saypro_wagtail.reports import AppReportView

from .. import sla
from ..choices import CATEGORY_CHOICES, CHANNEL_CHOICES, PRIORITY_CHOICES
from ..models import SupportRequest
from . import filters, kpis
from .charts import bar_chart

VIEW_REPORTS = "saypro_support.view_support_reports"


def one_decimal(value):
    return None if value is None else round(value, 1)


class SupportReportView(AppReportView):
    permission = VIEW_REPORTS
    url_namespace = "saypro_support_reports"
    filename_prefix = "support"
    header_icon = "help"


class KPIReportView(SupportReportView):
    """Support KPIs for the requests logged in the chosen period."""

    page_title = _("Support KPIs")
    url_name = "kpis"
    chart_title = _("Requests by channel")
    results_template_name = "saypro_support/reporting/kpis_results.html"
    filterset_class = filters.PeriodFilterSet
    verbose_name_plural = _("agents")
    list_export = ["agent", "handled", "resolved", "first_response_hours", "csat", "ratings"]
    export_headings = {
        "agent": _("Agent"),
        "handled": _("Requests handled"),
        "resolved": _("Resolved or closed"),
        "first_response_hours": _("Average first response (hours)"),
        "csat": _("Average satisfaction (1–5)"),
        "ratings": _("Ratings"),
    }

    def get_queryset(self):
        return SupportRequest.objects.all()

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        self.period_is_valid = self.filters is None or self.filters.is_valid()
        self.first_day, self.last_day = self.filters.dates()
        start, end = day_bounds(self.first_day, self.last_day)
        if not self.period_is_valid:
            queryset = queryset.none()
        self.period_requests = queryset.filter(logged_at__gte=start, logged_at__lt=end)
        return kpis.per_agent(self.period_requests)

    def decorate_paginated_queryset(self, object_list):
        return [
            {
                "agent": " ".join(
                    filter(None, [row["assigned_to__first_name"], row["assigned_to__last_name"]])
                )
                or row["assigned_to__username"],
                "handled": row["handled"],
                "resolved": row["resolved"],
                "first_response_hours": hours(row["first_response"]),
                "csat": None if row["csat"] is None else round(row["csat"], 2),
                "ratings": row["ratings"],
            }
            for row in object_list
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        context["columns"] = [self.export_headings[name] for name in self.list_export]
        context["period_is_valid"] = self.period_is_valid
        context["period"] = {
            "first": date_format(self.first_day, "DATE_FORMAT"),
            "last": date_format(self.last_day, "DATE_FORMAT"),
        }
        if self.period_is_valid:
            figures = kpis.summary(self.period_requests)
            context["metrics"] = self.metrics(figures)
            context["volumes"] = self.volumes(figures)
            context["chart"] = bar_chart(
                "chart-support-channels", str(self.chart_title), context["volumes"][0]["rows"]
            )
        return context

    def metrics(self, figures):
        return [
            (_("Requests"), figures["total"]),
            (_("Average first response time (hours)"), hours(figures["first_response"])),
            (_("Average response time (hours)"), hours(figures["response"])),
            (_("Average resolution time (hours)"), hours(figures["resolution"])),
            (_("Resolution rate (%)"), figures["resolution_rate"]),
            (_("Resolved or closed without reopening (%)"), figures["closed_without_reopen"]),
            (_("Reopened requests"), figures["reopened"]),
            (_("Escalations"), figures["escalations"]),
            (_("First response SLA breaches"), figures["first_response_breaches"]),
            (_("Resolution SLA breaches"), figures["resolution_breaches"]),
            (_("Average satisfaction (1–5)"), one_decimal(figures["csat"])),
            (_("Satisfaction ratings"), figures["ratings"]),
            (_("Satisfied, 4 or 5 (%)"), figures["satisfied_percent"]),
        ]

    def volumes(self, figures):
        return [
            {
                "title": title,
                "heading": heading,
                "rows": [(label, figures[f"{prefix}_{code}"]) for code, label in choices],
            }
            for title, heading, prefix, choices in [
                (_("Requests by channel"), _("Channel"), "channel", CHANNEL_CHOICES),
                (_("Requests by category"), _("Category"), "category", CATEGORY_CHOICES),
                (_("Requests by priority"), _("Priority"), "priority", PRIORITY_CHOICES),
            ]
        ]


DATETIME_COLUMNS = (
    "logged_at",
    "first_response_due_at",
    "first_response_at",
    "resolution_due_at",
    "resolved_at",
)


class RequestsReportView(SupportReportView):
    """Requests with their due times and service level state; filter by dates, status, state."""

    page_title = _("Support requests and service levels")
    url_name = "requests"
    results_template_name = "saypro_support/reporting/requests_results.html"
    filterset_class = filters.RequestsFilterSet
    verbose_name_plural = _("requests")
    list_export = [
        "reference",
        "subject",
        "status_label",
        "priority_label",
        "assignee",
        "logged_at",
        "first_response_due_at",
        "first_response_at",
        "resolution_due_at",
        "resolved_at",
        "sla_label",
    ]
    export_headings = {
        "reference": _("Reference"),
        "subject": _("Subject"),
        "status_label": _("Status"),
        "priority_label": _("Priority"),
        "assignee": _("Assigned to"),
        "logged_at": _("Logged at"),
        "first_response_due_at": _("First response due"),
        "first_response_at": _("First response at"),
        "resolution_due_at": _("Resolution due"),
        "resolved_at": _("Resolved at"),
        "sla_label": _("Service level"),
    }

    def get_queryset(self):
        return SupportRequest.objects.select_related("assigned_to").order_by("-logged_at", "-pk")

    def decorate_paginated_queryset(self, object_list):
        now = timezone.now()
        states = dict(sla.STATE_CHOICES)
        rows = list(object_list)
        url_name = self.detail_url_name()
        for request in rows:
            request.detail_url = reverse(url_name, args=[request.pk]) if url_name else ""
            request.status_label = request.get_status_display()
            request.priority_label = request.get_priority_display()
            user = request.assigned_to
            request.assignee = (user.get_full_name() or user.get_username()) if user else ""
            request.sla = sla.sla_state(request, now)
            for name in DATETIME_COLUMNS:  # the export shows the site's local time
                if getattr(request, name):
                    setattr(request, name, timezone.localtime(getattr(request, name)))
            request.sla_label = states[request.sla]
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = [self.export_headings[name] for name in self.list_export]
        return context

    def detail_url_name(self):
        """The admin view of one request: inspect if the admin has it, else edit."""
        for view in ("inspect", "edit"):
            name = SupportRequest.snippet_viewset.get_url_name(view)
            try:
                reverse(name, args=[0])
            except NoReverseMatch:
                continue
            return name
        return None


REPORTS = [KPIReportView, RequestsReportView]
