from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from saypro_wagtail.support import lifecycle, sla
from saypro_wagtail.support.choices import CLOSED, HIGH, LOW, RESOLVED, URGENT
from saypro_wagtail.support.models import SupportRequest

from .conftest import make_request

SAST = ZoneInfo("Africa/Johannesburg")
pytestmark = pytest.mark.usefixtures("johannesburg")


@pytest.fixture
def johannesburg(settings):
    settings.TIME_ZONE = "Africa/Johannesburg"


def at(day, hour, minute=0):
    """A moment in November 2026 (the 20th is a Friday)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SAST)


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (at(23, 9), 60, at(23, 10)),  # within the day
        (at(23, 16, 30), 60, at(24, 8, 30)),  # runs over the night
        (at(23, 6), 30, at(23, 8, 30)),  # logged before opening
        (at(23, 19), 10, at(24, 8, 10)),  # logged after closing
        (at(20, 16), 120, at(23, 9)),  # Friday afternoon -> Monday morning
        (at(21, 11), 10, at(23, 8, 10)),  # logged on a Saturday
        (at(23, 8), 9 * 60, at(23, 17)),  # exactly one working day ends at closing time
        (at(23, 8), 5 * 9 * 60, at(27, 17)),  # one working week
    ],
)
def test_add_business_minutes(start, minutes, expected):
    assert sla.add_business_minutes(start, minutes) == expected


@override_settings(SAYPRO_SUPPORT_HOLIDAYS=["2026-11-23"])
def test_holidays_are_skipped():
    assert sla.add_business_minutes(at(20, 16), 120) == at(24, 9)
    assert sla.business_minutes_between(at(20, 16), at(24, 9)) == 120


@override_settings(SAYPRO_SUPPORT_BUSINESS_HOURS={5: ("09:00", "13:00")})
def test_custom_hours():
    assert sla.add_business_minutes(at(20, 12), 60) == at(21, 10)


def test_time_zone_is_the_sites_not_utc():
    start = datetime(2026, 11, 23, 6, 0, tzinfo=ZoneInfo("UTC"))  # 08:00 in Johannesburg
    assert sla.add_business_minutes(start, 30) == at(23, 8, 30)


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        (at(23, 9), at(23, 10), 60),
        (at(20, 16), at(23, 9), 120),
        (at(21, 10), at(22, 20), 0),  # a weekend
        (at(23, 18), at(24, 7), 0),  # a night
        (at(23, 10), at(23, 9), -60),
    ],
)
def test_business_minutes_between(start, end, minutes):
    assert sla.business_minutes_between(start, end) == minutes


def test_round_trip():
    start = at(19, 15, 17)
    for minutes in (1, 45, 600, 3000):
        assert sla.business_minutes_between(start, sla.add_business_minutes(start, minutes)) == (
            minutes
        )


@override_settings(SAYPRO_SUPPORT_BUSINESS_HOURS={})
def test_no_opening_hours_is_a_configuration_error():
    with pytest.raises(sla.ImproperlyConfigured):
        sla.add_business_minutes(at(23, 9), 10)


def test_due_times_on_creation(db):
    request = make_request(priority=URGENT, logged_at=at(20, 16, 55))
    assert request.first_response_due_at == at(23, 8, 5)  # 10 minutes
    assert request.resolution_due_at == at(23, 11, 55)  # 4 hours


def test_due_times_follow_the_priority(supervisor):
    request = make_request(priority=LOW, logged_at=at(23, 9))
    assert request.first_response_due_at == at(23, 17)
    # 5 x 24 business hours = 13 opening days of 9 hours and 4 more hours (no holidays).
    assert request.resolution_due_at == datetime(2026, 12, 10, 12, 0, tzinfo=SAST)
    request = SupportRequest.objects.get(pk=request.pk)
    lifecycle.change_priority(request, HIGH, by=supervisor)
    request.refresh_from_db()
    assert request.first_response_due_at == at(23, 10)
    assert request.resolution_due_at == at(25, 15)  # 24 business hours: 8 + 9 + 7


def test_due_times_are_kept_when_other_fields_change(db):
    request = make_request(priority=HIGH, logged_at=at(23, 9))
    SupportRequest.objects.filter(pk=request.pk).update(first_response_due_at=at(23, 12))
    request = SupportRequest.objects.get(pk=request.pk)
    request.subject = "Changed"
    request.save()
    request.refresh_from_db()
    assert request.first_response_due_at == at(23, 12)  # e.g. extended by hand


def test_update_fields_include_due_times(db):
    request = make_request(priority=HIGH, logged_at=at(23, 9))
    request = SupportRequest.objects.get(pk=request.pk)
    request.priority = URGENT
    request.save(update_fields=["priority"])
    request.refresh_from_db()
    assert request.first_response_due_at == at(23, 9, 10)


def states(request, now):
    return sla.kind_states(request, now), sla.sla_state(request, now)


def test_states(db):
    request = make_request(priority=HIGH, logged_at=at(23, 9))  # first response due 10:00
    assert states(request, at(23, 9, 10)) == (
        {sla.FIRST_RESPONSE: sla.ON_TIME, sla.RESOLUTION: sla.ON_TIME},
        sla.ON_TIME,
    )
    assert sla.kind_states(request, at(23, 9, 31))[sla.FIRST_RESPONSE] == sla.DUE_SOON
    assert sla.sla_state(request, at(23, 9, 31)) == sla.DUE_SOON
    assert sla.sla_state(request, at(23, 10, 1)) == sla.BREACHED
    request.first_response_at = at(23, 9, 59)
    assert sla.sla_state(request, at(23, 12)) == sla.ON_TIME  # answered in time
    request.first_response_at = at(23, 10, 30)
    assert sla.kind_states(request, at(23, 10, 31))[sla.FIRST_RESPONSE] == sla.BREACHED


def test_resolution_state(db):
    request = make_request(priority=URGENT, logged_at=at(23, 9))  # resolution due 13:00
    request.status, request.resolved_at = RESOLVED, at(23, 12)
    assert sla.kind_states(request, at(25, 9))[sla.RESOLUTION] == sla.ON_TIME
    request.status, request.resolved_at = CLOSED, at(23, 14)
    assert sla.kind_states(request, at(25, 9))[sla.RESOLUTION] == sla.BREACHED
    request.status = "reopened"  # an old resolution does not count any more
    request.resolved_at = at(23, 12)
    assert sla.kind_states(request, at(23, 13, 1))[sla.RESOLUTION] == sla.BREACHED


def test_database_filters_match_the_python_rules(db):
    now = at(23, 12)
    on_time = make_request(priority=LOW, logged_at=at(23, 9))
    soon = make_request(priority=HIGH, logged_at=at(23, 11, 15))  # due 12:15
    late = make_request(priority=URGENT, logged_at=at(23, 9))  # due 9:10
    answered_late = make_request(priority=URGENT, logged_at=at(23, 9))
    answered_late.first_response_at = at(23, 9, 30)
    answered_late.save()
    ids = {"on_time": on_time.pk, "soon": soon.pk, "late": late.pk, "ans": answered_late.pk}
    names = {pk: name for name, pk in ids.items()}
    breached = SupportRequest.objects.filter(sla.breached_q(sla.FIRST_RESPONSE, now))
    assert {names[pk] for pk in breached.values_list("pk", flat=True)} == {"late", "ans"}
    due_soon = SupportRequest.objects.filter(sla.due_soon_q(sla.FIRST_RESPONSE, now))
    assert {names[pk] for pk in due_soon.values_list("pk", flat=True)} == {"soon"}
    for request in SupportRequest.objects.all():
        expected = sla.kind_states(request, now)[sla.FIRST_RESPONSE]
        assert (request.pk in breached.values_list("pk", flat=True)) == (expected == sla.BREACHED)
    assert sla.add_business_minutes(now, 0) == now
    assert timedelta(0) == sla.add_business_minutes(now, 0) - now
