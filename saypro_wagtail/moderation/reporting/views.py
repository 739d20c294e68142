"""The moderation report in the Wagtail admin: submissions, approvals and rejections per day,
week or month; rejection reasons; time to decision; per moderator; visitors' reports upheld and
dismissed; screening hits by rule. A chart, tables and a CSV/XLSX export of the per-period table.

Figures come from :mod:`.figures` (a fixed number of queries whatever the volume).
"""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.charts import Series, stacked_bar_chart
from saypro_wagtail.figures import day_bounds
from saypro_wagtail.reports import AppReportView

from ..models import ModerationDecision
from . import figures as moderation_figures
from .figures import rule_label
from .filters import DEFAULT_DAYS, OutcomesFilterSet

VIEW_REPORTS = "saypro_moderation.view_moderation_reports"


class ModerationReportView(AppReportView):
    permission = VIEW_REPORTS
    url_namespace = "saypro_moderation_reports"
    filename_prefix = "moderation"
    header_icon = "warning"


class OutcomesReportView(ModerationReportView):
    """What moderation did in a period (the last 30 days unless dates are chosen)."""

    page_title = _("Moderation outcomes")
    url_name = "outcomes"
    chart_title = _("Decisions per period")
    results_template_name = "saypro_moderation/reports/outcomes_results.html"
    filterset_class = OutcomesFilterSet
    verbose_name_plural = _("periods")
    paginate_by = 100
    list_export = ["period", "submitted", "approved", "rejected", "median_hours"]
    export_headings = {
        "period": _("Period starting"),
        "submitted": _("Submitted"),
        "approved": _("Approved"),
        "rejected": _("Rejected"),
        "median_hours": _("Median time to decision (hours)"),
    }

    def get_queryset(self):
        return ModerationDecision.objects.none()  # the rows are computed in filter_queryset

    def filter_queryset(self, queryset):
        super().filter_queryset(queryset)
        self.period_is_valid = self.filters.is_valid()
        self.first_day, self.last_day, self.interval, self.default_period = self.filters.chosen()
        if not self.period_is_valid:
            self.figures = None
            return []
        start, end = day_bounds(self.first_day, self.last_day)
        self.figures = moderation_figures.outcomes(
            start, end, self.first_day, self.last_day, self.interval
        )
        return self.figures.rows

    def decorate_paginated_queryset(self, object_list):
        self.page_rows = list(object_list)
        return self.page_rows

    def get(self, request, *args, **kwargs):
        self.object_list = self.get_filtered_queryset()
        context = self.get_context_data()
        context["object_list"] = self.decorate_paginated_queryset(context["object_list"])
        if not self.is_export:
            context["chart"] = self.chart()
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        context["columns"] = [self.export_headings[name] for name in self.list_export]
        context["period_is_valid"] = self.period_is_valid
        context["default_period"] = self.default_period
        context["default_days"] = DEFAULT_DAYS
        context["period"] = {
            "first": date_format(self.first_day, "DATE_FORMAT"),
            "last": date_format(self.last_day, "DATE_FORMAT"),
        }
        figures = self.figures
        context["figures"] = figures
        context["median_sample"] = moderation_figures.MEDIAN_SAMPLE
        if figures is not None:
            context["screening"] = [
                {"rule": rule_label(row["rule"]), "count": row["count"]}
                for row in figures.screening
            ]
        return context

    def chart(self):
        if not self.figures or not any(
            row["approved"] or row["rejected"] for row in self.page_rows
        ):
            return ""
        rows = [
            (f"{row['period']:%Y-%m-%d}", [row["approved"], row["rejected"]])
            for row in self.page_rows
        ]
        series = [Series(str(_("Approved"))), Series(str(_("Rejected")))]
        return stacked_bar_chart("chart-moderation-outcomes", str(self.chart_title), series, rows)


REPORTS = [OutcomesReportView]
