"""The monthly report in the admin: the period form, the generic rendering of every section,
exports, the printable version, saved copies and who may open each of them."""

import csv
import io
import re
from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook
from wagtail import hooks

from saypro_wagtail.monthly.models import MonthlyReport
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import HOOK, ReportSection
from saypro_wagtail.roles import HELP_CENTER_EDITORS, SUPPORT_AGENTS, SUPPORT_SUPERVISORS
from tests.conftest import verified_login
from tests.profiles.conftest import in_group, make_user

REPORT = "saypro_monthly_report:report"
SAVE = "saypro_monthly_report:save"
SAVED_LIST = "saypro_monthly_report:saved_list"
SAVED = "saypro_monthly_report:saved"


class FakeSection(ReportSection):
    """A section whose figures depend only on the period: 100 requests in a month's number."""

    name = "fake"
    title = _("Fake app")
    order = 10
    metric_labels = {
        "requests": "Requests handled",
        "first_response": "First response",
        "satisfaction": "Satisfied requesters",
    }
    breakdown_titles = {"by_channel": "Requests by channel"}
    column_labels = {"requests": "Requests"}
    note_labels = {"median_sampled": "Medians are sampled."}
    calls = []

    def compute(self, period):
        self.calls.append(period)
        month = period.first.month
        return {
            "metrics": [
                {"key": "requests", "value": 1000 + month * 100, "unit": "count"},
                {
                    "key": "first_response",
                    "value": 8.5 if month % 2 else 12.0,
                    "unit": "minutes",
                    "target": 10,
                    "better": "lower",
                },
                {"key": "satisfaction", "value": None, "unit": "percent"},
            ],
            "breakdowns": [
                {
                    "key": "by_channel",
                    "chart": True,
                    "columns": ["requests"],
                    "rows": [
                        {"key": "portal", "label": "Portal", "values": [month * 10]},
                        {"key": "email", "label": "E-mail", "values": [5]},
                    ],
                }
            ],
            "notes": ["median_sampled"],
        }


@pytest.fixture
def fake_section():
    section = FakeSection()
    section.calls = []
    with hooks.register_temporarily(HOOK, lambda: [section]):
        yield section


@pytest.fixture
def no_sections():
    """Hide the sections the installed apps register."""
    hooks.get_hooks(HOOK)  # make sure the app hooks are loaded first
    original = hooks._hooks.get(HOOK, [])  # noqa: SLF001
    hooks._hooks[HOOK] = []  # noqa: SLF001 - only for this test
    yield
    hooks._hooks[HOOK] = original  # noqa: SLF001


@pytest.fixture
def only_fake_section(fake_section):
    hooks.get_hooks(HOOK)
    original = hooks._hooks.get(HOOK, [])  # noqa: SLF001
    hooks._hooks[HOOK] = [(lambda: [fake_section], 0)]  # noqa: SLF001
    yield fake_section
    hooks._hooks[HOOK] = original  # noqa: SLF001


@pytest.fixture
def supervisor_client(client, roles):
    return verified_login(client, in_group("supervisor", SUPPORT_SUPERVISORS))


def last_month():
    return Period.last_complete()


def test_the_reports_menu_offers_the_monthly_report_to_supervisors_only(client, roles):
    supervisor = in_group("supervisor", SUPPORT_SUPERVISORS)
    verified_login(client, supervisor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) in html
    agent = in_group("agent", SUPPORT_AGENTS)
    verified_login(client, agent)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) not in html


def test_supervisors_get_the_permission_from_their_role(roles):
    supervisor = in_group("supervisor", SUPPORT_SUPERVISORS)
    assert supervisor.has_perm("saypro_wagtail.view_monthly_report")
    assert not in_group("agent", SUPPORT_AGENTS).has_perm("saypro_wagtail.view_monthly_report")


def test_the_report_opens_on_the_last_complete_month(supervisor_client, only_fake_section):
    response = supervisor_client.get(reverse(REPORT))
    assert response.status_code == 200
    period = last_month()
    assert only_fake_section.calls == [period, period.previous()]
    html = response.content.decode()
    assert f'<option value="{period.slug}" selected>' in html
    assert str(period.label) in html and str(period.previous().label) in html


