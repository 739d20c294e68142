"""The help center's section of the monthly report: hand-computed figures for a known month."""

import json
from datetime import date, datetime, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from saypro_wagtail.helpcenter.models import (
    ArticleDailyViews,
    ArticleRating,
    HelpArticlePage,
    HelpSearchQuery,
)
from saypro_wagtail.helpcenter.monthly import HelpCenterSection
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import UNITS, registered_sections

from .conftest import make_article, translate

pytestmark = pytest.mark.django_db
MARCH = Period.month(2026, 3)


def at_noon(day):
    return timezone.make_aware(datetime.combine(day, time(12)))


def votes(page, helpful, count, day):
    for number in range(count):
        ArticleRating.objects.create(
            page=page,
            visitor_key=f"{page.pk}-{helpful}-{day}-{number}",
            helpful=helpful,
            created_at=at_noon(day),
        )


def searched(term, locale, day, hits, zero):
    HelpSearchQuery.objects.create(
        query_string=term, locale=locale, date=day, hits=hits, zero_result_hits=zero
    )


@pytest.fixture
def dataset(category, locales):
    """A help center of three live English articles (one translated into French) and a draft.

    - Views in March: "Reset your password" 10 + 5, its French translation 3, "Register" 7:
      25 in all. 150 views in February and April do not count.
    - Votes in March: password 3 yes 1 no, register 1 yes 3 no: 4 yes, 4 no, 50 % helpful.
      5 "no" votes in February do not count.
    - Searches in March: "wifi" (en) 4 + 2 searches, 4 + 1 without results; "fees" (en) 10,
      all found something; "bourse" (fr) 3, none found anything: 19 searches, 8 without
      results (42.1 %). February's 50 do not count.
    - Reviews: "Register" fell due on 1 March (overdue at the end of the month), "Pay fees" falls
      due on 15 April; the draft's old due date does not count (it is not live).
    """
    password = make_article(category, "password", title="Reset your password")
    register = make_article(
        category,
        "register",
        title="Register",
        last_reviewed=date(2025, 12, 1),
        review_interval_days=90,
    )
    fees = make_article(
        category, "fees", title="Pay fees", last_reviewed=date(2026, 1, 15), review_interval_days=90
    )
    category.add_child(
        instance=HelpArticlePage(
            title="Draft", slug="draft", summary="Not yet.", live=False,
            last_reviewed=date(2025, 1, 1), review_interval_days=30,
        )
    )  # fmt: skip
    french = locales["fr"]
    for ancestor in (category.get_parent().specific, category):
        translate(ancestor, french)
    password_fr = translate(password, french, title="Réinitialiser le mot de passe")

    for page, day, views in [
        (password, date(2026, 3, 1), 10),
        (password, date(2026, 3, 31), 5),
        (password_fr, date(2026, 3, 10), 3),
        (register, date(2026, 3, 15), 7),
        (fees, date(2026, 2, 28), 100),
        (fees, date(2026, 4, 1), 50),
    ]:
        ArticleDailyViews.objects.create(page=page, date=day, views=views)

    votes(password, True, 3, date(2026, 3, 2))
    votes(password, False, 1, date(2026, 3, 2))
    votes(register, True, 1, date(2026, 3, 31))
    votes(register, False, 3, date(2026, 3, 1))
    votes(fees, False, 5, date(2026, 2, 27))

    english = locales["en"]
    searched("wifi", english, date(2026, 3, 3), 4, 4)
    searched("wifi", english, date(2026, 3, 20), 2, 1)
    searched("fees", english, date(2026, 3, 5), 10, 0)
    searched("bourse", french, date(2026, 3, 6), 3, 3)
    searched("old", english, date(2026, 2, 1), 50, 50)
    return {"password": password, "password_fr": password_fr, "register": register, "fees": fees}


def metrics(figures):
    return {metric["key"]: metric["value"] for metric in figures["metrics"]}


def breakdown(figures, key):
    return next(item for item in figures["breakdowns"] if item["key"] == key)


def rows(figures, key):
    return [(row["key"], row["values"]) for row in breakdown(figures, key)["rows"]]


def test_the_section_is_registered_second_after_support_with_its_name():
    section = next(s for s in registered_sections() if s.name == "helpcenter")

    assert isinstance(section, HelpCenterSection)
    assert section.order == 20
    assert str(section.title) == "Help center"


def test_headline_figures_of_a_month_are_the_hand_computed_ones(dataset):
    figures = HelpCenterSection().compute(MARCH)

    assert metrics(figures) == {
        "article_views": 25,
        "helpful_votes": 4,
        "not_helpful_votes": 4,
        "helpful_percent": 50.0,
        "searches": 19,
        "zero_result_searches": 8,
        "zero_result_rate": 42.1,
        "overdue_reviews": 1,
        "live_articles": 3,
    }


