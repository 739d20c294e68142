"""Moderation figures for a period, aggregated in the database: a fixed number of queries.

- Submitted: Wagtail ``WorkflowState`` rows of moderated content started in the period (every
  submission starts one, whether from the owner's page, a renewal or the admin).
- Approved / rejected: :class:`~..models.ModerationDecision` rows decided in the period.
- Time to decision: ``decided_at − submitted_at`` of those decisions. PostgreSQL computes the
  medians (``percentile_cont``) in the grouped queries; other databases have no median
  aggregate, so there they are taken over at most :data:`MEDIAN_SAMPLE` of the latest decisions
  of the period, read in one bounded query.
- Visitor reports: received (created in the period), upheld and dismissed (decided in the
  period), by reason.
- Screening hits: hits of screenings run in the period, by rule.
"""

import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Aggregate, Count, DateField, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import Trunc
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import WorkflowState

from saypro_wagtail.figures import hours

from ..choices import (
    DECISION_APPROVED,
    DECISION_REJECTED,
    REPORT_DISMISSED,
    REPORT_REASON_CHOICES,
    REPORT_UPHELD,
)
from ..models import (
    ContentReport,
    ModeratedMixin,
    ModerationDecision,
    RejectionReason,
    ScreeningHit,
)

DAY, WEEK, MONTH = "day", "week", "month"
MEDIAN_SAMPLE = 20_000


def moderated_content_types() -> list[int]:
    """Content type ids of every installed model that opts into moderation."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, ModeratedMixin) and not model._meta.abstract
    ]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def period_start(day: date, interval: str) -> date:
    """The first day of the day/week/month ``day`` is in (weeks start on Monday, as in SQL)."""
    if interval == WEEK:
        return day - timedelta(days=day.weekday())
    if interval == MONTH:
        return day.replace(day=1)
    return day


def periods(first: date, last: date, interval: str) -> list[date]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    starts, current = [], period_start(first, interval)
    while current <= last:
        starts.append(current)
        if interval == MONTH:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7 if interval == WEEK else 1)
    return starts


def _trunc(name, interval):
    return Trunc(name, interval, output_field=DateField())


def _duration():
    return ExpressionWrapper(F("decided_at") - F("submitted_at"), output_field=DurationField())


def median(values):
    return statistics.median(values) if values else None


class Median(Aggregate):
    """PostgreSQL's ``percentile_cont(0.5)``: the median of a duration (NULLs are ignored)."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


class DatabaseMedians:
    """Medians computed by the database, in the same grouped queries as the counts."""

    sampled = False

    def __init__(self, decisions, interval):
        self.decisions = decisions

    def annotation(self):
        return {"median": Median(_duration())}

    def of_period(self, day, row):
        return row.get("median")

    def of_moderator(self, moderator_id, row):
        return row.get("median")

    def overall(self):
        return self.decisions.aggregate(median=Median(_duration()))["median"]


def median_strategy():
    """PostgreSQL has a median aggregate (``percentile_cont``); other databases sample."""
    return DatabaseMedians if connection.vendor == "postgresql" else SampledMedians


class SampledMedians:
    """Medians over the latest MEDIAN_SAMPLE decisions, read in one bounded query."""

    def __init__(self, decisions, interval):
        timed = list(
            decisions.filter(submitted_at__isnull=False)
            .annotate(period=_trunc("decided_at", interval), waited=_duration())
            .order_by("-decided_at")
            .values_list("period", "moderator_id", "waited")[: MEDIAN_SAMPLE + 1]
        )
        self.sampled = len(timed) > MEDIAN_SAMPLE
        self.timed = timed[:MEDIAN_SAMPLE]
        self.by_period, self.by_moderator = {}, {}
        for period, moderator_id, waited in self.timed:
            self.by_period.setdefault(period, []).append(waited)
            self.by_moderator.setdefault(moderator_id, []).append(waited)

    def annotation(self):
        return {}

    def of_period(self, day, row):
        return median(self.by_period.get(day, []))

    def of_moderator(self, moderator_id, row):
        return median(self.by_moderator.get(moderator_id, []))

    def overall(self):
        return median([waited for _period, _moderator, waited in self.timed])


@dataclass
class Figures:
    rows: list = field(default_factory=list)  # per period
    totals: dict = field(default_factory=dict)
    reasons: list = field(default_factory=list)
    moderators: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    report_totals: dict = field(default_factory=dict)
    screening: list = field(default_factory=list)
    sampled: bool = False


def decisions_between(start, end):
    return ModerationDecision.objects.filter(decided_at__gte=start, decided_at__lt=end)


