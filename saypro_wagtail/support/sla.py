"""Service levels: business-hours arithmetic, due times and whether a request is on time.

Targets (``SAYPRO_SUPPORT_SLA``) are business minutes: the clock only runs during
``SAYPRO_SUPPORT_BUSINESS_HOURS`` in the site's ``TIME_ZONE``, and not on
``SAYPRO_SUPPORT_HOLIDAYS``. Both due times count from ``logged_at``.
"""

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ImproperlyConfigured
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings

from .choices import OPEN_STATUSES

FIRST_RESPONSE = "first_response"
RESOLUTION = "resolution"
KIND_CHOICES = [(FIRST_RESPONSE, _("First response")), (RESOLUTION, _("Resolution"))]

ON_TIME = "on_time"
DUE_SOON = "due_soon"
BREACHED = "breached"
STATE_CHOICES = [(ON_TIME, _("On time")), (DUE_SOON, _("Due soon")), (BREACHED, _("Breached"))]
_SEVERITY = {ON_TIME: 0, DUE_SOON: 1, BREACHED: 2}

# A calendar without any opening hours would make the search for the next opening endless.
MAX_DAYS_SEARCHED = 366 * 3


def _parse_time(value) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def opening_hours(day: date):
    """The day's ``(opens, closes)`` as aware datetimes, or None when support is closed."""
    if day.isoformat() in {str(holiday) for holiday in saypro_settings.SUPPORT_HOLIDAYS}:
        return None
    hours = saypro_settings.SUPPORT_BUSINESS_HOURS.get(day.weekday())
    if not hours:
        return None
    zone = timezone.get_default_timezone()
    opens, closes = (datetime.combine(day, _parse_time(value), zone) for value in hours)
    return (opens, closes) if opens < closes else None


def _local_date(moment: datetime) -> date:
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def add_business_minutes(start: datetime, minutes: float) -> datetime:
    """The moment ``minutes`` business minutes after ``start``."""
    remaining = timedelta(minutes=minutes)
    day = _local_date(start)
    for _offset in range(MAX_DAYS_SEARCHED):
        hours = opening_hours(day)
        if hours:
            begin = max(start, hours[0])
            if begin < hours[1]:
                available = hours[1] - begin
                if remaining <= available:
                    return begin + remaining
                remaining -= available
        day += timedelta(days=1)
    raise ImproperlyConfigured("SAYPRO_SUPPORT_BUSINESS_HOURS has no opening hours.")


def business_minutes_between(start: datetime, end: datetime) -> float:
    """Business minutes from ``start`` to ``end`` (negative when ``end`` comes first)."""
    if end < start:
        return -business_minutes_between(end, start)
    total = timedelta()
    day, last = _local_date(start), _local_date(end)
    while day <= last:
        hours = opening_hours(day)
        if hours:
            overlap = min(end, hours[1]) - max(start, hours[0])
            if overlap > timedelta():
                total += overlap
        day += timedelta(days=1)
    return total.total_seconds() / 60


def targets(priority: str) -> dict:
    """``{"first_response": minutes, "resolution": minutes}`` for the priority (or {})."""
    return saypro_settings.SUPPORT_SLA.get(priority, {})


def due_times(logged_at: datetime, priority: str) -> dict:
    """``{kind: due datetime or None}`` for a request logged at ``logged_at``."""
    goals = targets(priority)
    return {
        kind: add_business_minutes(logged_at, goals[kind]) if goals.get(kind) else None
        for kind in (FIRST_RESPONSE, RESOLUTION)
    }


def _state(due, done_at, now) -> str:
    if due is None:
        return ON_TIME
    if done_at is not None:
        return BREACHED if done_at > due else ON_TIME
    if now > due:
        return BREACHED
    if due - now <= timedelta(minutes=saypro_settings.SUPPORT_SLA_WARNING_MINUTES):
        return DUE_SOON
    return ON_TIME


def kind_states(support_request, now=None) -> dict:
    """``{kind: state}``; an open request (even a reopened one) is not resolved yet."""
    now = now or timezone.now()
    finished = None
    if support_request.status not in OPEN_STATUSES:
        finished = support_request.resolved_at or support_request.closed_at
    return {
        FIRST_RESPONSE: _state(
            support_request.first_response_due_at, support_request.first_response_at, now
        ),
        RESOLUTION: _state(support_request.resolution_due_at, finished, now),
    }


def sla_state(support_request, now=None) -> str:
    """The worse of the first-response and resolution states."""
    return max(kind_states(support_request, now).values(), key=_SEVERITY.__getitem__)


# The same rules as database filters, for alerts, reports and listings.

_DUE = {FIRST_RESPONSE: "first_response_due_at", RESOLUTION: "resolution_due_at"}


def _done_q(kind) -> tuple:
    """(is done, done time expression) for requests."""
    if kind == FIRST_RESPONSE:
        return Q(first_response_at__isnull=False), F("first_response_at")
    return ~Q(status__in=OPEN_STATUSES), Coalesce("resolved_at", "closed_at")


def breached_q(kind: str, now) -> Q:
    done, done_at = _done_q(kind)
    due = _DUE[kind]
    late_done = done & Q(**{f"{due}__lt": done_at})
    return late_done | (~done & Q(**{f"{due}__lt": now}))


def due_soon_q(kind: str, now) -> Q:
    done, _done_at = _done_q(kind)
    due = _DUE[kind]
    warning = now + timedelta(minutes=saypro_settings.SUPPORT_SLA_WARNING_MINUTES)
    return ~done & Q(**{f"{due}__gte": now, f"{due}__lte": warning})
