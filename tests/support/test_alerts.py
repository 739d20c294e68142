"""SLA alerts: each supervisor hears once per request and stage, however often the task runs."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.core import mail

from saypro_wagtail.schedules import beat_schedule
from saypro_wagtail.support import alerts
from saypro_wagtail.support.choices import HIGH, LOW, RESOLVED, URGENT
from saypro_wagtail.support.models import SLAAlert
from saypro_wagtail.support.tasks import send_sla_alerts_task
from tests.profiles.conftest import make_user

from .conftest import make_request

SAST = ZoneInfo("Africa/Johannesburg")
MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=SAST)


@pytest.fixture(autouse=True)
def johannesburg(settings):
    settings.TIME_ZONE = "Africa/Johannesburg"


def run(capture, now):
    with capture(execute=True):
        return alerts.send_sla_alerts(now)


def to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_supervisors_are_alerted_once(supervisor, agent, django_capture_on_commit_callbacks):
    direct = make_user("lead")
    direct.user_permissions.add(Permission.objects.get(codename="supervise_supportrequest"))
    make_user("boss").__class__.objects.filter(username="boss").update(is_superuser=True)
    # HIGH: first response due one business hour after logging.
    soon = make_request(priority=HIGH, logged_at=MONDAY_NOON - timedelta(minutes=40))
    late = make_request(priority=URGENT, logged_at=MONDAY_NOON - timedelta(minutes=15))
    make_request(priority=LOW, logged_at=MONDAY_NOON)  # far from any target
    answered = make_request(priority=URGENT, logged_at=MONDAY_NOON - timedelta(minutes=30))
    answered.first_response_at = MONDAY_NOON - timedelta(minutes=25)
    answered.save()
    done = make_request(priority=URGENT, logged_at=MONDAY_NOON - timedelta(days=1))
    done.status, done.first_response_at = RESOLVED, done.logged_at
    done.save()

    assert run(django_capture_on_commit_callbacks, MONDAY_NOON) == 2
    assert run(django_capture_on_commit_callbacks, MONDAY_NOON) == 0  # idempotent

    assert set(SLAAlert.objects.values_list("request", "kind")) == {
        (soon.pk, SLAAlert.FIRST_RESPONSE_DUE_SOON),
        (late.pk, SLAAlert.FIRST_RESPONSE_BREACHED),
    }
    assert len(to(agent)) == 0
    assert len(mail.outbox) == 2  # supervisor and lead, not the superuser
    for user in (supervisor, direct):
        (message,) = to(user)
        assert "2 support requests need attention" in message.subject
        assert late.reference in message.body and soon.reference in message.body
        assert message.body.index(late.reference) < message.body.index(soon.reference)


def test_breach_follows_the_warning_once(supervisor, django_capture_on_commit_callbacks):
    request = make_request(priority=HIGH, logged_at=MONDAY_NOON - timedelta(minutes=40))
    assert run(django_capture_on_commit_callbacks, MONDAY_NOON) == 1
    later = MONDAY_NOON + timedelta(minutes=25)  # first response now 5 minutes overdue
    assert run(django_capture_on_commit_callbacks, later) == 1
    assert run(django_capture_on_commit_callbacks, later + timedelta(minutes=5)) == 0
    assert list(
        SLAAlert.objects.filter(request=request).order_by("sent_at").values_list("kind", flat=True)
    ) == [SLAAlert.FIRST_RESPONSE_DUE_SOON, SLAAlert.FIRST_RESPONSE_BREACHED]
    assert len(to(supervisor)) == 2
    assert "First response overdue" in to(supervisor)[1].body


def test_a_breach_found_first_skips_the_warning(supervisor, django_capture_on_commit_callbacks):
    make_request(priority=URGENT, logged_at=MONDAY_NOON - timedelta(days=3))  # Friday
    run(django_capture_on_commit_callbacks, MONDAY_NOON)
    run(django_capture_on_commit_callbacks, MONDAY_NOON + timedelta(minutes=5))
    assert sorted(SLAAlert.objects.values_list("kind", flat=True)) == [
        SLAAlert.FIRST_RESPONSE_BREACHED,
        SLAAlert.RESOLUTION_BREACHED,
    ]
    assert len(to(supervisor)) == 1


def test_nothing_to_report_sends_nothing(supervisor, django_capture_on_commit_callbacks):
    assert run(django_capture_on_commit_callbacks, MONDAY_NOON) == 0
    assert mail.outbox == []


def test_task_is_scheduled_every_five_minutes(db):
    entry = beat_schedule()["saypro-support-sla-alerts"]
    assert entry["task"] == send_sla_alerts_task.name
    assert entry["schedule"] == 300
    assert send_sla_alerts_task() == 0
