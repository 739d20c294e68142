"""Tasks run in the web process (the demo) never fail silently: a notification that could not
be sent is logged and stays in the outbox, and the drain command sends it later."""

import io
import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from saypro_wagtail.notifications import Notification, send_email
from saypro_wagtail.notifications.models import PENDING, SENT

pytestmark = pytest.mark.django_db

TEMPLATE = "saypro_wagtail/notifications/test_message"


def test_a_notification_that_fails_in_process_is_logged_and_kept(
    caplog, django_capture_on_commit_callbacks
):
    with (
        mock.patch(
            "saypro_wagtail.notifications.delivery.deliver",
            side_effect=OperationalError("database is locked"),
        ),
        caplog.at_level(logging.ERROR, logger="saypro_wagtail.queueing"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notification = send_email(to="thandi@example.com", template=TEMPLATE)

    assert f"Running notification {notification.pk} in process failed" in caplog.text
    assert "database is locked" in caplog.text
    notification.refresh_from_db()
    assert notification.status == PENDING
    assert mail.outbox == []


def test_the_drain_command_sends_what_was_left_in_the_outbox(django_capture_on_commit_callbacks):
    with (
        mock.patch(
            "saypro_wagtail.notifications.delivery.deliver",
            side_effect=OperationalError("database is locked"),
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notification = send_email(to="thandi@example.com", template=TEMPLATE)
    Notification.objects.filter(pk=notification.pk).update(
        created_at=timezone.now() - timedelta(minutes=5),
        next_attempt_at=timezone.now() - timedelta(minutes=5),
    )

    call_command("saypro_drain_outbox", stdout=io.StringIO())

    notification.refresh_from_db()
    assert notification.status == SENT
    assert [message.to for message in mail.outbox] == [["thandi@example.com"]]