def test_each_metric_shows_its_value_previous_value_change_and_target(
    supervisor_client, only_fake_section
):
    response = supervisor_client.get(reverse(REPORT), {"period": "2026-05"})
    html = response.content.decode()
    assert "Fake app" in html
    assert "Requests handled" in html
    assert "1,500" in html and "1,400" in html  # May and April, grouped in English
    assert "↑" in html and "7.1%" in html  # 1500 against 1400
    assert "↓" in html and "29.2%" in html  # 8.5 minutes against 12
    # May: 8.5 minutes against a target of 10 (lower is better): met, in words.
    assert "8.5 min" in html and "12 min" in html
    assert re.search(r"10 min: <strong[^>]*>met</strong>", html)
    # No data is a dash, not a zero.
    assert "Satisfied requesters" in html
    assert "Medians are sampled." in html


def test_a_missed_target_says_not_met(supervisor_client, only_fake_section):
    html = supervisor_client.get(reverse(REPORT), {"period": "2026-04"}).content.decode()
    assert re.search(r"10 min: <strong[^>]*>not met</strong>", html)


def test_a_breakdown_with_a_chart_has_an_accessible_svg_followed_by_its_table(
    supervisor_client, only_fake_section
):
    html = supervisor_client.get(reverse(REPORT), {"period": "2026-05"}).content.decode()
    svg = re.search(r'<svg role="img" aria-labelledby="([^"]+)"', html)
    assert svg
    assert re.search(rf'<title id="{svg.group(1)}">Requests by channel</title>', html)
    after_chart = html[svg.end() :]
    assert after_chart.index("<table") < after_chart.index("</section>")
    assert "Portal" in after_chart and "E-mail" in after_chart
    assert "<script" not in html.split("saypro-monthly", 1)[1].split("</section>")[0]


