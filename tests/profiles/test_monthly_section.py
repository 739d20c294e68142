"""The registrations section of the monthly report, checked against a fixed set of accounts."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import UNITS, registered_sections
from saypro_wagtail.profiles.models import Profile
from saypro_wagtail.profiles.monthly import RegistrationsSection
from saypro_wagtail.roles import SUPPORT_AGENTS

from .conftest import in_group, make_user

SAST = ZoneInfo("Africa/Johannesburg")
OCTOBER = Period.month(2025, 10)


@pytest.fixture(autouse=True)
def johannesburg(settings):
    settings.TIME_ZONE = "Africa/Johannesburg"


def at(month, day, hour, minute=0, zone=SAST):
    return datetime(2025, month, day, hour, minute, tzinfo=zone)


def registered(username, created_at, **fields):
    user = make_user(username, **fields)
    Profile.objects.filter(user=user).update(created_at=created_at)
    return user


@pytest.fixture
def october(roles):
    """Five accounts registered in October 2025 (SAST), one before and one after it.

    Four of the five confirmed their e-mail (80 %); two are staff (a superuser and an agent).
    """
    registered("thandi", at(10, 1, 0, 30))  # 22:30 UTC on 30 September: October's here
    registered("lerato", at(10, 15, 12), user_type="applicant", confirmed=False)
    registered("pieter", at(10, 31, 23, 30), user_type="advertiser")
    root = registered("root", at(10, 20, 8), user_type="advertiser")
    root.is_superuser = True
    root.save()
    agent = in_group("agent", SUPPORT_AGENTS)
    Profile.objects.filter(user=agent).update(created_at=at(10, 21, 8), user_type="partner")
    registered("nomsa", at(11, 1, 0, 30))  # 22:30 UTC on 31 October: November's here
    registered("johan", at(9, 30, 23, 30))


def values(figures):
    return {metric["key"]: metric["value"] for metric in figures["metrics"]}


def by_user_type(figures):
    (table,) = figures["breakdowns"]
    assert table["key"] == "by_user_type" and table["chart"] is True
    return {row["key"]: row["values"] for row in table["rows"]}


def test_october_counts_new_confirmed_and_staff_accounts(october):
    figures = RegistrationsSection().compute(OCTOBER)

    assert values(figures) == {
        "new_accounts": 5,  # staff included, like the Registrations report
        "confirmed": 4,
        "confirmed_percent": 80.0,
        "staff_accounts": 2,
    }
    assert by_user_type(figures) == {
        "public": [1],
        "applicant": [1],
        "advertiser": [2],
        "organisation": [0],
        "partner": [1],
    }


def test_an_empty_period_has_no_confirmation_share(october):
    figures = RegistrationsSection().compute(Period.month(2025, 6))

    assert values(figures) == {
        "new_accounts": 0,
        "confirmed": 0,
        "confirmed_percent": None,
        "staff_accounts": 0,
    }
    assert all(counts == [0] for counts in by_user_type(figures).values())


def test_the_last_evening_of_the_month_belongs_to_it_west_of_greenwich(settings, db):
    settings.TIME_ZONE = "America/Sao_Paulo"  # UTC-3: 23:30 on 31 October is 02:30 UTC on 1 Nov
    zone = ZoneInfo("America/Sao_Paulo")
    registered("before", at(9, 30, 23, 30, zone))
    registered("last_evening", at(10, 31, 23, 30, zone), user_type="organisation")
    registered("after", at(11, 1, 0, 30, zone))

    figures = RegistrationsSection().compute(OCTOBER)

    assert values(figures)["new_accounts"] == 1
    assert by_user_type(figures)["organisation"] == [1]


def test_figures_are_json_and_follow_the_standard_shape(october):
    figures = RegistrationsSection().compute(OCTOBER)

    assert json.loads(json.dumps(figures)) == figures
    assert set(figures) == {"metrics", "breakdowns", "notes"}
    assert all(metric["unit"] in UNITS for metric in figures["metrics"])
    (table,) = figures["breakdowns"]
    assert all(len(row["values"]) == len(table["columns"]) for row in table["rows"])


def test_one_query_whatever_the_number_of_accounts(october, django_assert_num_queries):
    with django_assert_num_queries(1):
        RegistrationsSection().compute(OCTOBER)
    for number in range(10):
        registered(f"member{number}", at(10, 10 + number, 9), user_type="partner")
    with django_assert_num_queries(1):
        figures = RegistrationsSection().compute(OCTOBER)
    assert values(figures)["new_accounts"] == 15


def test_labels_exist_and_user_types_are_shown_in_the_readers_language(october):
    section = RegistrationsSection()
    figures = section.compute(OCTOBER)

    assert all(str(section.metric_labels[metric["key"]]) for metric in figures["metrics"])
    with translation.override("fr"):
        assert section.title == "Inscriptions"
        assert section.metric_label("confirmed") == "E-mail confirmé"
        assert section.column_label("accounts") == "Comptes"
        assert section.row_label("by_user_type", {"key": "public", "label": ""}) == "Grand public"
        assert section.row_label("by_user_type", {"key": "advertiser", "label": ""}) == "Annonceur"
        assert section.metric_label("new_accounts")  # new string: translated later
        assert section.breakdown_title("by_user_type")


def test_the_profiles_app_registers_its_section(db):
    sections = {section.name: section for section in registered_sections()}

    assert isinstance(sections["registrations"], RegistrationsSection)
    assert sections["registrations"].order == 30