def test_most_read_articles_are_listed_by_views_with_their_titles(dataset):
    section = HelpCenterSection()
    figures = section.compute(MARCH)

    top = breakdown(figures, "top_articles")
    assert top["columns"] == ["views"]
    assert [(section.row_label("top_articles", row), row["values"]) for row in top["rows"]] == [
        ("Reset your password", [15]),
        ("Register", [7]),
        ("Réinitialiser le mot de passe", [3]),
    ]


def test_least_helpful_articles_come_first_with_their_share_of_helpful_votes(dataset):
    figures = HelpCenterSection().compute(MARCH)

    assert rows(figures, "least_helpful") == [
        (dataset["register"].pk, [1, 3, 25.0]),
        (dataset["password"].pk, [3, 1, 75.0]),
    ]


def test_searches_without_results_are_listed_per_term_and_language(dataset):
    section = HelpCenterSection()
    figures = section.compute(MARCH)

    terms = breakdown(figures, "zero_result_terms")
    assert [(row["key"], row["values"]) for row in terms["rows"]] == [
        ("en:wifi", [5, 6]),
        ("fr:bourse", [3, 3]),
    ]
    assert [section.row_label("zero_result_terms", row) for row in terms["rows"]] == [
        "wifi (English)",
        "bourse (French)",
    ]
    with translation.override("fr"):
        assert section.row_label("zero_result_terms", terms["rows"][0]) == "wifi (Anglais)"


def test_translation_coverage_is_the_share_of_live_articles_per_other_language(dataset):
    section = HelpCenterSection()
    figures = section.compute(MARCH)

    coverage = breakdown(figures, "translation_coverage")
    assert coverage["chart"] is True
    assert rows(figures, "translation_coverage") == [
        ("fr", [33.3, 1]),
        ("pt", [0.0, 0]),
        ("af", [0.0, 0]),
        ("zu", [0.0, 0]),
        ("ar", [0.0, 0]),
    ]
    french_row = coverage["rows"][0]
    assert section.row_label("translation_coverage", french_row) == "French"
    with translation.override("fr"):
        assert section.row_label("translation_coverage", french_row) == "Français"
    with translation.override("pt"):
        assert section.row_label("translation_coverage", french_row) == "Francês"
    # A language Django does not know keeps the name the site gives it.
    assert section.row_label("translation_coverage", coverage["rows"][3]) == "isiZulu"


def test_a_month_without_activity_shows_zero_counts_and_no_rates(dataset):
    figures = HelpCenterSection().compute(Period.month(2025, 6))

    assert metrics(figures) == {
        "article_views": 0,
        "helpful_votes": 0,
        "not_helpful_votes": 0,
        "helpful_percent": None,
        "searches": 0,
        "zero_result_searches": 0,
        "zero_result_rate": None,
        "overdue_reviews": 0,
        "live_articles": 3,
    }
    assert rows(figures, "top_articles") == []
    assert rows(figures, "least_helpful") == []
    assert rows(figures, "zero_result_terms") == []


def test_an_empty_help_center_has_no_coverage_to_speak_of(db):
    figures = HelpCenterSection().compute(MARCH)

    assert metrics(figures)["live_articles"] == 0
    assert all(values == [None, 0] for _key, values in rows(figures, "translation_coverage"))


def test_a_quarter_adds_up_its_months(dataset):
    figures = HelpCenterSection().compute(Period.quarter(2026, 1))

    assert metrics(figures)["article_views"] == 125  # February's 100 as well
    assert metrics(figures)["not_helpful_votes"] == 9


def test_figures_follow_the_standard_shape_and_survive_json(dataset):
    section = HelpCenterSection()
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
    for note in figures["notes"]:
        assert section.note_label(note) != note


def test_labels_follow_the_readers_language_not_the_one_computed_in(dataset):
    section = HelpCenterSection()
    figures = section.compute(MARCH)

    with translation.override("fr"):
        assert section.row_label("translation_coverage", {"key": "pt", "label": ""}) == (
            "Portugais"
        )
    assert "Portugais" not in json.dumps(figures)


def test_the_number_of_queries_does_not_grow_with_the_data(dataset, category):
    with CaptureQueriesContext(connection) as before:
        HelpCenterSection().compute(MARCH)
    for number in range(5):
        page = make_article(category, f"more-{number}", last_reviewed=date(2025, 1, 1))
        ArticleDailyViews.objects.create(page=page, date=date(2026, 3, 9), views=number + 1)
        votes(page, number % 2 == 0, 2, date(2026, 3, 9))
        searched(f"term {number}", page.locale, date(2026, 3, 9), 2, 2)
    with CaptureQueriesContext(connection) as after:
        figures = HelpCenterSection().compute(MARCH)

    assert metrics(figures)["overdue_reviews"] == 6
    assert len(after) == len(before)
