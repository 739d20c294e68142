"""The Support KPIs report, checked against figures worked out by hand on a fixed dataset."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from saypro_wagtail.support.choices import CLOSED, IN_PROGRESS, RESOLVED
from saypro_wagtail.support.models import Message, SatisfactionRating, SupportRequest
from saypro_wagtail.support.reporting import kpis
from saypro_wagtail.support.reporting.filters import (
    LAST_QUARTER,
    THIS_MONTH,
    THIS_QUARTER,
    period_dates,
)
from tests.conftest import verified_login
from tests.profiles.conftest import make_user

from .conftest import make_request

SAST = ZoneInfo("Africa/Johannesburg")
OCTOBER = {"period": "custom", "start": "2025-10-01", "end": "2025-10-31"}


@pytest.fixture(autouse=True)
def johannesburg(settings):
    settings.TIME_ZONE = "Africa/Johannesburg"


def at(day, hour, minute=0, month=10):
    """A moment in October 2025 (the 1st is a Wednesday)."""
    return datetime(2025, month, day, hour, minute, tzinfo=SAST)


def logged(logged_at, *, messages=(), rating=None, **fields):
    request = make_request(logged_at=logged_at, **{"channel": "portal", **fields})
    for minutes, from_staff, *internal in messages:
        Message.objects.create(
            request=request,
            from_staff=from_staff,
            internal=bool(internal),
            body="...",
            created_at=logged_at + timedelta(minutes=minutes),
        )
    if rating:
        SatisfactionRating.objects.create(request=request, score=rating)
    return request


def minutes_after(request, minutes):
    return request.logged_at + timedelta(minutes=minutes)


@pytest.fixture
def dataset(agent, supervisor):
    """Five requests in October 2025 (and one in September that must not count)."""
    r1 = logged(
        at(1, 9),
        channel="email",
        category="technical",
        priority="normal",
        # staff after 60 min; requester at 120; internal note; staff answers 30 min later
        messages=[(60, True), (120, False), (130, True, "internal"), (150, True)],
        rating=5,
    )
    r2 = logged(
        at(2, 9),
        channel="phone",
        category="billing",
        priority="high",
        messages=[(30, False), (120, True)],  # answered 90 min after the requester wrote
        rating=4,
    )
    r3 = logged(
        at(3, 9),
        category="technical",
        priority="urgent",
        messages=[(10, True), (20, True)],  # the second reply answers nobody
        rating=2,
    )
    r4 = logged(at(6, 9), category="other", priority="low")  # never answered
    r5 = logged(
        at(7, 9), channel="live_chat", category="billing", priority="normal", messages=[(50, True)]
    )
    september = logged(
        at(30, 9, month=9), category="billing", priority="normal", messages=[(900, True)]
    )
    updates = {
        r1: dict(assigned_to=agent, first_response_at=60, resolved_at=240, status=CLOSED),
        r2: dict(assigned_to=agent, first_response_at=120, resolved_at=360, status=RESOLVED),
        r3: dict(
            assigned_to=supervisor,
            first_response_at=10,
            resolved_at=180,
            status=RESOLVED,
            escalation_tier=2,
            reopened_count=1,
        ),
        r5: dict(assigned_to=agent, first_response_at=50, status=IN_PROGRESS),
        september: dict(assigned_to=agent, first_response_at=900, status=IN_PROGRESS),
    }
    for request, fields in updates.items():
        for name in ("first_response_at", "resolved_at"):
            if name in fields:
                fields[name] = minutes_after(request, fields[name])
        SupportRequest.objects.filter(pk=request.pk).update(**fields)
    return [r1, r2, r3, r4, r5]


def october():
    start = at(1, 0)
    return SupportRequest.objects.filter(logged_at__gte=start, logged_at__lt=at(1, 0, month=11))


def test_kpis_match_the_hand_computed_figures(dataset):
    figures = kpis.summary(october())

    assert figures["total"] == 5
    assert figures["channel_email"] == figures["channel_phone"] == 1
    assert figures["channel_portal"] == 2 and figures["channel_live_chat"] == 1
    assert figures["channel_social_media"] == figures["channel_in_person"] == 0
    assert (figures["category_technical"], figures["category_billing"]) == (2, 2)
    assert figures["category_other"] == 1
    assert [figures[f"priority_{p}"] for p in ("low", "normal", "high", "urgent")] == [1, 2, 1, 1]
    # (60 + 120 + 10 + 50) / 4 minutes
    assert figures["first_response"] == timedelta(minutes=60)
    # replies answering the requester: 60, 30, 90, 10, 50 minutes
    assert figures["response"] == timedelta(minutes=48)
    assert figures["resolution"] == timedelta(minutes=(240 + 360 + 180) / 3)
    assert figures["resolution_rate"] == 60.0
    assert figures["closed_without_reopen"] == 66.7
    assert figures["reopened"] == 1
    assert figures["escalations"] == 1
    # r2 answered after its hour, r4 never; r4 and r5 are still open long after their due time
    assert figures["first_response_breaches"] == 2
    assert figures["resolution_breaches"] == 2
    assert figures["csat"] == pytest.approx(11 / 3)
    assert figures["ratings"] == 3
    assert figures["satisfied_percent"] == 66.7


def test_per_agent_figures(dataset, agent, supervisor):
    rows = list(kpis.per_agent(october()))

    assert [row["assigned_to"] for row in rows] == [agent.pk, supervisor.pk]
    assert (rows[0]["handled"], rows[0]["resolved"], rows[0]["ratings"]) == (3, 2, 2)
    assert rows[0]["first_response"] == timedelta(minutes=(60 + 120 + 50) / 3)
    assert rows[0]["csat"] == 4.5
    assert (rows[1]["handled"], rows[1]["resolved"], rows[1]["csat"]) == (1, 1, 2)


def kpi_url(**params):
    return reverse("saypro_support_reports:kpis"), params


def get(client, user, **params):
    url, params = kpi_url(**params)
    return verified_login(client, user).get(url, params)


def test_the_report_page_shows_the_figures(client, dataset, supervisor):
    response = get(client, supervisor, **OCTOBER)

    assert response.status_code == 200
    html = response.content.decode()
    metrics = dict((str(label), value) for label, value in response.context["metrics"])
    assert metrics["Requests"] == 5
    assert metrics["Average first response time (hours)"] == 1.0
    assert metrics["Average response time (hours)"] == 0.8
    assert metrics["Average resolution time (hours)"] == 4.3
    assert metrics["Average satisfaction (1–5)"] == 3.7
    assert 'role="img"' in html and "Requests by channel" in html
    assert "<caption>Requests by priority</caption>" in html
    agents = response.context["object_list"]
    assert agents[0] == {
        "agent": "agent",
        "handled": 3,
        "resolved": 2,
        "first_response_hours": 1.3,
        "csat": 4.5,
        "ratings": 2,
    }
    assert agents[1]["first_response_hours"] == 0.2


def test_csv_export_has_the_per_agent_rows(client, dataset, supervisor):
    response = get(client, supervisor, export="csv", **OCTOBER)

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:2] == ["Agent", "Requests handled"]
    assert rows[1][:3] == ["agent", "3", "2"]
    assert rows[2][0] == "supervisor"


def test_xlsx_export(client, dataset, supervisor):
    response = get(client, supervisor, export="xlsx", **OCTOBER)
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_an_empty_period_shows_dashes(client, supervisor):
    response = get(client, supervisor, period="custom", start="2020-01-01", end="2020-01-31")

    assert response.status_code == 200
    metrics = dict((str(label), value) for label, value in response.context["metrics"])
    assert metrics["Requests"] == 0
    assert metrics["Average response time (hours)"] is None
    assert metrics["Resolution rate (%)"] is None
    assert "—" in response.content.decode()
    assert "No assigned requests in this period." in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"period": "custom", "start": "2025-10-31", "end": "2025-10-01"},
        {"period": "custom", "start": "yesterday", "end": "2025-10-01"},
        {"period": "custom"},
        {"period": "fortnight"},
    ],
)
def test_bad_periods_are_form_errors(client, supervisor, params):
    response = get(client, supervisor, **params)

    assert response.status_code == 200
    assert response.context["filters"].errors
    assert "Correct the period in the filters" in response.content.decode()
    assert "metrics" not in response.context


def test_queries_do_not_grow_with_the_data(client, dataset, supervisor, other_agent):
    verified_login(client, supervisor)
    url, params = kpi_url(**OCTOBER)
    with CaptureQueriesContext(connection) as before:
        client.get(url, params)
    for day in range(8, 20):
        logged(at(day, 10), assigned_to=other_agent, messages=[(5, False), (9, True)], rating=3)
    with CaptureQueriesContext(connection) as after:
        client.get(url, params)
    assert len(after) == len(before)


def test_period_dates():
    today = at(15, 12, month=11).date()
    assert period_dates(THIS_MONTH, today=today) == (today.replace(day=1), today.replace(day=30))
    first, last = period_dates(THIS_QUARTER, today=today)
    assert (first.month, last.month, last.day) == (10, 12, 31)
    first, last = period_dates(LAST_QUARTER, today=today)
    assert (first.month, last.month, last.day) == (7, 9, 30)
    first, last = period_dates(LAST_QUARTER, today=today.replace(month=2))
    assert (first.year, first.month, last.year, last.month) == (2024, 10, 2024, 12)


def test_only_report_readers_open_the_report(client, supervisor, agent):
    superuser = make_user("root")
    superuser.is_superuser = True
    superuser.save()
    assert get(client, supervisor).status_code == 200
    assert get(client, superuser).status_code == 200
    for params in ({}, {"export": "csv"}):
        # Wagtail turns the PermissionDenied into a redirect to the dashboard, with a message.
        response = get(client, agent, **params)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    client.logout()
    assert get(client, make_user("member")).status_code in (302, 403)


def test_the_menu_item_only_for_report_readers(client, supervisor, agent):
    url = reverse("saypro_support_reports:kpis")
    for user, shown in ((supervisor, True), (agent, False)):
        html = verified_login(client, user).get(reverse("wagtailadmin_home")).content.decode()
        assert (url in html) is shown, user


def requests_report(client, user, **params):
    url = reverse("saypro_support_reports:requests")
    return verified_login(client, user).get(url, params)


def test_requests_report_filters_by_service_level(client, dataset, supervisor):
    r1, r2, r3, r4, r5 = dataset
    october = {"logged_at_from": "2025-10-01", "logged_at_to": "2025-10-31"}
    response = requests_report(client, supervisor, sla_state="breached", **october)
    assert response.status_code == 200
    listed = {request.pk for request in response.context["object_list"]}
    assert listed == {r2.pk, r4.pk, r5.pk}
    assert all(request.sla == "breached" for request in response.context["object_list"])

    response = requests_report(client, supervisor, sla_state="on_time")
    assert {request.pk for request in response.context["object_list"]} >= {r1.pk, r3.pk}

    response = requests_report(client, supervisor, status=["resolved"])
    assert {request.pk for request in response.context["object_list"]} == {r2.pk, r3.pk}


def test_requests_report_export_and_bad_input(client, dataset, supervisor):
    response = requests_report(
        client,
        supervisor,
        export="csv",
        logged_at_from="2025-10-01",
        logged_at_to="2025-10-31",
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "Reference" and len(rows) == 6
    assert rows[-1][5].startswith("2025-10-01 09:00:00")  # r1, in the site's time zone
    response = requests_report(client, supervisor, sla_state="late", logged_at_from="soon")
    assert response.status_code == 200
    assert response.context["filters"].errors


def test_requests_report_queries_do_not_grow(client, dataset, supervisor, other_agent):
    verified_login(client, supervisor)
    url = reverse("saypro_support_reports:requests")
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for day in range(8, 20):
        logged(at(day, 10), assigned_to=other_agent)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)


def test_agents_cannot_open_the_requests_report(client, agent):
    assert requests_report(client, agent).status_code == 302
