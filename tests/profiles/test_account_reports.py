"""The registrations report and the unconfirmed / inactive accounts report."""

import io
import re
from datetime import datetime, time, timedelta
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.profiles.choices import ADVERTISER, APPLICANT
from saypro_wagtail.profiles.models import Profile
from tests.conftest import verified_login
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def url(name, **params):
    base = reverse(f"saypro_profiles_reports:{name}")
    return f"{base}?{urlencode(params)}" if params else base


def registered(username, user_type, days_ago, **kwargs):
    user = make_user(username, user_type=user_type, **kwargs)
    # Noon, so that "days ago" is the same calendar day in any time zone of the test run.
    moment = timezone.make_aware(datetime.combine(TODAY - timedelta(days=days_ago), time(12)))
    Profile.objects.filter(user=user).update(created_at=moment)
    return user


@pytest.fixture
def registrations(db):
    """Three applicants two days ago, one advertiser yesterday, one applicant 60 days ago."""
    for number in range(3):
        registered(f"applicant{number}", APPLICANT, 2)
    registered("advertiser", ADVERTISER, 1)
    registered("old-applicant", APPLICANT, 60)


def signed_in_as(client, user):
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return verified_login(client, user)
    client.force_login(user)
    return client


def rows_by_day(response):
    return {row["day"]: row for row in response.context["object_list"]}


def csv_lines(response):
    return b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()


# Registrations ---------------------------------------------------------------------------------


def test_registrations_are_counted_per_day_and_user_type_for_the_last_30_days(
    client, superuser, registrations
):
    response = signed_in_as(client, superuser).get(url("registrations"))

    days = rows_by_day(response)
    two_days_ago, yesterday = TODAY - timedelta(days=2), TODAY - timedelta(days=1)
    assert (days[two_days_ago][APPLICANT], days[two_days_ago]["total"]) == (3, 3)
    assert (days[yesterday][ADVERTISER], days[yesterday]["total"]) == (1, 1)
    assert TODAY - timedelta(days=60) not in days  # outside the default period
    assert "Showing the last 30 days" in response.content.decode()


def test_a_date_range_and_a_user_type_narrow_the_registrations(client, superuser, registrations):
    response = signed_in_as(client, superuser).get(
        url(
            "registrations",
            created_at_from=(TODAY - timedelta(days=90)).isoformat(),
            created_at_to=(TODAY - timedelta(days=1)).isoformat(),
            user_type=APPLICANT,
        )
    )

    days = rows_by_day(response)
    assert set(days) == {TODAY - timedelta(days=60), TODAY - timedelta(days=2)}
    assert [days[day]["total"] for day in sorted(days)] == [1, 3]
    assert "Showing the last" not in response.content.decode()


def test_the_registrations_csv_has_a_column_per_user_type(client, superuser, registrations):
    response = signed_in_as(client, superuser).get(
        url(
            "registrations",
            created_at_from=(TODAY - timedelta(days=2)).isoformat(),
            created_at_to=(TODAY - timedelta(days=1)).isoformat(),
            export="csv",
        )
    )

    assert response.status_code == 200
    lines = csv_lines(response)
    assert lines[0] == "Day,General public,Applicant,Advertiser,Organisation,Partner,Total"
    assert lines[1:] == [
        f"{TODAY - timedelta(days=2)},0,3,0,0,0,3",
        f"{TODAY - timedelta(days=1)},0,0,1,0,0,1",
    ]


@pytest.mark.parametrize("name", ["registrations", "accounts"])
def test_every_account_report_exports_a_spreadsheet_with_its_headings(
    client, superuser, registrations, unconfirmed_member, name
):
    client = signed_in_as(client, superuser)
    view = client.get(url(name)).context["view"]
    response = client.get(url(name, export="xlsx"))

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.values)
    assert list(rows[0]) == [str(view.export_headings[field]) for field in view.list_export]
    assert len(rows) >= 2


@pytest.mark.parametrize("name", ["registrations", "accounts"])
def test_every_account_report_draws_a_chart_with_an_accessible_name_and_a_table(
    client, superuser, registrations, unconfirmed_member, name
):
    html = signed_in_as(client, superuser).get(url(name)).content.decode()

    svg = re.search(r'<svg role="img" aria-labelledby="([^"]+)"', html)
    assert svg
    title = re.search(rf'<title id="{svg.group(1)}">([^<]+)</title>', html)
    assert title and title.group(1).strip()
    assert "<table" in html


