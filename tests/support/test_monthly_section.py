"""The support section of the monthly report, checked against figures worked out by hand."""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import UNITS, registered_sections
from saypro_wagtail.support.choices import CLOSED, IN_PROGRESS, RESOLVED
from saypro_wagtail.support.models import Message, SatisfactionRating, SupportRequest
from saypro_wagtail.support.monthly import SupportSection

from .conftest import make_request

SAST = ZoneInfo("Africa/Johannesburg")
OCTOBER = Period.month(2025, 10)


@pytest.fixture(autouse=True)
def johannesburg(settings):
    settings.TIME_ZONE = "Africa/Johannesburg"


def at(month, day, hour, minute=0, zone=SAST):
    return datetime(2025, month, day, hour, minute, tzinfo=zone)


def logged(logged_at, *, messages=(), rating=None, **fields):
    """A request; ``messages`` are (minutes after logging, from staff) pairs."""
    request = make_request(logged_at=logged_at, **{"channel": "portal", **fields})
    for minutes, from_staff in messages:
        Message.objects.create(
            request=request,
            from_staff=from_staff,
            body="...",
            created_at=logged_at + timedelta(minutes=minutes),
        )
    if rating:
        SatisfactionRating.objects.create(request=request, score=rating)
    return request


def update(request, **fields):
    """Set fields without save() (so the SLA due times stay those of the logging time)."""
    for name in ("first_response_at", "resolved_at"):
        if isinstance(fields.get(name), int):
            fields[name] = request.logged_at + timedelta(minutes=fields[name])
    SupportRequest.objects.filter(pk=request.pk).update(**fields)


@pytest.fixture
def october(db):
    """Six requests logged in October 2025 (SAST), and some before and after it.

    First responses (minutes): 10, 20, 30, 60, 20 (the sixth is unanswered) → average 28.
    Answering replies wait 10, 15 (the requester wrote at +5), 30, 60, 20 → average 27;
    C's second staff message answers nobody. Resolutions 2, 4, 6, 8, 10 hours → average 6.
    Five resolved or closed, B and C reopened once → 3 of 5 without reopening = 60 %.
    Ratings 5, 4, 3 → CSAT 4.0, two of three satisfied = 66.7 %.
    """
    a = logged(
        at(10, 1, 0, 30),  # 22:30 UTC on 30 September: still October here
        channel="email",
        category="technical",
        messages=[(10, True)],
        rating=5,
    )
    update(a, first_response_at=10, resolved_at=120, status=CLOSED)
    b = logged(
        at(10, 2, 9),
        channel="phone",
        category="billing",
        priority="high",
        messages=[(5, False), (20, True)],
        rating=4,
    )
    update(b, first_response_at=20, resolved_at=240, status=RESOLVED, reopened_count=1)
    c = logged(
        at(10, 3, 9),
        category="technical",
        priority="urgent",
        messages=[(30, True), (40, True)],
        rating=3,
    )
    # Urgent: first response due at 09:10 and resolution at 13:00, both missed.
    update(
        c,
        first_response_at=30,
        resolved_at=360,
        status=RESOLVED,
        reopened_count=1,
        escalation_tier=2,
    )
    d = logged(
        at(10, 6, 9), channel="email", category="other", priority="low", messages=[(60, True)]
    )
    update(d, first_response_at=60, resolved_at=480, status=CLOSED)
    e = logged(at(10, 7, 9), channel="live_chat", category="billing", messages=[(20, True)])
    update(e, first_response_at=20, resolved_at=600, status=RESOLVED)
    # Logged at 23:30 on the last day: October's, still new (both its due times have passed).
    logged(at(10, 31, 23, 30), category="other")

    # Not October's: logged on 30 September (open, or resolved after October: backlog),
    # resolved during October (not backlog), and 00:30 on 1 November (22:30 UTC on 31 October).
    september_open = logged(at(9, 30, 10), category="billing", messages=[(900, True)])
    update(september_open, first_response_at=900, status=IN_PROGRESS)
    september_done = logged(at(9, 29, 10), category="billing")
    update(september_done, resolved_at=at(10, 2, 10), status=RESOLVED)
    september_late = logged(at(9, 29, 11), category="billing")
    update(september_late, resolved_at=at(11, 2, 10), status=CLOSED)
    logged(at(11, 1, 0, 30), channel="email", category="technical", rating=1)


