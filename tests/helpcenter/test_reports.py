"""The helpfulness panel of the article editor, and the reports' contract for every report.

The figures of each report are specified in ``test_reporting.py``; here every report is held
to the same rules (spreadsheet export, accessible chart, bad input, who may open it), and the
editor's helpfulness panel is specified.
"""

import io
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission

from saypro_wagtail.helpcenter.analytics import add_views
from saypro_wagtail.helpcenter.models import HelpArticlePage, HelpSearchQuery
from saypro_wagtail.helpcenter.panels import article_helpfulness
from saypro_wagtail.roles import HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS, SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.helpcenter.conftest import make_article, translate, vote
from tests.helpcenter.conftest import report_url as url

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()

# Report URL name, its menu label, and a filter field that takes a date range (if any).
REPORTS = [
    ("helpfulness", "Article helpfulness", "created_at"),
    ("most_viewed", "Most read articles", "date"),
    ("searches", "Help center searches", "date"),
    ("review_due", "Articles due for review", None),
    ("coverage", "Translation coverage", None),
]
REPORT_NAMES = [name for name, _label, _date in REPORTS]


@pytest.fixture
def report_data(category, article, french_article, locales, superuser):
    """At least one row in every report, with a chart."""
    vote(article, 1, True)
    vote(article, 2, False, "Out of date")
    vote(french_article, 1, True)
    add_views(article.pk, TODAY, 4)
    add_views(french_article.pk, TODAY - timedelta(days=1), 2)
    HelpSearchQuery.objects.create(query_string="password", locale=locales["en"], hits=3)
    HelpSearchQuery.objects.create(
        query_string="bitcoin", locale=locales["fr"], hits=2, zero_result_hits=2
    )
    make_article(
        category,
        "stale",
        title="Stale article",
        last_reviewed=TODAY - timedelta(days=365),
        content_owner=superuser,
    )
    return article, french_article


# The contract of every report ---------------------------------------------------------------


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_exports_a_spreadsheet_with_its_headings(admin_client, report_data, name):
    view = admin_client.get(url(name)).context["view"]
    response = admin_client.get(url(name, export="xlsx"))

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    assert ".xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    expected = [str(view.export_headings.get(field, field)) for field in view.list_export]
    assert list(rows[0]) == expected
    assert len(rows) >= 2  # the headings and at least one row of figures


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_draws_a_chart_with_an_accessible_name(admin_client, report_data, name):
    html = admin_client.get(url(name)).content.decode()

    svg = re.search(r'<svg role="img" aria-labelledby="([^"]+)"', html)
    assert svg, "the chart is an image for assistive technology"
    title = re.search(rf'<title id="{svg.group(1)}">([^<]+)</title>', html)
    assert title and title.group(1).strip()
    assert "<table" in html  # the table is the chart's text equivalent


@pytest.mark.parametrize("name,date_field", [(n, d) for n, _l, d in REPORTS if d])
def test_a_malformed_date_is_a_form_error_on_every_dated_report(
    admin_client, report_data, name, date_field
):
    for params in (
        {f"{date_field}_from": "31/02/yesterday"},
        {f"{date_field}_to": "2026-13-45"},
        {f"{date_field}_from": "2026-02-30", "export": "csv"},
    ):
        response = admin_client.get(url(name, **params))

        assert response.status_code == 200
        if "export" not in params:
            assert response.context["filters"].errors, params


@pytest.mark.parametrize(
    "name,params",
    [
        ("helpfulness", {"category": "not-a-page"}),
        ("helpfulness", {"language": "xx"}),
        ("most_viewed", {"category": "999999"}),
        ("searches", {"language": "<script>"}),
        ("review_due", {"content_owner": "nobody"}),
        ("review_due", {"locale": "not-a-locale"}),
        ("coverage", {"missing_in": "klingon"}),
    ],
)
def test_other_bad_filter_values_are_form_errors(admin_client, report_data, name, params):
    response = admin_client.get(url(name, **params))

    assert response.status_code == 200
    assert response.context["filters"].errors
    if "<script>" in params.values():  # the rejected value is shown escaped
        assert "Select a valid choice. &lt;script&gt;" in response.content.decode()


def logged_in(client, user):
    verified_login(client, user)
    return client


