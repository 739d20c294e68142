"""The "Moderation outcomes" report: figures, period, export, and who may open it."""

import io
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale

from saypro_wagtail.moderation.choices import (
    DECISION_APPROVED,
    DECISION_REJECTED,
    DUPLICATE,
    REPORT_DISMISSED,
    REPORT_OPEN,
    REPORT_UPHELD,
)
from saypro_wagtail.moderation.models import (
    RejectionReason,
)
from saypro_wagtail.roles import AD_MODERATORS, SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.profiles.conftest import in_group, make_user

from .conftest import make_ad
from .records import decide, report, screened, submitted

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
DAY_A = TODAY - timedelta(days=5)  # inside the default 30 days
DAY_B = TODAY - timedelta(days=3)
OLD_DAY = TODAY - timedelta(days=60)  # outside


def url(**params):
    base = reverse("saypro_moderation_reports:outcomes")
    return f"{base}?{urlencode(params)}" if params else base


@pytest.fixture
def second_moderator(roles):
    user = in_group("moderator2", AD_MODERATORS)
    user.first_name, user.last_name = "Thandi", "Mokoena"
    user.save()
    return user


@pytest.fixture
def agent(roles):
    return in_group("agent", SUPPORT_AGENTS)


@pytest.fixture
def member(db):
    return make_user("amina")


@pytest.fixture
def superuser(db):
    user = make_user("root")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def dataset(roles, moderator, second_moderator):
    """Known figures in the last 30 days, and noise 60 days ago.

    - 2 submissions (workflow states) on DAY_A, 1 on DAY_B; 1 long ago.
    - moderator: approved after 2 h and 10 h on DAY_A, rejected after 4 h on DAY_B
      ("prohibited"), so 3 decisions, median 4 h.
    - Thandi Mokoena: rejected after 1 h on DAY_B ("prohibited") and after 3 h on DAY_B
      ("misleading"): median 2 h.
    - Overall median of 1, 2, 3, 4, 10 = 3 h. Per day: DAY_A median 6 h, DAY_B median 3 h.
    - Visitor reports: 2 upheld, 1 dismissed, 1 open (all scams but one duplicate upheld).
    - Screening: 2 "banned_phrase" hits, 1 "links" hit; 1 old hit.
    """
    owner = make_user("owner")
    ads = [make_ad(owner=owner, title=f"Ad {n}") for n in range(4)]
    for ad, day in zip(ads, (DAY_A, DAY_A, DAY_B, OLD_DAY), strict=True):
        submitted(ad, owner, day)
    decide(ads[0], DECISION_APPROVED, moderator, DAY_A, 2)
    decide(ads[1], DECISION_APPROVED, moderator, DAY_A, 10)
    decide(ads[2], DECISION_REJECTED, moderator, DAY_B, 4, "prohibited")
    decide(ads[0], DECISION_REJECTED, second_moderator, DAY_B, 1, "prohibited")
    decide(ads[1], DECISION_REJECTED, second_moderator, DAY_B, 3, "misleading")
    decide(ads[3], DECISION_APPROVED, moderator, OLD_DAY, 50)
    english = Locale.objects.get(language_code="en")
    RejectionReason.objects.create(
        code="prohibited", title="Prohibited item", guidance="...", locale=english
    )
    report(ads[0], "a", REPORT_UPHELD, DAY_A)
    report(ads[0], "b", REPORT_UPHELD, DAY_B, reason=DUPLICATE)
    report(ads[1], "c", REPORT_DISMISSED, DAY_B)
    report(ads[2], "d", REPORT_OPEN, DAY_B)
    report(ads[3], "e", REPORT_UPHELD, OLD_DAY)
    screened(ads[0], DAY_A, "banned_phrase", "links")
    screened(ads[1], DAY_B, "banned_phrase")
    screened(ads[2], DAY_B)
    screened(ads[3], OLD_DAY, "links")
    return ads


def open_as(client, user, **params):
    if user is not None:
        if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
            verified_login(client, user)
        else:
            client.force_login(user)
    return client.get(url(**params))


def by_day(response):
    return {row["period"]: row for row in response.context["object_list"]}


# Figures ---------------------------------------------------------------------------------------