def outcomes(start, end, first: date, last: date, interval: str) -> Figures:
    figures = Figures()
    decisions = decisions_between(start, end).order_by()
    submitted = dict(
        WorkflowState.objects.filter(
            content_type__in=moderated_content_types(),
            created_at__gte=start,
            created_at__lt=end,
        )
        .order_by()
        .annotate(period=_trunc("created_at", interval))
        .values("period")
        .annotate(count=Count("pk"))
        .values_list("period", "count")
    )
    medians = median_strategy()
    medians = medians(decisions, interval)
    decided = {
        row["period"]: row
        for row in decisions.annotate(period=_trunc("decided_at", interval))
        .values("period")
        .annotate(
            approved=Count("pk", filter=Q(outcome=DECISION_APPROVED)),
            rejected=Count("pk", filter=Q(outcome=DECISION_REJECTED)),
            **medians.annotation(),
        )
    }
    for start_day in periods(first, last, interval):
        row = decided.get(start_day, {})
        figures.rows.append(
            {
                "period": start_day,
                "submitted": submitted.get(start_day, 0),
                "approved": row.get("approved", 0),
                "rejected": row.get("rejected", 0),
                "median_hours": hours(medians.of_period(start_day, row)),
            }
        )
    figures.totals = {
        "submitted": sum(row["submitted"] for row in figures.rows),
        "approved": sum(row["approved"] for row in figures.rows),
        "rejected": sum(row["rejected"] for row in figures.rows),
        "median_hours": hours(medians.overall()),
    }
    figures.sampled = medians.sampled
    figures.reasons = rejection_reasons(decisions)
    figures.moderators = per_moderator(decisions, medians)
    figures.reports, figures.report_totals = visitor_reports(start, end)
    figures.screening = screening_hits(start, end)
    return figures


def content_language(code) -> str:
    """The content language (a locale's code) that serves ``code``."""
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return code


def reason_titles(codes=None) -> dict:
    """Rejection reasons' titles by code (all reasons' if ``codes`` is None) in the active
    language, in one query.

    A reason not translated into the active language has its default language's title, else
    any language's; codes without a reason are left out.
    """
    reasons = RejectionReason.objects.all()
    if codes is not None:
        codes = {code for code in codes if code}
        if not codes:
            return {}
        reasons = reasons.filter(code__in=codes)
    active, default = content_language(get_language()), content_language(settings.LANGUAGE_CODE)

    def preference(reason):  # the preferred title comes last and wins
        language = reason[2]
        return (language == active, language == default)

    titles = {}
    reasons = reasons.values_list("code", "title", "locale__language_code")
    for code, title, _language in sorted(reasons, key=preference):
        titles[code] = title
    return titles


def rejection_reasons(decisions) -> list[dict]:
    """Rejections per reason code, with the reason's title in the active language if it has one."""
    counts = list(
        decisions.filter(outcome=DECISION_REJECTED)
        .values("reason_code")
        .annotate(count=Count("pk"))
        .order_by("-count", "reason_code")
    )
    titles = reason_titles(row["reason_code"] for row in counts)
    return [
        {
            "code": row["reason_code"],
            "title": titles.get(row["reason_code"], row["reason_code"]),
            "count": row["count"],
        }
        for row in counts
    ]


def per_moderator(decisions, medians) -> list[dict]:
    rows = (
        decisions.values(
            "moderator_id",
            "moderator__username",
            "moderator__first_name",
            "moderator__last_name",
        )
        .annotate(
            decisions=Count("pk"),
            approved=Count("pk", filter=Q(outcome=DECISION_APPROVED)),
            rejected=Count("pk", filter=Q(outcome=DECISION_REJECTED)),
            **medians.annotation(),
        )
        .order_by("-decisions", "moderator__username")
    )
    return [
        {
            "moderator_id": row["moderator_id"],
            "name": " ".join(
                filter(None, [row["moderator__first_name"], row["moderator__last_name"]])
            )
            or row["moderator__username"],
            "decisions": row["decisions"],
            "approved": row["approved"],
            "rejected": row["rejected"],
            "median_hours": hours(medians.of_moderator(row["moderator_id"], row)),
        }
        for row in rows
    ]


def visitor_reports(start, end) -> tuple[list[dict], dict]:
    received = Q(created_at__gte=start, created_at__lt=end)
    decided = Q(decided_at__gte=start, decided_at__lt=end)
    counts = {
        row["reason"]: row
        for row in ContentReport.objects.filter(received | decided)
        .order_by()
        .values("reason")
        .annotate(
            received=Count("pk", filter=received),
            upheld=Count("pk", filter=decided & Q(status=REPORT_UPHELD)),
            dismissed=Count("pk", filter=decided & Q(status=REPORT_DISMISSED)),
        )
    }
    rows = [
        {
            "reason": label,
            **{
                name: counts.get(code, {}).get(name, 0)
                for name in ("received", "upheld", "dismissed")
            },
        }
        for code, label in REPORT_REASON_CHOICES
    ]
    totals = {name: sum(row[name] for row in rows) for name in ("received", "upheld", "dismissed")}
    return rows, totals


def screening_hits(start, end) -> list[dict]:
    return list(
        ScreeningHit.objects.filter(result__created_at__gte=start, result__created_at__lt=end)
        .values("rule")
        .annotate(count=Count("pk"))
        .order_by("-count", "rule")
    )


def rule_label(code: str) -> str:
    """A screening rule's name in the active language (its code if the rule is gone)."""
    try:
        from ..screening.rules import get_rule
    except ImportError:  # pragma: no cover - screening rules not available
        return code
    rule = get_rule(code)
    return str(rule.label or code) if rule is not None else code