def group_member(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "").lower(), "", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def admin_only_user(django_user_model):
    user = django_user_model.objects.create_user("admin-only", "", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize("name,label,_date", REPORTS)
def test_admin_users_without_the_report_permission_are_refused(
    client, roles, django_user_model, name, label, _date
):
    for user in (
        admin_only_user(django_user_model),
        group_member(django_user_model, SUPPORT_AGENTS),
    ):
        logged_in(client, user)

        assert client.get(reverse("wagtailadmin_home")).status_code == 200  # admin users…
        assert client.get(url(name)).status_code in (302, 403)  # …but not of the reports
        assert client.get(url(name, export="xlsx")).status_code in (302, 403)
        assert client.get(url(name) + "results/").status_code in (302, 403)
        assert label not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("name,label,_date", REPORTS)
@pytest.mark.parametrize("who", [HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS, "superuser"])
def test_help_center_roles_and_superusers_open_every_report(
    client, roles, django_user_model, superuser, who, name, label, _date
):
    user = superuser if who == "superuser" else group_member(django_user_model, who)
    logged_in(client, user)

    assert client.get(url(name)).status_code == 200
    assert client.get(url(name) + "results/").status_code == 200
    assert client.get(url(name, export="xlsx")).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert label in menu and url(name) in menu


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_anonymous_visitors_are_sent_to_the_login_even_for_exports(client, name):
    response = client.get(url(name, export="csv"))

    assert response.status_code == 302 and "/admin/login/" in response.url


# The helpfulness panel of the article editor ------------------------------------------------


def panel_cells(html):
    """The text of the helpfulness panel's table cells, row by row."""
    panel = re.search(r'<div class="saypro-helpfulness-panel">(.*?)</table>', html, re.S)
    assert panel, "the helpfulness panel is on the edit screen"
    rows = re.findall(r"<tr>(.*?)</tr>", panel.group(1), re.S)
    cells = [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S) for row in rows]
    return [[" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in row] for row in cells]


def edit_screen(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def voted(category, article, french_article):
    """English: 1 yes, 3 no. French: 2 yes. Another article's votes must not count."""
    for number, helpful in enumerate([True, False, False, False]):
        vote(article, number, helpful)
    vote(french_article, 1, True)
    vote(french_article, 2, True)
    other = make_article(category, "other", title="Other article")
    vote(other, 1, False)
    return article, french_article


def test_editor_sees_this_translation_and_all_translations(admin_client, voted):
    article, french_article = voted

    assert panel_cells(edit_screen(admin_client, article))[1:] == [
        ["This translation (English)", "1", "3", "4", "25"],
        ["All translations", "3", "3", "6", "50"],
    ]
    assert panel_cells(edit_screen(admin_client, french_article))[1:] == [
        ["This translation (Français)", "2", "0", "2", "100"],
        ["All translations", "3", "3", "6", "50"],
    ]


def test_changed_votes_show_in_the_panel(admin_client, voted):
    article, _french = voted
    vote(article, 1, True)  # the first "No" becomes a "Yes"

    assert panel_cells(edit_screen(admin_client, article))[1] == [
        "This translation (English)", "2", "2", "4", "50"
    ]  # fmt: skip


def test_an_article_without_votes_says_so(admin_client, category):
    page = make_article(category, "new", title="New article")

    html = edit_screen(admin_client, page)

    assert panel_cells(html)[1:] == [
        ["This translation (English)", "0", "0", "0", "– no votes"],
        ["All translations", "0", "0", "0", "– no votes"],
    ]


def test_panel_links_to_the_report_narrowed_to_the_article(admin_client, voted, category):
    article, _french = voted
    html = edit_screen(admin_client, article)

    link = re.search(r'<a href="([^"]*/reports/help/helpfulness/[^"]*)"', html)
    assert link
    target = link.group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(target).query) == {"language": ["en"], "category": [str(category.pk)]}
    rows = admin_client.get(target).context["object_list"]
    assert [(row.title, row.language) for row in rows] == [
        ("Other article", "English"),
        ("How to register", "English"),
    ]
    assert rows[1].all_languages_total == 6


def test_panel_figures_cost_one_query_however_many_translations(
    django_assert_num_queries, voted, locales
):
    article, _french = voted
    translate(article, locales["pt"], title="Como se registar")
    portuguese = HelpArticlePage.objects.get(
        translation_key=article.translation_key, locale=locales["pt"]
    )
    vote(portuguese, 1, False)

    with django_assert_num_queries(1):
        figures = article_helpfulness(article)

    assert figures["all_translations"] == {
        "helpful": 3,
        "not_helpful": 4,
        "total": 7,
        "percent": 43,
    }


@pytest.fixture
def page_editor_without_reports(django_user_model, help_root):
    """May edit help pages and open the admin, but not the reports."""
    group = Group.objects.create(name="Page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=help_root, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user("writer", "", "pw")
    user.groups.add(group)
    return user


def test_panel_shows_figures_but_no_report_link_to_those_without_the_report(
    client, voted, page_editor_without_reports
):
    article, _french = voted
    html = edit_screen(logged_in(client, page_editor_without_reports), article)

    assert panel_cells(html)[1] == ["This translation (English)", "1", "3", "4", "25"]
    assert "/reports/help/helpfulness/" not in html


def test_help_center_editors_see_the_panel_and_the_link(client, roles, voted, django_user_model):
    article, _french = voted
    html = edit_screen(
        logged_in(client, group_member(django_user_model, HELP_CENTER_EDITORS)), article
    )

    assert panel_cells(html)[2] == ["All translations", "3", "3", "6", "50"]
    assert "/reports/help/helpfulness/" in html


def test_no_panel_while_the_article_is_being_created(admin_client, category):
    response = admin_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["saypro_helpcenter", "helparticlepage", category.pk],
        )
    )

    assert response.status_code == 200
    assert "saypro-helpfulness-panel" not in response.content.decode()