def test_submissions_approvals_and_rejections_are_counted_per_day(client, moderator, dataset):
    response = open_as(client, moderator)

    assert response.status_code == 200
    rows = by_day(response)
    assert len(rows) == 30
    assert rows[DAY_A] == {
        "period": DAY_A,
        "submitted": 2,
        "approved": 2,
        "rejected": 0,
        "median_hours": 6.0,
    }
    assert rows[DAY_B] == {
        "period": DAY_B,
        "submitted": 1,
        "approved": 0,
        "rejected": 3,
        "median_hours": 3.0,
    }
    assert rows[TODAY]["submitted"] == 0 and rows[TODAY]["median_hours"] is None


def test_the_whole_period_shows_totals_and_the_median_time_to_decision(client, moderator, dataset):
    figures = open_as(client, moderator).context["figures"]

    assert figures.totals == {"submitted": 3, "approved": 2, "rejected": 3, "median_hours": 3.0}


def test_rejection_reasons_are_counted_with_their_titles(client, moderator, dataset):
    figures = open_as(client, moderator).context["figures"]

    assert figures.reasons == [
        {"code": "prohibited", "title": "Prohibited item", "count": 2},
        {"code": "misleading", "title": "misleading", "count": 1},  # no reason with that code
    ]


def test_each_moderator_has_decisions_approvals_rejections_and_a_median(
    client, moderator, second_moderator, dataset
):
    figures = open_as(client, moderator).context["figures"]

    assert [
        (row["name"], row["decisions"], row["approved"], row["rejected"], row["median_hours"])
        for row in figures.moderators
    ] == [("moderator", 3, 2, 1, 4.0), ("Thandi Mokoena", 2, 0, 2, 2.0)]


def test_visitor_reports_upheld_and_dismissed_are_counted_by_reason(client, moderator, dataset):
    figures = open_as(client, moderator).context["figures"]

    assert figures.report_totals == {"received": 4, "upheld": 2, "dismissed": 1}
    rows = {row["reason"]: row for row in figures.reports}
    assert rows["Scam or fraud"] == {
        "reason": "Scam or fraud",
        "received": 3,
        "upheld": 1,
        "dismissed": 1,
    }
    assert rows["Duplicate or spam"]["upheld"] == 1


def test_screening_hits_are_counted_by_rule(client, moderator, dataset):
    response = open_as(client, moderator)

    assert [(row["rule"], row["count"]) for row in response.context["figures"].screening] == [
        ("banned_phrase", 2),
        ("links", 1),
    ]
    assert len(response.context["screening"]) == 2


def test_without_a_median_aggregate_medians_come_from_the_latest_decisions(
    client, moderator, dataset, monkeypatch
):
    from saypro_wagtail.moderation.reporting import figures as moderation_figures

    # As on a database without a median aggregate (SQLite), whatever this one is.
    monkeypatch.setattr(
        moderation_figures, "median_strategy", lambda: moderation_figures.SampledMedians
    )
    monkeypatch.setattr(moderation_figures, "MEDIAN_SAMPLE", 2)
    response = open_as(client, moderator)

    figures = response.context["figures"]
    assert figures.sampled is True
    assert figures.totals["median_hours"] in (2.0, 2.5, 3.5)  # two of DAY_B's 1, 3 and 4 h
    assert "Medians are taken over the latest" in response.content.decode()


def test_a_date_range_narrows_the_figures(client, moderator, dataset):
    response = open_as(
        client,
        moderator,
        decided_from=OLD_DAY.isoformat(),
        decided_to=OLD_DAY.isoformat(),
    )

    figures = response.context["figures"]
    assert figures.totals == {"submitted": 1, "approved": 1, "rejected": 0, "median_hours": 50.0}
    assert figures.report_totals["upheld"] == 1
    assert [row["rule"] for row in figures.screening] == ["links"]
    assert response.context["default_period"] is False


def test_figures_per_month_add_up_the_days(client, moderator, dataset):
    response = open_as(
        client,
        moderator,
        decided_from=(TODAY - timedelta(days=90)).isoformat(),
        decided_to=TODAY.isoformat(),
        interval="month",
    )

    rows = response.context["object_list"]
    assert all(row["period"].day == 1 for row in rows)
    assert sum(row["approved"] for row in rows) == 3
    assert sum(row["rejected"] for row in rows) == 3
    assert sum(row["submitted"] for row in rows) == 4


def test_figures_per_week_start_on_mondays(client, moderator, dataset):
    response = open_as(client, moderator, interval="week")

    rows = response.context["object_list"]
    assert all(row["period"].weekday() == 0 for row in rows)
    assert sum(row["approved"] for row in rows) == 2


