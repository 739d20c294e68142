"""The support section of the monthly report (see :mod:`saypro_wagtail.monthly.sections`).

The figures reuse the Support KPIs report (:mod:`.reporting.kpis`), so for the same dates both
show the same numbers. Four queries whatever the volume: the request-level aggregate, the
average response time, the backlog at the end of the period, and the deflections.

Which requests each figure counts:

- Everything except "open at the end of the period" is about the requests *logged* in the
  period (``period.start <= logged_at < period.end``, in the site's time zone), as the KPI
  report does; a request logged at 23:30 on the last day belongs to that month.
- ``requests``: all of them; ``by_channel``, ``by_category``, ``by_priority`` split them.
- ``first_response`` (minutes, target ``first_response_minutes``, lower is better): the
  average time from ``logged_at`` to the first staff reply, over the requests answered.
- ``response`` (minutes, target ``average_response_minutes``, lower is better): the average
  wait of every staff reply that answers the requester (see :mod:`.reporting.kpis`).
- ``resolution`` (hours, target ``resolution_hours``, lower is better): the average time from
  ``logged_at`` to ``resolved_at``, over the requests that have been resolved.
- ``resolved``: the requests now resolved or closed; ``resolution_rate`` is their share.
- ``closed_without_reopen`` (percent, target ``closed_without_reopen_percent``, higher is
  better): of the requests now resolved or closed, those never reopened.
- ``reopened``: requests reopened at least once.
- ``escalations``: requests that reached tier 2.
- ``first_response_breaches`` / ``resolution_breaches``: requests answered or resolved after
  their due time, or still unanswered / open with the due time passed when the report is
  computed (the rules of :func:`.sla.breached_q`).
- ``csat`` (score 1–5): the average rating; ``ratings``: how many; ``satisfied`` (percent):
  the share of 4s and 5s.
- ``deflections``: how many times visitors opened a help article the contact form suggested
  (days within the period), which often answers them without a request.
- ``open_at_end``: the backlog, whenever logged: requests logged before the end of the period
  that were not resolved or closed by then — open now, or resolved/closed at or after the end.
  (A request resolved before the end and reopened after it counts as open: the database keeps
  the current state, not the history.)

Averages and shares of nothing are None ("no data"); counts of nothing are 0. Durations are
rounded to one decimal, the CSAT to two.
"""

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.figures import hours, minutes
from saypro_wagtail.monthly.sections import HOOK, ReportSection

from .choices import CATEGORY_CHOICES, CHANNEL_CHOICES, OPEN_STATUSES, PRIORITY_CHOICES
from .models import Deflection, SupportRequest
from .reporting import kpis

BREAKDOWNS = [
    # (breakdown key, figure prefix in kpis.summary, choices, chart)
    ("by_channel", "channel", CHANNEL_CHOICES, True),
    ("by_category", "category", CATEGORY_CHOICES, True),
    ("by_priority", "priority", PRIORITY_CHOICES, False),
]


def metric(key, value, unit, target_key=None, better=None):
    """One metric; with a target only when the site sets one in ``REPORT_TARGETS``."""
    figure = {"key": key, "value": value, "unit": unit}
    target = saypro_settings.REPORT_TARGETS.get(target_key) if target_key else None
    if target is not None:
        figure.update(target=target, better=better)
    return figure


def open_at(end) -> int:
    """Requests logged before ``end`` and not resolved or closed by then (see module doc)."""
    finished_at = Coalesce("resolved_at", "closed_at")
    return (
        SupportRequest.objects.filter(logged_at__lt=end)
        .annotate(finished_at=finished_at)
        .filter(Q(status__in=OPEN_STATUSES) | Q(finished_at__gte=end))
        .order_by()
        .count()
    )


def deflections(period) -> int:
    days = Deflection.objects.filter(date__gte=period.first, date__lte=period.last)
    return days.aggregate(total=Sum("count"))["total"] or 0


class SupportSection(ReportSection):
    name = "support"
    title = _("Support")
    order = 10
    metric_labels = {
        "requests": _("Requests"),
        "first_response": _("Average first response time"),
        "response": _("Average response time"),
        "resolution": _("Average resolution time"),
        "closed_without_reopen": _("Resolved or closed without reopening"),
        "resolved": _("Resolved or closed"),
        "resolution_rate": _("Resolution rate"),
        "open_at_end": _("Open at the end of the period"),
        "reopened": _("Reopened requests"),
        "escalations": _("Escalations"),
        "first_response_breaches": _("First response SLA breaches"),
        "resolution_breaches": _("Resolution SLA breaches"),
        "csat": _("Average satisfaction"),
        "ratings": _("Satisfaction ratings"),
        "satisfied": _("Satisfied, 4 or 5"),
        "deflections": _("Suggested articles opened from the contact form"),
    }
    breakdown_titles = {
        "by_channel": _("Requests by channel"),
        "by_category": _("Requests by category"),
        "by_priority": _("Requests by priority"),
    }
    column_labels = {"requests": _("Requests")}
    note_labels = {}
    choice_labels = {key: dict(choices) for key, _prefix, choices, _chart in BREAKDOWNS}

    def compute(self, period) -> dict:
        requests = SupportRequest.objects.filter(
            logged_at__gte=period.start, logged_at__lt=period.end
        )
        figures = kpis.summary(requests, now=timezone.now())
        csat = figures["csat"]
        return {
            "metrics": [
                metric("requests", figures["total"], "count"),
                metric(
                    "first_response",
                    minutes(figures["first_response"]),
                    "minutes",
                    "first_response_minutes",
                    "lower",
                ),
                metric(
                    "response",
                    minutes(figures["response"]),
                    "minutes",
                    "average_response_minutes",
                    "lower",
                ),
                metric(
                    "resolution",
                    hours(figures["resolution"]),
                    "hours",
                    "resolution_hours",
                    "lower",
                ),
                metric(
                    "closed_without_reopen",
                    figures["closed_without_reopen"],
                    "percent",
                    "closed_without_reopen_percent",
                    "higher",
                ),
                metric("resolved", figures["finished"], "count"),
                metric("resolution_rate", figures["resolution_rate"], "percent"),
                metric("open_at_end", open_at(period.end), "count"),
                metric("reopened", figures["reopened"], "count"),
                metric("escalations", figures["escalations"], "count"),
                metric("first_response_breaches", figures["first_response_breaches"], "count"),
                metric("resolution_breaches", figures["resolution_breaches"], "count"),
                metric("csat", None if csat is None else round(float(csat), 2), "score"),
                metric("ratings", figures["ratings"], "count"),
                metric("satisfied", figures["satisfied_percent"], "percent"),
                metric("deflections", deflections(period), "count"),
            ],
            "breakdowns": [
                {
                    "key": key,
                    "chart": chart,
                    "columns": ["requests"],
                    "rows": [
                        {"key": code, "label": "", "values": [figures[f"{prefix}_{code}"]]}
                        for code, _label in choices
                    ],
                }
                for key, prefix, choices, chart in BREAKDOWNS
            ],
            "notes": [],
        }

    def row_label(self, breakdown_key: str, row: dict) -> str:
        label = self.choice_labels.get(breakdown_key, {}).get(row["key"])
        return str(label) if label is not None else super().row_label(breakdown_key, row)


@hooks.register(HOOK)
def monthly_report_sections():
    return [SupportSection()]
