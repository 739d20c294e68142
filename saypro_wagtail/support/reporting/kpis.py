"""Support KPIs, computed in the database: a fixed, small number of queries whatever the volume.

All figures are about the requests logged in the chosen period. Times are wall-clock durations
(the SLA figures use business hours, see :mod:`..sla`).

- First response time: from ``logged_at`` to the first staff reply.
- Response time: for every staff reply that answers the requester — the first public message
  after the creation, or one whose previous public message came from the requester — the time
  since that previous message (or since ``logged_at``). Internal notes do not count.
- Resolution time: from ``logged_at`` to ``resolved_at``.
- Resolution rate: resolved or closed requests / all requests.
- Closed without reopening: resolved or closed requests never reopened / resolved or closed.
- Escalations: requests that reached tier 2.
- SLA breaches: see :func:`..sla.breached_q` (open requests count once their due time passed).
- CSAT: the average rating (1–5), how many ratings, and the share of 4s and 5s.
"""

from datetime import timedelta

from django.db.models import (
    Avg,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from saypro_wagtail.figures import percent

from .. import sla
from ..choices import (
    CATEGORY_CHOICES,
    CHANNEL_CHOICES,
    CLOSED,
    PRIORITY_CHOICES,
    RESOLVED,
)
from ..models import Message

FINISHED = Q(status__in=(RESOLVED, CLOSED))


def _duration(end, start):
    return ExpressionWrapper(F(end) - F(start), output_field=DurationField())


def summary(requests, now=None) -> dict:
    """Every request-level KPI in one aggregate query."""
    now = now or timezone.now()
    figures = requests.order_by().aggregate(
        total=Count("pk"),
        **{f"channel_{code}": Count("pk", filter=Q(channel=code)) for code, _l in CHANNEL_CHOICES},
        **{
            f"category_{code}": Count("pk", filter=Q(category=code))
            for code, _l in CATEGORY_CHOICES
        },
        **{
            f"priority_{code}": Count("pk", filter=Q(priority=code))
            for code, _l in PRIORITY_CHOICES
        },
        first_response=Avg(
            _duration("first_response_at", "logged_at"), filter=Q(first_response_at__isnull=False)
        ),
        resolution=Avg(_duration("resolved_at", "logged_at"), filter=Q(resolved_at__isnull=False)),
        finished=Count("pk", filter=FINISHED),
        finished_not_reopened=Count("pk", filter=FINISHED & Q(reopened_count=0)),
        reopened=Count("pk", filter=Q(reopened_count__gt=0)),
        escalations=Count("pk", filter=Q(escalation_tier__gte=2)),
        first_response_breaches=Count("pk", filter=sla.breached_q(sla.FIRST_RESPONSE, now)),
        resolution_breaches=Count("pk", filter=sla.breached_q(sla.RESOLUTION, now)),
        csat=Avg("satisfaction__score"),
        ratings=Count("satisfaction"),
        satisfied=Count("satisfaction", filter=Q(satisfaction__score__gte=4)),
    )
    figures["response"] = average_response_time(requests)
    figures["resolution_rate"] = percent(figures["finished"], figures["total"])
    figures["closed_without_reopen"] = percent(
        figures["finished_not_reopened"], figures["finished"]
    )
    figures["satisfied_percent"] = percent(figures["satisfied"], figures["ratings"])
    return figures


def answering_replies(requests):
    """Staff replies that answer the requester, annotated with ``waited`` (see module doc)."""
    public = Message.objects.filter(request=OuterRef("request"), internal=False).filter(
        Q(created_at__lt=OuterRef("created_at"))
        | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
    )
    previous = public.order_by("-created_at", "-pk")
    return (
        Message.objects.filter(request__in=requests.order_by().values("pk"))
        .filter(from_staff=True, internal=False)
        .annotate(
            previous_at=Subquery(previous.values("created_at")[:1]),
            previous_from_staff=Subquery(previous.values("from_staff")[:1]),
        )
        .filter(Q(previous_from_staff=False) | Q(previous_from_staff__isnull=True))
        .annotate(
            waited=ExpressionWrapper(
                F("created_at") - Coalesce("previous_at", "request__logged_at"),
                output_field=DurationField(),
            )
        )
    )


def average_response_time(requests) -> timedelta | None:
    return answering_replies(requests).aggregate(average=Avg("waited"))["average"]


def per_agent(requests):
    """One row per assignee: requests handled and resolved, first response time, CSAT."""
    return (
        requests.filter(assigned_to__isnull=False)
        .order_by()
        .values(
            "assigned_to",
            "assigned_to__username",
            "assigned_to__first_name",
            "assigned_to__last_name",
        )
        .annotate(
            handled=Count("pk"),
            resolved=Count("pk", filter=FINISHED),
            first_response=Avg(
                _duration("first_response_at", "logged_at"),
                filter=Q(first_response_at__isnull=False),
            ),
            csat=Avg("satisfaction__score"),
            ratings=Count("satisfaction"),
        )
        .order_by("-handled", "assigned_to__username")
    )
