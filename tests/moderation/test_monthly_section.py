"""The moderation section of the monthly report: hand-computed figures for a known month."""

import json
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from saypro_wagtail.moderation.choices import (
    DECISION_APPROVED,
    DECISION_REJECTED,
    DUPLICATE,
    REPORT_DISMISSED,
    REPORT_OPEN,
    REPORT_UPHELD,
    SCAM,
)
from saypro_wagtail.moderation.models import (
    RejectionReason,
)
from saypro_wagtail.moderation.monthly import ModerationSection
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import UNITS, registered_sections
from tests.profiles.conftest import make_user

from .conftest import make_ad
from .records import decide, report, screened, submitted

pytestmark = pytest.mark.django_db
MARCH = Period.month(2026, 3)
DAY_A, DAY_B, APRIL = date(2026, 3, 5), date(2026, 3, 20), date(2026, 4, 2)


@pytest.fixture
def dataset(roles, moderator, locales):
    """March 2026, and noise in April.

    - 3 submissions in March (2 on the 5th, 1 on the 20th), 1 in April.
    - Decisions in March: approved after 2 h and 10 h; rejected after 4 h and 1 h
      ("prohibited") and 3 h ("misleading", a code without a reason any more): 2 of 5 approved
      (40 %), median of 1, 2, 3, 4, 10 = 3 h. April: an approval after 50 h.
    - "prohibited" is titled in English and French, not in Portuguese.
    - Visitors' reports: scam upheld, duplicate upheld, scam dismissed, scam open: 4 received,
      2 upheld, 1 dismissed; one upheld in April.
    - Screening: 2 "banned_phrase" hits and 1 "links" hit in March; 1 "links" hit in April.
    """
    owner = make_user("owner")
    ads = [make_ad(owner=owner, title=f"Ad {n}") for n in range(4)]
    for ad, day in zip(ads, (DAY_A, DAY_A, DAY_B, APRIL), strict=True):
        submitted(ad, owner, day)
    decide(ads[0], DECISION_APPROVED, moderator, DAY_A, 2)
    decide(ads[1], DECISION_APPROVED, moderator, DAY_A, 10)
    decide(ads[2], DECISION_REJECTED, moderator, DAY_B, 4, "prohibited")
    decide(ads[0], DECISION_REJECTED, moderator, DAY_B, 1, "prohibited")
    decide(ads[1], DECISION_REJECTED, moderator, DAY_B, 3, "misleading")
    decide(ads[3], DECISION_APPROVED, moderator, APRIL, 50)
    RejectionReason.objects.create(
        code="prohibited", title="Prohibited item", guidance="...", locale=locales["en"]
    )
    RejectionReason.objects.create(
        code="prohibited", title="Article interdit", guidance="...", locale=locales["fr"]
    )
    report(ads[0], "a", REPORT_UPHELD, DAY_A)
    report(ads[0], "b", REPORT_UPHELD, DAY_B, reason=DUPLICATE)
    report(ads[1], "c", REPORT_DISMISSED, DAY_B)
    report(ads[2], "d", REPORT_OPEN, DAY_B)
    report(ads[3], "e", REPORT_UPHELD, APRIL)
    screened(ads[0], DAY_A, "banned_phrase", "links")
    screened(ads[1], DAY_B, "banned_phrase")
    screened(ads[2], DAY_B)
    screened(ads[3], APRIL, "links")
    return ads


def metrics(figures):
    return {metric["key"]: metric["value"] for metric in figures["metrics"]}


def breakdown(figures, key):
    return next(item for item in figures["breakdowns"] if item["key"] == key)


def rows(figures, key):
    return [(row["key"], row["values"]) for row in breakdown(figures, key)["rows"]]


def labels(section, figures, key):
    return [section.row_label(key, row) for row in breakdown(figures, key)["rows"]]


def test_the_section_is_registered_after_the_help_center_with_its_name():
    section = next(s for s in registered_sections() if s.name == "moderation")

    assert isinstance(section, ModerationSection)
    assert section.order == 40
    assert str(section.title) == "Moderation"


def test_headline_figures_of_a_month_are_the_hand_computed_ones(dataset):
    figures = ModerationSection().compute(MARCH)

    assert metrics(figures) == {
        "submitted": 3,
        "approved": 2,
        "rejected": 3,
        "approval_rate": 40.0,
        "median_hours": 3.0,
        "reports_received": 4,
        "reports_upheld": 2,
        "reports_dismissed": 1,
    }
    assert figures["notes"] == []