def test_the_report_is_formatted_in_the_active_language(client, roles, only_fake_section):
    verified_login(client, in_group("supervisor", SUPPORT_SUPERVISORS))
    with translation.override("fr"):
        url = reverse(REPORT)
    html = client.get(url, {"period": "2026-05"}, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "1\u202f500" in html or "1 500" in html or "1\xa0500" in html
    assert "8,5" in html


def test_a_quarter_compares_with_the_previous_quarter(supervisor_client, only_fake_section):
    response = supervisor_client.get(reverse(REPORT), {"period": "2025-q3"})
    assert response.status_code == 200
    assert only_fake_section.calls == [Period.quarter(2025, 3), Period.quarter(2025, 2)]
    html = response.content.decode()
    assert "Q3 2025" in html and "Q2 2025" in html


@pytest.mark.parametrize("bad", ["2026-13", "nonsense", "1999-01", "2099-q1", ""])
def test_a_bad_period_is_a_field_error_not_a_crash(supervisor_client, only_fake_section, bad):
    response = supervisor_client.get(reverse(REPORT), {"period": bad})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "Choose a month or a quarter from the list." in html or "required" in html
    assert only_fake_section.calls == []


def test_an_export_with_a_bad_period_shows_the_form_error(supervisor_client, only_fake_section):
    response = supervisor_client.get(reverse(REPORT), {"period": "x", "export": "csv"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_without_any_section_the_report_says_no_app_reports_yet(supervisor_client, no_sections):
    response = supervisor_client.get(reverse(REPORT))
    assert response.status_code == 200
    assert "No apps report yet" in response.content.decode()


def test_the_real_sections_render_for_an_empty_period(supervisor_client):
    """The sections the installed apps register (if any yet) render a month without data."""
    response = supervisor_client.get(reverse(REPORT), {"period": last_month().slug})
    assert response.status_code == 200
    csv_response = supervisor_client.get(
        reverse(REPORT), {"period": last_month().slug, "export": "csv"}
    )
    assert csv_response.status_code == 200


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_csv_export_has_every_figure_and_the_breakdowns_below(
    supervisor_client, only_fake_section
):
    response = supervisor_client.get(reverse(REPORT), {"period": "2026-05", "export": "csv"})
    assert response.status_code == 200
    assert 'filename="monthly-report-2026-05.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == ["Section", "Figure", "Value", "Previous value", "Change", "Target", "Met"]
    assert ["Fake app", "Requests handled", "1500", "1400", "up 7.1%", "", ""] in rows
    assert ["Fake app", "First response", "8.5", "12.0", "down 29.2%", "10", "met"] in rows
    assert ["Fake app", "Satisfied requesters", "", "", "", "", ""] in rows
    assert ["Fake app", "Requests by channel", "Row", "Requests"] in rows
    assert ["Fake app", "Requests by channel", "Portal", "50"] in rows


def test_the_xlsx_export_has_the_same_rows(supervisor_client, only_fake_section):
    response = supervisor_client.get(reverse(REPORT), {"period": "2026-05", "export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Section", "Figure", "Value"]
    assert ["Fake app", "Requests handled", 1500, 1400, "up 7.1%", None, None] in rows


def test_the_export_labels_follow_the_active_language(client, roles, only_fake_section):
    verified_login(client, in_group("supervisor", SUPPORT_SUPERVISORS))
    response = client.get(
        reverse(REPORT), {"period": "2026-05", "export": "csv"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    with translation.override("fr"):
        from django.utils.translation import gettext

        expected = gettext("Section")
    assert read_csv(response)[0][0] == expected


def test_the_printable_version_has_no_admin_chrome_and_a_print_button(
    supervisor_client, only_fake_section
):
    response = supervisor_client.get(reverse(REPORT), {"period": "2026-05", "print": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Print or save as PDF" in html
    assert "Requests handled" in html and "<svg" in html
    assert "sidebar" not in html and "wagtailadmin" not in html
    assert "monthly.css" in html


def test_saving_a_copy_stores_both_periods_and_who_saved_it(client, roles, only_fake_section):
    supervisor = in_group("supervisor", SUPPORT_SUPERVISORS)
    verified_login(client, supervisor)
    response = client.post(reverse(SAVE), {"period": "2026-05"})
    report = MonthlyReport.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(SAVED, args=[report.pk])
    assert report.period == Period.month(2026, 5)
    assert report.created_by == supervisor and not report.scheduled
    assert report.figures["fake"]["metrics"][0]["value"] == 1500
    assert report.previous_figures["fake"]["metrics"][0]["value"] == 1400


def test_saving_needs_a_post_and_a_valid_period(supervisor_client, only_fake_section):
    assert supervisor_client.get(reverse(SAVE)).status_code == 405
    response = supervisor_client.post(reverse(SAVE), {"period": "2026-99"})
    assert response.status_code == 302
    assert not MonthlyReport.objects.exists()


def saved_copy(**fields):
    defaults = {
        "kind": "month",
        "period_start": date(2026, 5, 1),
        "figures": {"fake": FakeSection().compute(Period.month(2026, 5))},
        "previous_figures": {"fake": FakeSection().compute(Period.month(2026, 4))},
    }
    return MonthlyReport.objects.create(**{**defaults, **fields})


def test_a_saved_copy_shows_the_figures_as_they_were(supervisor_client, only_fake_section):
    report = saved_copy(created_at=timezone.make_aware(timezone.datetime(2026, 6, 2, 9, 30)))
    report.figures["fake"]["metrics"][0]["value"] = 4321
    report.save()
    response = supervisor_client.get(reverse(SAVED, args=[report.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "4,321" in html
    assert "as they were on" in html and "June 2, 2026" in html
    assert only_fake_section.calls == []  # nothing is recomputed
    rows = read_csv(supervisor_client.get(reverse(SAVED, args=[report.pk]), {"export": "csv"}))
    assert ["Fake app", "Requests handled", "4321", "1400", "up 208.6%", "", ""] in rows
    printable = supervisor_client.get(reverse(SAVED, args=[report.pk]), {"print": "1"})
    assert "4,321" in printable.content.decode()
    xlsx = supervisor_client.get(reverse(SAVED, args=[report.pk]), {"export": "xlsx"})
    assert xlsx.status_code == 200


def test_a_saved_copy_skips_uninstalled_sections_and_shows_unknown_keys(
    supervisor_client, only_fake_section
):
    report = saved_copy()
    report.figures["gone"] = {"metrics": [{"key": "x", "value": 1, "unit": "count"}]}
    report.figures["fake"]["metrics"].append({"key": "brand_new", "value": 3, "unit": "count"})
    report.figures["fake"]["breakdowns"][0]["rows"].append({"key": "fax", "values": [1]})
    report.figures["fake"]["notes"].append("mystery_note")
    report.save()
    html = supervisor_client.get(reverse(SAVED, args=[report.pk])).content.decode()
    assert "brand_new" in html and "fax" in html and "mystery_note" in html
    assert "gone" not in html


def test_the_saved_list_is_newest_first_with_constant_queries(
    supervisor_client, only_fake_section, django_assert_max_num_queries
):
    user = make_user("saver")
    older = saved_copy(created_at=timezone.now() - timezone.timedelta(days=3), created_by=user)
    newer = saved_copy(period_start=date(2026, 6, 1), scheduled=True)
    supervisor_client.get(reverse(SAVED_LIST))  # warm up session and caches
    with CaptureQueriesContext(connection) as few:
        html = supervisor_client.get(reverse(SAVED_LIST)).content.decode()
    assert html.index(reverse(SAVED, args=[newer.pk])) < html.index(reverse(SAVED, args=[older.pk]))
    for index in range(10):
        saved_copy(created_by=make_user(f"saver{index}"))
    with CaptureQueriesContext(connection) as many:
        supervisor_client.get(reverse(SAVED_LIST))
    assert len(many) == len(few)


def test_a_missing_saved_copy_is_a_404(supervisor_client):
    response = supervisor_client.get(reverse(SAVED, args=[999]), follow=True)
    assert response.status_code == 404


# Who may open what -----------------------------------------------------------------------------


def make_role_user(role):
    if role == "supervisor":
        return in_group("supervisor", SUPPORT_SUPERVISORS)
    if role == "superuser":
        user = make_user("root")
        user.is_superuser = True
        user.save()
        return user
    if role == "agent":
        return in_group("agent", SUPPORT_AGENTS)
    if role == "editor":
        return in_group("editor", HELP_CENTER_EDITORS)
    if role == "member":
        return make_user("member")
    return AnonymousUser()


def role_urls():
    return [
        ("get", REPORT, [], {"period": "2026-05"}),
        ("get", REPORT, [], {"period": "2026-05", "export": "csv"}),
        ("get", REPORT, [], {"period": "2026-05", "export": "xlsx"}),
        ("get", REPORT, [], {"period": "2026-05", "print": "1"}),
        ("post", SAVE, [], {"period": "2026-05"}),
        ("get", SAVED_LIST, [], {}),
        ("get", SAVED, ["pk"], {}),
        ("get", SAVED, ["pk"], {"export": "csv"}),
        ("get", SAVED, ["pk"], {"print": "1"}),
    ]


@pytest.mark.parametrize("role", ["supervisor", "superuser"])
def test_supervisors_and_superusers_open_every_view(client, roles, only_fake_section, role):
    verified_login(client, make_role_user(role))
    report = saved_copy()
    for method, name, args, data in role_urls():
        url = reverse(name, args=[report.pk] if args else [])
        response = getattr(client, method)(url, data)
        assert response.status_code in ((302,) if method == "post" else (200,)), (name, data)


@pytest.mark.parametrize("role", ["agent", "editor", "member", "anonymous"])
def test_everyone_else_is_refused_every_view(client, roles, only_fake_section, role):
    user = make_role_user(role)
    if user.is_authenticated:
        verified_login(client, user)
    report = saved_copy()
    for method, name, args, data in role_urls():
        url = reverse(name, args=[report.pk] if args else [])
        response = getattr(client, method)(url, data)
        assert response.status_code in (302, 403), (role, name, data)
        if response.status_code == 302:
            assert "login" in response["Location"] or response["Location"] == "/admin/"
        assert b"Requests handled" not in response.content
    assert MonthlyReport.objects.count() == 1
    assert only_fake_section.calls == []