@pytest.mark.parametrize(
    "params",
    [
        {"created_at_from": "31/02/yesterday"},
        {"created_at_to": "2026-13-45"},
        {"user_type": "<script>x</script>"},
    ],
)
def test_bad_registration_filters_are_form_errors_not_crashes(
    client, superuser, registrations, params
):
    client = signed_in_as(client, superuser)
    response = client.get(url("registrations", **params))

    assert response.status_code == 200
    assert response.context["filters"].errors
    assert "<script>x</script>" not in response.content.decode()
    assert client.get(url("registrations", export="csv", **params)).status_code == 200


# Unconfirmed and inactive accounts --------------------------------------------------------------


@pytest.fixture
def accounts(db):
    """One account of each kind, and one recently active account that is not listed."""
    now = timezone.now()
    registered("waiting", APPLICANT, 10, confirmed=False)
    deactivated = registered("blocked", ADVERTISER, 5)
    deactivated.is_active = False
    deactivated.save()
    dormant = registered("sleepy", APPLICANT, 400)
    dormant.last_login = now - timedelta(days=saypro_settings.PROFILES_INACTIVE_DAYS + 1)
    dormant.save()
    busy = registered("busy", APPLICANT, 400)
    busy.last_login = now - timedelta(days=1)
    busy.save()


def listed(response):
    return {row.username: row for row in response.context["object_list"]}


def test_the_accounts_report_lists_unconfirmed_deactivated_and_dormant_accounts(
    client, superuser, accounts
):
    response = signed_in_as(client, superuser).get(url("accounts"))

    rows = listed(response)
    assert set(rows) == {"waiting", "blocked", "sleepy"}
    assert rows["waiting"].kinds_text == "E-mail not confirmed"
    assert rows["waiting"].age_days == 10
    assert rows["blocked"].kinds_text == "Deactivated"
    assert rows["sleepy"].kinds_text == "Not signed in lately"
    assert reverse("wagtailusers_users:edit", args=[rows["waiting"].user_id]) in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"kind": "unconfirmed"}, {"waiting"}),
        ({"kind": "deactivated"}, {"blocked"}),
        ({"kind": "dormant"}, {"sleepy"}),
        ({"user_type": ADVERTISER}, {"blocked"}),
    ],
)
def test_the_accounts_report_filters_by_kind_and_user_type(
    client, superuser, accounts, params, expected
):
    response = signed_in_as(client, superuser).get(url("accounts", **params))

    assert set(listed(response)) == expected


def test_the_accounts_csv_holds_each_listed_account(client, superuser, accounts):
    response = signed_in_as(client, superuser).get(
        url("accounts", kind="unconfirmed", export="csv")
    )

    lines = csv_lines(response)
    assert lines[0].startswith("User name,Name,E-mail,User type,Why listed,Registered")
    assert len(lines) == 2
    assert lines[1].startswith("waiting,waiting,waiting@example.com,Applicant,E-mail not confirmed")


def test_user_managers_do_not_see_staff_in_the_accounts_report(
    client, user_manager, editor, accounts
):
    editor.is_active = False
    editor.save()

    response = signed_in_as(client, user_manager).get(url("accounts"))

    assert "editor" not in listed(response)
    assert {"waiting", "blocked", "sleepy"} <= set(listed(response))


def test_a_bad_kind_is_a_form_error(client, superuser, accounts):
    response = signed_in_as(client, superuser).get(url("accounts", kind="zombie"))

    assert response.status_code == 200
    assert response.context["filters"].errors


# Who may open the reports -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["registrations", "accounts"])
def test_superusers_and_user_managers_open_the_account_reports(
    client, superuser, user_manager, name
):
    for user in (superuser, user_manager):
        assert signed_in_as(client, user).get(url(name)).status_code == 200, user


@pytest.mark.parametrize("name", ["registrations", "accounts"])
def test_an_editor_is_refused_the_account_reports(client, editor, name):
    for params in ({}, {"export": "csv"}):
        response = signed_in_as(client, editor).get(url(name, **params))

        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("name", ["registrations", "accounts"])
def test_a_member_is_asked_to_sign_in_for_the_account_reports(client, member, name):
    response = signed_in_as(client, member).get(url(name))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_reports_menu_shows_the_account_reports_only_to_those_who_may_open_them(
    client, superuser, user_manager, editor
):
    for user, shown in ((superuser, True), (user_manager, True), (editor, False)):
        html = signed_in_as(client, user).get(reverse("wagtailadmin_home")).content.decode()

        assert (url("registrations") in html) is shown, user
        assert (url("accounts") in html) is shown, user