def test_rejections_are_broken_down_by_reason_titled_in_the_readers_language(dataset):
    section = ModerationSection()
    figures = section.compute(MARCH)

    assert rows(figures, "rejection_reasons") == [("prohibited", [2]), ("misleading", [1])]
    assert labels(section, figures, "rejection_reasons") == ["Prohibited item", "misleading"]
    with translation.override("fr"):
        assert labels(section, figures, "rejection_reasons") == ["Article interdit", "misleading"]
    with translation.override("pt"):  # not translated: the default language's title
        assert labels(section, figures, "rejection_reasons") == ["Prohibited item", "misleading"]


def test_a_rejection_without_a_reason_is_labelled_as_such(dataset, moderator):
    decide(dataset[2], DECISION_REJECTED, moderator, DAY_B, 5)
    section = ModerationSection()
    figures = section.compute(MARCH)

    row = next(row for row in breakdown(figures, "rejection_reasons")["rows"] if row["key"] == "")
    assert row["values"] == [1]
    assert section.row_label("rejection_reasons", row) == "No reason given"


def test_visitors_reports_are_broken_down_by_reason(dataset):
    section = ModerationSection()
    figures = section.compute(MARCH)

    assert breakdown(figures, "visitor_reports")["columns"] == ["received", "upheld", "dismissed"]
    assert rows(figures, "visitor_reports") == [(SCAM, [3, 1, 1]), (DUPLICATE, [1, 1, 0])]
    assert labels(section, figures, "visitor_reports") == ["Scam or fraud", "Duplicate or spam"]


def test_screening_hits_are_counted_per_rule_under_the_rules_name(dataset):
    section = ModerationSection()
    figures = section.compute(MARCH)

    assert rows(figures, "screening_hits") == [("banned_phrase", [2]), ("links", [1])]
    assert labels(section, figures, "screening_hits") == [
        "Banned words and phrases",
        "Too many links",
    ]
    assert section.row_label("screening_hits", {"key": "retired_rule", "label": ""}) == (
        "retired_rule"
    )


def test_a_month_without_moderation_shows_zero_counts_and_no_rates(dataset):
    figures = ModerationSection().compute(Period.month(2025, 6))

    assert metrics(figures) == {
        "submitted": 0,
        "approved": 0,
        "rejected": 0,
        "approval_rate": None,
        "median_hours": None,
        "reports_received": 0,
        "reports_upheld": 0,
        "reports_dismissed": 0,
    }
    assert all(item["rows"] == [] for item in figures["breakdowns"])


def test_a_quarter_adds_up_its_months(dataset):
    figures = ModerationSection().compute(Period.quarter(2026, 2))  # April to June

    assert metrics(figures) == {
        "submitted": 1,
        "approved": 1,
        "rejected": 0,
        "approval_rate": 100.0,
        "median_hours": 50.0,
        "reports_received": 1,
        "reports_upheld": 1,
        "reports_dismissed": 0,
    }


def test_figures_follow_the_standard_shape_and_survive_json(dataset):
    section = ModerationSection()
    figures = section.compute(MARCH)

    assert json.loads(json.dumps(figures)) == figures
    assert set(figures) == {"metrics", "breakdowns", "notes"}
    for metric in figures["metrics"]:
        assert metric["unit"] in UNITS
        assert section.metric_label(metric["key"]) != metric["key"]
    for item in figures["breakdowns"]:
        assert section.breakdown_title(item["key"]) != item["key"]
        for column in item["columns"]:
            assert section.column_label(column) != column
        for row in item["rows"]:
            assert {"key", "label", "values"} <= set(row)
            assert len(row["values"]) == len(item["columns"])
    assert "Prohibited item" not in json.dumps(figures)  # titles are looked up when shown


def test_the_sampled_median_note_names_the_sample_size():
    assert "20000" in ModerationSection().note_label("median_sampled")


def test_the_number_of_queries_does_not_grow_with_the_data(dataset, moderator):
    with CaptureQueriesContext(connection) as before:
        ModerationSection().compute(MARCH)
    for number in range(5):
        ad = make_ad(owner=make_user(f"more{number}"), title=f"More {number}")
        decide(ad, DECISION_REJECTED, moderator, DAY_B, number + 1, f"reason-{number}")
        report(ad, f"more{number}", REPORT_UPHELD, DAY_B)
        screened(ad, DAY_B, "phone_numbers")
    with CaptureQueriesContext(connection) as after:
        figures = ModerationSection().compute(MARCH)

    assert metrics(figures)["rejected"] == 8
    assert len(after) == len(before)


def test_reason_titles_are_read_once_per_language_however_many_rows(dataset):
    section = ModerationSection()
    figures = section.compute(MARCH)

    with CaptureQueriesContext(connection) as queries:
        labels(section, figures, "rejection_reasons")
        labels(section, figures, "rejection_reasons")
    assert len(queries) == 1