def metrics(figures):
    return {metric["key"]: metric for metric in figures["metrics"]}


def values(figures):
    return {key: metric["value"] for key, metric in metrics(figures).items()}


def breakdown(figures, key):
    table = next(table for table in figures["breakdowns"] if table["key"] == key)
    return {row["key"]: row["values"] for row in table["rows"]}


def test_october_figures_match_the_hand_computed_values(october):
    figures = SupportSection().compute(OCTOBER)

    assert values(figures) == {
        "requests": 6,
        "first_response": 28.0,
        "response": 27.0,
        "resolution": 6.0,
        "closed_without_reopen": 60.0,
        "resolved": 5,
        "resolution_rate": 83.3,
        "open_at_end": 3,  # the 31 October one, the open and the late September ones
        "reopened": 2,
        "escalations": 1,
        "first_response_breaches": 2,  # C (30 min for 10) and the unanswered one
        "resolution_breaches": 2,  # C and the one still open
        "csat": 4.0,
        "ratings": 3,
        "satisfied": 66.7,
        "deflections": 0,
    }


def test_requests_are_split_by_channel_category_and_priority(october):
    figures = SupportSection().compute(OCTOBER)

    assert breakdown(figures, "by_channel") == {
        "email": [2],
        "phone": [1],
        "live_chat": [1],
        "portal": [2],
        "social_media": [0],
        "in_person": [0],
    }
    assert breakdown(figures, "by_category")["technical"] == [2]
    assert breakdown(figures, "by_category")["billing"] == [2]
    assert breakdown(figures, "by_category")["other"] == [2]
    assert breakdown(figures, "by_priority") == {
        "low": [1],
        "normal": [3],
        "high": [1],
        "urgent": [1],
    }
    charts = {table["key"]: table["chart"] for table in figures["breakdowns"]}
    assert charts == {"by_channel": True, "by_category": True, "by_priority": False}


def test_kpis_carry_the_site_targets_and_which_way_is_better(october, settings):
    settings.SAYPRO_REPORT_TARGETS = {
        "first_response_minutes": 15,
        "average_response_minutes": 30,
        "resolution_hours": 5,
        "closed_without_reopen_percent": 98,
    }
    by_key = metrics(SupportSection().compute(OCTOBER))

    assert by_key["first_response"] == {
        "key": "first_response",
        "value": 28.0,
        "unit": "minutes",
        "target": 15,
        "better": "lower",
    }
    assert (by_key["response"]["target"], by_key["response"]["better"]) == (30, "lower")
    assert (by_key["resolution"]["unit"], by_key["resolution"]["target"]) == ("hours", 5)
    assert by_key["closed_without_reopen"]["target"] == 98
    assert by_key["closed_without_reopen"]["better"] == "higher"
    assert "target" not in by_key["requests"]


def test_a_kpi_without_a_configured_target_has_no_target(october, settings):
    settings.SAYPRO_REPORT_TARGETS = {"first_response_minutes": 10}
    by_key = metrics(SupportSection().compute(OCTOBER))

    assert by_key["first_response"]["target"] == 10
    assert "target" not in by_key["resolution"] and "better" not in by_key["resolution"]


def test_an_empty_period_shows_no_data_rather_than_zero_averages(october):
    figures = SupportSection().compute(Period.month(2025, 6))

    assert values(figures) == {
        "requests": 0,
        "first_response": None,
        "response": None,
        "resolution": None,
        "closed_without_reopen": None,
        "resolved": 0,
        "resolution_rate": None,
        "open_at_end": 0,
        "reopened": 0,
        "escalations": 0,
        "first_response_breaches": 0,
        "resolution_breaches": 0,
        "csat": None,
        "ratings": 0,
        "satisfied": None,
        "deflections": 0,
    }
    assert all(counts == [0] for counts in breakdown(figures, "by_channel").values())


