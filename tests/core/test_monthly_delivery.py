"""The scheduled monthly report: saved once per period, e-mailed once per recipient."""

import threading
from datetime import date

import pytest
from django.core import mail
from django.db import connection
from django.utils import translation
from wagtail import hooks
from wagtail.users.models import UserProfile

from saypro_wagtail.monthly import delivery
from saypro_wagtail.monthly.models import MonthlyReport, MonthlyReportDelivery
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import HOOK
from saypro_wagtail.schedules import beat_schedule
from tests.core.test_monthly_view import FakeSection
from tests.profiles.conftest import make_user
from tests.services import require

DAY = date(2026, 11, 5)  # MONTHLY_REPORT_DAY is 5 by default
OCTOBER = Period.month(2026, 10)


@pytest.fixture
def fake_section():
    section = FakeSection()
    section.calls = []
    hooks.get_hooks(HOOK)
    original = hooks._hooks.get(HOOK, [])  # noqa: SLF001
    hooks._hooks[HOOK] = [(lambda: [section], 0)]  # noqa: SLF001
    yield section
    hooks._hooks[HOOK] = original  # noqa: SLF001


@pytest.fixture
def recipients(settings):
    settings.SAYPRO_MONTHLY_REPORT_RECIPIENTS = ["boss@example.com", "board@example.org"]
    return settings


def run(today=DAY, capture=None):
    with capture(execute=True):
        return delivery.send_monthly_report(today=today)


def test_the_task_runs_daily_from_the_beat_schedule():
    entry = beat_schedule()["saypro-send-monthly-report"]
    assert entry["task"] == "saypro_wagtail.send_monthly_report"
    from example_site.celery import app

    app.loader.import_default_modules()
    assert "saypro_wagtail.send_monthly_report" in app.tasks


def test_before_the_day_nothing_is_saved_or_sent(
    db, recipients, fake_section, django_capture_on_commit_callbacks
):
    assert run(date(2026, 11, 4), django_capture_on_commit_callbacks) == 0
    assert not MonthlyReport.objects.exists()
    assert mail.outbox == []


def test_on_the_day_last_month_is_saved_and_sent_to_every_recipient(
    db, recipients, fake_section, django_capture_on_commit_callbacks
):
    assert run(DAY, django_capture_on_commit_callbacks) == 2
    report = MonthlyReport.objects.get()
    assert report.scheduled and report.created_by is None
    assert report.period == OCTOBER
    assert report.figures["fake"]["metrics"][0]["value"] == 2000
    assert report.previous_figures["fake"]["metrics"][0]["value"] == 1900
    assert sorted(message.to[0] for message in mail.outbox) == [
        "board@example.org",
        "boss@example.com",
    ]
    message = mail.outbox[0]
    assert message.subject.endswith("monthly report for October 2026")
    assert "Fake app" in message.body
    assert "Requests handled: 2,000" in message.body
    assert "met" in message.body  # the first response target
    assert f"/admin/reports/monthly/saved/{report.pk}/" in message.body
    html = message.alternatives[0][0]
    assert "Requests handled" in html and f"/saved/{report.pk}/" in html


def test_a_later_day_of_the_month_still_sends_if_it_has_not_been_sent(
    db, recipients, fake_section, django_capture_on_commit_callbacks
):
    assert run(date(2026, 11, 20), django_capture_on_commit_callbacks) == 2