def test_an_empty_period_shows_zeros_and_no_chart(client, moderator, dataset):
    day = TODAY - timedelta(days=200)
    response = open_as(client, moderator, decided_from=day.isoformat(), decided_to=day.isoformat())

    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.totals == {"submitted": 0, "approved": 0, "rejected": 0, "median_hours": None}
    assert figures.moderators == [] and figures.reasons == [] and figures.screening == []
    assert response.context["chart"] == ""
    html = response.content.decode()
    assert "No decisions in this period." in html


def test_the_report_shows_a_chart_with_an_accessible_name_and_the_same_figures_in_tables(
    client, moderator, dataset
):
    html = open_as(client, moderator).content.decode()

    assert 'role="img"' in html
    assert '<title id="chart-moderation-outcomes-title">' in html
    assert "Prohibited item" in html
    assert "Thandi Mokoena" in html
    assert '<th scope="col">Median time to decision (hours)</th>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"decided_from": "31/02/yesterday"},
        {"decided_to": "2026-13-45"},
        {"decided_from": TODAY.isoformat(), "decided_to": (TODAY - timedelta(days=3)).isoformat()},
        {"interval": "fortnight"},
    ],
)
def test_bad_filters_are_form_errors_not_crashes(client, moderator, dataset, params):
    response = open_as(client, moderator, **params)

    assert response.status_code == 200
    assert response.context["period_is_valid"] is False
    assert "Correct the dates in the filters" in response.content.decode()
    verified_login(client, moderator)
    assert client.get(url(export="csv", **params)).status_code == 200


def test_the_queries_do_not_grow_with_the_data(client, moderator, dataset, second_moderator):
    verified_login(client, moderator)
    client.get(url())
    with CaptureQueriesContext(connection) as before:
        client.get(url())
    owner = make_user("owner2")
    for n in range(6):
        ad = make_ad(owner=owner, title=f"More {n}")
        decide(ad, DECISION_REJECTED, second_moderator, DAY_A, n + 1, f"code{n}")
        report(ad, f"k{n}", REPORT_UPHELD, DAY_A)
        screened(ad, DAY_A, f"rule{n}")
    with CaptureQueriesContext(connection) as after:
        client.get(url())

    assert len(after) == len(before)


# Export ----------------------------------------------------------------------------------------


def test_the_csv_export_holds_one_row_per_period(client, moderator, dataset):
    verified_login(client, moderator)
    response = client.get(
        url(decided_from=DAY_A.isoformat(), decided_to=DAY_B.isoformat(), export="csv")
    )

    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert lines[0] == (
        "Period starting,Submitted,Approved,Rejected,Median time to decision (hours)"
    )
    assert lines[1] == f"{DAY_A},2,2,0,6.0"
    assert lines[3] == f"{DAY_B},1,0,3,3.0"
    assert len(lines) == 4


def test_the_xlsx_export_has_the_headings_and_the_rows(client, moderator, dataset):
    verified_login(client, moderator)
    view = client.get(url()).context["view"]
    response = client.get(url(export="xlsx"))

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.values)
    assert list(rows[0]) == [str(view.export_headings[name]) for name in view.list_export]
    assert len(rows) == 31


# Who may open it -------------------------------------------------------------------------------


def test_moderators_and_superusers_open_the_report(client, moderator, superuser):
    for user in (moderator, superuser):
        assert open_as(client, user).status_code == 200, user
        assert open_as(client, user, export="csv").status_code == 200, user


def test_a_support_agent_is_refused_the_report(client, agent):
    for params in ({}, {"export": "csv"}):
        response = open_as(client, agent, **params)

        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_a_member_is_asked_to_sign_in(client, member):
    response = open_as(client, member)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_an_anonymous_visitor_is_asked_to_sign_in(client, db):
    for params in ({}, {"export": "csv"}):
        response = open_as(client, None, **params)

        assert response.status_code == 302
        assert "login" in response["Location"]


def test_the_results_url_is_guarded_too(client, agent, moderator):
    results = reverse("saypro_moderation_reports:outcomes_results")
    verified_login(client, agent)
    assert client.get(results).status_code == 302
    verified_login(client, moderator)
    assert client.get(results).status_code == 200


def test_the_reports_menu_shows_the_report_only_to_those_who_may_open_it(
    client, moderator, superuser, agent
):
    for user, shown in ((moderator, True), (superuser, True), (agent, False)):
        verified_login(client, user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()

        assert (url() in html) is shown, user