def test_the_last_evening_of_the_month_belongs_to_it_west_of_greenwich(settings, db):
    settings.TIME_ZONE = "America/Sao_Paulo"  # UTC-3: 23:30 on 31 October is 02:30 UTC on 1 Nov
    zone = ZoneInfo("America/Sao_Paulo")
    logged(at(9, 30, 23, 30, zone))
    logged(at(10, 31, 23, 30, zone), channel="email")
    logged(at(11, 1, 0, 30, zone))

    figures = SupportSection().compute(OCTOBER)

    assert values(figures)["requests"] == 1
    assert breakdown(figures, "by_channel")["email"] == [1]
    assert values(SupportSection().compute(Period.month(2025, 11)))["requests"] == 1


def test_the_quarter_adds_up_its_months(october):
    quarter = values(SupportSection().compute(Period.quarter(2025, 4)))

    assert quarter["requests"] == 6 + 1  # October's and the 1 November one
    assert quarter["ratings"] == 4 and quarter["csat"] == 3.25


def test_figures_are_json_and_follow_the_standard_shape(october):
    figures = SupportSection().compute(OCTOBER)

    assert json.loads(json.dumps(figures)) == figures
    assert set(figures) == {"metrics", "breakdowns", "notes"}
    for metric in figures["metrics"]:
        assert metric["unit"] in UNITS
        assert metric.get("better", "lower") in ("lower", "higher")
    for table in figures["breakdowns"]:
        assert {"key", "chart", "columns", "rows"} <= set(table)
        for row in table["rows"]:
            assert len(row["values"]) == len(table["columns"])
    units = {metric["key"]: metric["unit"] for metric in figures["metrics"]}
    assert units["csat"] == "score" and units["satisfied"] == "percent"


def test_the_query_count_does_not_grow_with_the_data(october, django_assert_num_queries):
    with django_assert_num_queries(4):
        SupportSection().compute(OCTOBER)
    for day in range(8, 28):
        logged(at(10, day, 10), messages=[(5, False), (15, True)], rating=4)
    with django_assert_num_queries(4):
        SupportSection().compute(OCTOBER)


def test_every_figure_has_a_label_and_choices_are_shown_in_the_readers_language(october):
    section = SupportSection()
    figures = section.compute(OCTOBER)

    for metric in figures["metrics"]:
        assert str(section.metric_labels[metric["key"]])
    for table in figures["breakdowns"]:
        assert str(section.breakdown_titles[table["key"]])
        assert all(str(section.column_labels[column]) for column in table["columns"])
    with translation.override("fr"):
        assert section.metric_label("requests") == "Demandes"
        assert section.metric_label("escalations") == "Escalades"
        assert section.breakdown_title("by_channel") == "Demandes par canal"
        assert section.row_label("by_channel", {"key": "phone", "label": ""}) == "Téléphone"
        assert section.row_label("by_category", {"key": "technical", "label": ""}) == (
            "Problème technique"
        )
        assert section.metric_label("first_response")  # new string: translated later
    with translation.override("en"):
        assert section.row_label("by_priority", {"key": "urgent", "label": ""}) == "Urgent"
        assert section.row_label("by_priority", {"key": "gone", "label": ""}) == "gone"


def test_the_support_app_registers_its_section(db):
    sections = {section.name: section for section in registered_sections()}

    assert isinstance(sections["support"], SupportSection)
    assert sections["support"].order == 10


def test_suggested_articles_opened_from_the_contact_form_are_counted_within_the_month(db):
    from datetime import date

    from saypro_wagtail.support.models import Deflection

    Deflection.objects.create(date=date(2025, 10, 1), language="en", count=3)
    Deflection.objects.create(date=date(2025, 10, 31), language="fr", count=2)
    Deflection.objects.create(date=date(2025, 11, 1), language="en", count=7)

    assert values(SupportSection().compute(OCTOBER))["deflections"] == 5
