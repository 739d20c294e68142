"""Arithmetic the apps' reports share: shares, durations, and the day range of a report."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone


def percent(part, whole):
    """``part`` as a share of ``whole`` in percent, one decimal; None when ``whole`` is 0."""
    return round(100 * part / whole, 1) if whole else None


def minutes(duration):
    """A duration in minutes, one decimal (None stays None: shown as "—")."""
    return None if duration is None else round(duration.total_seconds() / 60, 1)


def hours(duration):
    """A duration in hours, one decimal (None stays None: shown as "—")."""
    return None if duration is None else round(duration.total_seconds() / 3600, 1)


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """Aware datetimes [start, end) covering the days ``first``..``last`` in the site's time
    zone."""
    zone = timezone.get_default_timezone()
    return (
        datetime.combine(first, time.min, zone),
        datetime.combine(last + timedelta(days=1), time.min, zone),
    )