def test_running_twice_sends_one_email_per_recipient(
    db, recipients, fake_section, django_capture_on_commit_callbacks
):
    run(DAY, django_capture_on_commit_callbacks)
    fake_section.calls.clear()
    assert run(DAY, django_capture_on_commit_callbacks) == 0
    assert run(date(2026, 11, 6), django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 2
    assert MonthlyReport.objects.count() == 1
    assert fake_section.calls == []  # the saved copy is reused, not recomputed


def test_a_recipient_added_later_gets_it_and_only_they_do(
    db, recipients, fake_section, django_capture_on_commit_callbacks, settings
):
    run(DAY, django_capture_on_commit_callbacks)
    settings.SAYPRO_MONTHLY_REPORT_RECIPIENTS = [
        "boss@example.com",
        "board@example.org",
        "new@example.com",
    ]
    assert run(date(2026, 11, 6), django_capture_on_commit_callbacks) == 1
    assert [message.to for message in mail.outbox[2:]] == [["new@example.com"]]
    assert MonthlyReportDelivery.objects.count() == 3


def test_a_claim_made_by_another_worker_is_skipped(
    db, recipients, fake_section, django_capture_on_commit_callbacks, monkeypatch
):
    """Two workers at once: the unique delivery row lets only one of them send."""
    report = delivery.scheduled_copy(OCTOBER)
    # Another worker has claimed both addresses after our run looked for earlier deliveries.
    for address in ["boss@example.com", "board@example.org"]:
        MonthlyReportDelivery.objects.create(report=report, email=address, language="en")
    real_filter = MonthlyReportDelivery.objects.filter
    monkeypatch.setattr(
        MonthlyReportDelivery.objects, "filter", lambda **lookup: real_filter(**lookup).none()
    )
    assert run(DAY, django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []
    monkeypatch.undo()
    assert MonthlyReportDelivery.objects.filter(report=report).count() == 2


def test_a_scheduled_copy_saved_by_another_worker_is_reused(db, fake_section, monkeypatch):
    other = MonthlyReport.objects.create(
        kind="month", period_start=OCTOBER.first, scheduled=True, figures={"x": {}}
    )
    real_filter = MonthlyReport.objects.filter

    class NotYetVisible:
        def first(self):
            return None

    monkeypatch.setattr(
        MonthlyReport.objects,
        "filter",
        lambda **lookup: NotYetVisible() if lookup.get("scheduled") else real_filter(**lookup),
    )
    assert delivery.scheduled_copy(OCTOBER) == other
    assert MonthlyReport.objects.count() == 1


def test_people_saving_copies_do_not_block_the_scheduled_one(
    db, recipients, fake_section, django_capture_on_commit_callbacks
):
    MonthlyReport.objects.create(kind="month", period_start=OCTOBER.first, figures={})
    assert run(DAY, django_capture_on_commit_callbacks) == 2
    assert MonthlyReport.objects.filter(scheduled=True).count() == 1


def test_each_recipient_reads_it_in_their_language(
    db, fake_section, django_capture_on_commit_callbacks, settings
):
    user = make_user("amelie", email="Amelie@example.com")
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="fr")
    settings.SAYPRO_MONTHLY_REPORT_RECIPIENTS = ["amelie@example.com", "stranger@example.com"]
    with translation.override("fr"):  # the worker's active language does not matter
        run(DAY, django_capture_on_commit_callbacks)
    by_address = {message.to[0]: message for message in mail.outbox}
    languages = dict(MonthlyReportDelivery.objects.values_list("email", "language"))
    assert languages == {"amelie@example.com": "fr", "stranger@example.com": "en"}
    assert "octobre 2026" in by_address["amelie@example.com"].subject.lower()
    assert "October 2026" in by_address["stranger@example.com"].subject


def test_without_recipients_nothing_is_computed(
    db, fake_section, django_capture_on_commit_callbacks, settings
):
    settings.SAYPRO_MONTHLY_REPORT_RECIPIENTS = []
    assert run(DAY, django_capture_on_commit_callbacks) == 0
    assert fake_section.calls == [] and not MonthlyReport.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_one_email_per_recipient(recipients, fake_section):
    require(connection.vendor == "postgresql", "concurrency tests need PostgreSQL")
    results = []
    barrier = threading.Barrier(4)

    def worker():
        try:
            barrier.wait()
            results.append(delivery.send_monthly_report(today=DAY))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 2
    assert MonthlyReport.objects.filter(scheduled=True).count() == 1
    assert MonthlyReportDelivery.objects.count() == 2
