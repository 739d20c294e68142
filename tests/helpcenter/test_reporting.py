"""The help center's admin reports: figures, filters, exports, charts and who may see them."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from saypro_wagtail.helpcenter.analytics import add_views
from saypro_wagtail.helpcenter.models import HelpSearchQuery
from saypro_wagtail.roles import HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS, SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.helpcenter.conftest import make_article, translate, vote
from tests.helpcenter.conftest import report_url as url

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
REPORTS = ["helpfulness", "most_viewed", "searches", "review_due", "coverage"]


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


@pytest.fixture
def rated(category, article, french_article):
    """'How to register' (en 1 yes, 3 no; fr 2 yes) and 'Reset password' (en 2 yes)."""
    other = make_article(category, "reset-password", title="Reset your password")
    vote(article, 1, True)
    vote(article, 2, False, "Screenshots are out of date", days_ago=1)
    vote(article, 3, False, "Which browser?")
    vote(article, 4, False, days_ago=40)
    vote(french_article, 1, True)
    vote(french_article, 2, True)
    vote(other, 1, True)
    vote(other, 2, True)
    return article, french_article, other


def test_helpfulness_lowest_first_per_translation_with_all_languages(admin_client, rated):
    response = admin_client.get(url("helpfulness"))

    rows = response.context["object_list"]
    assert [(row.title, row.language, row.helpful, row.not_helpful) for row in rows] == [
        ("How to register", "English", 1, 3),
        ("Comment s'inscrire", "Français", 2, 0),  # ties: older article first
        ("Reset your password", "English", 2, 0),
    ]
    english = rows[0]
    assert english.helpful_percent == 25
    assert (english.all_languages_total, english.all_languages_percent) == (6, 50)
    assert english.comments == ["Which browser?", "Screenshots are out of date"]
    html = response.content.decode()
    assert "<li>Which browser?</li>" in html
    assert 'role="img"' in html and "least helpful articles first" in html


def test_helpfulness_for_a_period_and_a_language(admin_client, rated):
    since = (TODAY - timedelta(days=7)).isoformat()

    rows = admin_client.get(url("helpfulness", created_at_from=since, language="en")).context[
        "object_list"
    ]

    assert [(row.title, row.helpful, row.not_helpful) for row in rows] == [
        ("How to register", 1, 2),  # the vote of 40 days ago is outside the period
        ("Reset your password", 2, 0),
    ]
    assert rows[0].all_languages_total == 5


def test_helpfulness_exports_csv_and_xlsx(admin_client, rated):
    rows = csv_rows(admin_client.get(url("helpfulness", export="csv")))

    assert rows[0][:5] == ["Article", "Language", "Helpful", "Not helpful", "Helpful (%)"]
    assert rows[1][:5] == ["How to register", "English", "1", "3", "25"]
    assert "Which browser? | Screenshots are out of date" in rows[1]

    response = admin_client.get(url("helpfulness", export="xlsx"))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert values[0][0] == "Article" and values[1][:4] == ("How to register", "English", 1, 3)


def test_bad_filter_input_is_a_form_error_not_a_500(admin_client, rated):
    response = admin_client.get(url("helpfulness", created_at_from="31/02/yesterday"))

    assert response.status_code == 200
    assert response.context["filters"].errors
    assert len(response.context["object_list"]) == 3  # unfiltered, still usable


def test_most_viewed_sums_views_over_the_period(admin_client, category, article):
    other = make_article(category, "other", title="Other article")
    add_views(article.pk, TODAY, 5)
    add_views(article.pk, TODAY - timedelta(days=3), 7)
    add_views(other.pk, TODAY, 20)
    add_views(article.pk, TODAY - timedelta(days=60), 100)  # outside the default 30 days

    rows = admin_client.get(url("most_viewed")).context["object_list"]
    assert [(row.title, row.views) for row in rows] == [
        ("Other article", 20),
        ("How to register", 12),
    ]

    since = (TODAY - timedelta(days=90)).isoformat()
    rows = admin_client.get(url("most_viewed", date_from=since)).context["object_list"]
    assert [(row.title, row.views) for row in rows][0] == ("How to register", 112)
    assert csv_rows(admin_client.get(url("most_viewed", export="csv")))[1] == [
        "Other article", "English", "20"
    ]  # fmt: skip


def test_searches_and_searches_without_results(admin_client, locales):
    HelpSearchQuery.objects.create(
        query_string="password", locale=locales["en"], hits=5, last_result_count=3
    )
    HelpSearchQuery.objects.create(
        query_string="password",
        locale=locales["en"],
        hits=2,
        date=TODAY - timedelta(days=2),
        last_result_count=3,
    )
    HelpSearchQuery.objects.create(
        query_string="bitcoin", locale=locales["en"], hits=3, zero_result_hits=3
    )
    HelpSearchQuery.objects.create(query_string="bitcoin", locale=locales["fr"], hits=1,
                                   zero_result_hits=1)  # fmt: skip

    rows = admin_client.get(url("searches")).context["object_list"]
    assert [
        (r.query_string, r.language_code, r.searches, r.zero_result_searches) for r in rows
    ] == [
        ("password", "en", 7, 0),
        ("bitcoin", "en", 3, 3),
        ("bitcoin", "fr", 1, 1),
    ]
    zero = admin_client.get(url("searches", zero_results="on", language="en"))
    assert [row.query_string for row in zero.context["object_list"]] == ["bitcoin"]
    assert csv_rows(admin_client.get(url("searches", export="csv")))[0] == [
        "Search", "Language", "Searches", "Searches without results"
    ]  # fmt: skip


def test_review_due_lists_overdue_articles_oldest_first(admin_client, category, superuser):
    make_article(category, "fresh", last_reviewed=TODAY - timedelta(days=1))
    make_article(category, "due-today", last_reviewed=TODAY - timedelta(days=180))
    make_article(category, "overdue", last_reviewed=TODAY - timedelta(days=200),
                 content_owner=superuser)  # fmt: skip

    rows = admin_client.get(url("review_due")).context["object_list"]

    assert [(page.slug, page.days_overdue) for page in rows] == [("overdue", 20), ("due-today", 0)]
    assert rows[0].owner_name == "boss"
    owned = admin_client.get(url("review_due", content_owner=superuser.pk)).context["object_list"]
    assert [page.slug for page in owned] == ["overdue"]


def test_coverage_per_language_and_articles_missing_in_one(
    admin_client, help_root, category, article, locales
):
    make_article(category, "english-only", title="English only")
    translate(article, locales["fr"], title="Comment s'inscrire")

    response = admin_client.get(url("coverage"))
    coverage = {row.language_code: row for row in response.context["coverage"]}
    assert (coverage["en"].live_articles, coverage["en"].coverage_percent) == (2, 100)
    assert (coverage["fr"].live_articles, coverage["fr"].coverage_percent) == (1, 50)
    assert coverage["pt"].coverage_percent == 0
    assert "Français" in response.content.decode()

    missing = admin_client.get(url("coverage", missing_in="fr")).context["object_list"]
    assert [page.title for page in missing] == ["English only"]


@pytest.mark.parametrize("name", REPORTS)
def test_report_queries_do_not_grow_with_rows(admin_client, category, locales, name):
    def add_data(start, count):
        for number in range(start, start + count):
            page = make_article(category, f"a-{number}", last_reviewed=TODAY - timedelta(days=400))
            vote(page, 1, False, "Missing steps")
            add_views(page.pk, TODAY, number + 1)
            HelpSearchQuery.objects.create(query_string=f"q{number}", locale=locales["en"], hits=1)

    add_data(0, 1)
    admin_client.get(url(name))
    with CaptureQueriesContext(connection) as one_row:
        admin_client.get(url(name))
    add_data(1, 5)
    with CaptureQueriesContext(connection) as six_rows:
        response = admin_client.get(url(name))

    assert len(response.context["object_list"]) >= 6 or name == "coverage"
    assert len(six_rows) == len(one_row)


def member_client(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", ""), "", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    verified_login(client, user)
    return client


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("group_name", [HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS])
def test_help_center_roles_can_open_every_report(
    client, roles, django_user_model, group_name, name
):
    member_client(client, django_user_model, group_name)

    assert client.get(url(name)).status_code == 200
    assert client.get(url(name, export="csv")).status_code == 200


@pytest.mark.parametrize("name", REPORTS)
def test_other_admin_roles_are_refused(client, roles, django_user_model, name):
    member_client(client, django_user_model, SUPPORT_AGENTS)

    assert client.get(url(name)).status_code in (302, 403)
    assert client.get(url(name, export="csv")).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Article helpfulness" not in menu


@pytest.mark.parametrize("name", REPORTS)
def test_anonymous_visitors_are_sent_to_the_login(client, name):
    response = client.get(url(name))

    assert response.status_code == 302 and "/admin/login/" in response.url


def test_menu_shows_the_reports_to_those_allowed(client, roles, django_user_model):
    member_client(client, django_user_model, HELP_CENTER_EDITORS)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()

    for label in ("Article helpfulness", "Most read articles", "Help center searches",
                  "Articles due for review", "Translation coverage"):  # fmt: skip
        assert label in menu


def test_permission_alone_is_enough(client, django_user_model):
    user = django_user_model.objects.create_user("analyst", "", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_helpcenter_reports"),
    )
    verified_login(client, user)

    assert client.get(url("searches")).status_code == 200


def test_zero_result_filter_keeps_a_searchs_whole_totals(admin_client, locales):
    HelpSearchQuery.objects.create(
        query_string="refund", locale=locales["en"], hits=4, last_result_count=2
    )
    HelpSearchQuery.objects.create(query_string="refund", locale=locales["en"], hits=1,
                                   zero_result_hits=1, date=TODAY - timedelta(days=1))  # fmt: skip

    rows = admin_client.get(url("searches", zero_results="on")).context["object_list"]

    assert [(row.query_string, row.searches, row.zero_result_searches) for row in rows] == [
        ("refund", 5, 1)
    ]
