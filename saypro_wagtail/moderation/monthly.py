"""The moderation section of the monthly report: submissions, decisions, time to decision,
rejection reasons, visitors' reports and screening hits in the period.

Figures come from the moderation report's aggregations (:mod:`.reporting.figures`), so the
section and the admin report count alike, in a fixed number of queries.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.figures import percent
from saypro_wagtail.monthly.sections import HOOK, ReportSection

from .choices import REPORT_REASON_CHOICES
from .reporting import figures

REPORT_COUNTS = ("received", "upheld", "dismissed")


class ModerationSection(ReportSection):
    name = "moderation"
    title = _("Moderation")
    order = 40
    metric_labels = {
        "submitted": _("Ads submitted"),
        "approved": _("Approved"),
        "rejected": _("Rejected"),
        "approval_rate": _("Approval rate (%)"),
        "median_hours": _("Median time to decision (hours)"),
        "reports_received": _("Visitors' reports received"),
        "reports_upheld": _("Visitors' reports upheld"),
        "reports_dismissed": _("Visitors' reports dismissed"),
    }
    breakdown_titles = {
        "rejection_reasons": _("Rejections by reason"),
        "visitor_reports": _("Visitors' reports by reason"),
        "screening_hits": _("Screening hits by rule"),
    }
    column_labels = {
        "rejections": _("Rejections"),
        "received": _("Received"),
        "upheld": _("Upheld"),
        "dismissed": _("Dismissed"),
        "hits": _("Hits"),
    }
    note_labels = {
        "median_sampled": _(
            "The median time to decision is taken over the latest %(count)s decisions of the "
            "period."
        ),
    }

    def __init__(self):
        # Reason titles by active language; the instance lives for one rendering of the report.
        self._reason_titles = {}

    def compute(self, period) -> dict:
        outcome = figures.outcomes(
            period.start, period.end, period.first, period.last, figures.MONTH
        )
        totals, reports = outcome.totals, outcome.report_totals
        decided = totals["approved"] + totals["rejected"]
        report_rows = zip(
            (code for code, _label in REPORT_REASON_CHOICES), outcome.reports, strict=True
        )
        return {
            "metrics": [
                {"key": "submitted", "value": totals["submitted"], "unit": "count"},
                {"key": "approved", "value": totals["approved"], "unit": "count"},
                {"key": "rejected", "value": totals["rejected"], "unit": "count"},
                {
                    "key": "approval_rate",
                    "value": percent(totals["approved"], decided),
                    "unit": "percent",
                },
                {"key": "median_hours", "value": totals["median_hours"], "unit": "hours"},
                {"key": "reports_received", "value": reports["received"], "unit": "count"},
                {"key": "reports_upheld", "value": reports["upheld"], "unit": "count"},
                {"key": "reports_dismissed", "value": reports["dismissed"], "unit": "count"},
            ],
            "breakdowns": [
                {
                    "key": "rejection_reasons",
                    "chart": True,
                    "columns": ["rejections"],
                    "rows": [
                        {"key": row["code"], "label": "", "values": [row["count"]]}
                        for row in outcome.reasons
                    ],
                },
                {
                    "key": "visitor_reports",
                    "chart": False,
                    "columns": list(REPORT_COUNTS),
                    "rows": [
                        {"key": code, "label": "", "values": [row[name] for name in REPORT_COUNTS]}
                        for code, row in report_rows
                        if any(row[name] for name in REPORT_COUNTS)
                    ],
                },
                {
                    "key": "screening_hits",
                    "chart": True,
                    "columns": ["hits"],
                    "rows": [
                        {"key": row["rule"], "label": "", "values": [row["count"]]}
                        for row in outcome.screening
                    ],
                },
            ],
            "notes": ["median_sampled"] if outcome.sampled else [],
        }

    def row_label(self, breakdown_key: str, row: dict) -> str:
        key = row["key"]
        if breakdown_key == "rejection_reasons":
            if not key:
                return str(_("No reason given"))
            return self.reason_title(key)
        if breakdown_key == "visitor_reports":
            return str(dict(REPORT_REASON_CHOICES).get(key, key))
        if breakdown_key == "screening_hits":
            return figures.rule_label(key)
        return super().row_label(breakdown_key, row)

    def note_label(self, key: str) -> str:
        if key == "median_sampled":
            return self.note_labels[key] % {"count": figures.MEDIAN_SAMPLE}
        return super().note_label(key)

    def reason_title(self, code: str) -> str:
        """The reason's title in the active language, else its code; one query per language."""
        language = get_language()
        if language not in self._reason_titles:
            self._reason_titles[language] = figures.reason_titles()
        return self._reason_titles[language].get(code, code)


@hooks.register(HOOK)
def monthly_report_sections():
    return [ModerationSection()]
