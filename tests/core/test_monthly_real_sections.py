"""The monthly report with the sections the installed apps register (no fake section)."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import registered_sections
from saypro_wagtail.roles import SUPPORT_SUPERVISORS
from tests.conftest import verified_login
from tests.profiles.conftest import in_group
from tests.support.conftest import make_request

REPORT = "saypro_monthly_report:report"


def add_requests(period, count, start=0):
    for n in range(start, start + count):
        make_request(
            subject=f"Request {n}",
            reference=f"TEST-{n:05d}",
            logged_at=period.start + timedelta(hours=n + 1),
        )


def test_every_installed_app_contributes_a_section():
    names = {section.name for section in registered_sections()}
    assert names == {"support", "helpcenter", "moderation", "registrations"}


def test_the_real_report_shows_each_app_and_its_queries_do_not_grow_with_data(client, roles):
    verified_login(client, in_group("supervisor", SUPPORT_SUPERVISORS))
    period = Period.last_complete()
    add_requests(period, 2)
    url = reverse(REPORT)
    client.get(url, {"period": period.slug})  # warm up
    with CaptureQueriesContext(connection) as few:
        response = client.get(url, {"period": period.slug})
    assert response.status_code == 200
    html = response.content.decode()
    for section in registered_sections():
        assert str(section.title) in html
    assert "Requests by channel" in html
    add_requests(period, 20, start=2)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url, {"period": period.slug})
    assert len(many) == len(few)
    csv_response = client.get(url, {"period": period.slug, "export": "csv"})
    text = csv_response.content.decode("utf-8-sig")
    assert "Support,Requests,22," in text
