"""The contact form e-mails staff through the notification outbox, even with the broker down."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from saypro_wagtail.notifications import Notification
from saypro_wagtail.notifications.delivery import drain_outbox
from saypro_wagtail.notifications.models import PENDING, SENT
from tests.celery_conf import celery_broker

pytestmark = pytest.mark.django_db

FORM = {"your_name": "Sipho", "your_e_mail": "sipho@example.com", "message": "My ad is missing."}


def test_submission_is_emailed_to_staff(client, contact_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, FORM)

    assert response.status_code == 200
    assert "We have received your message" in response.content.decode()
    assert [message.to for message in mail.outbox] == [["support@example.com"]]
    assert mail.outbox[0].subject == "Message from the contact form"
    assert "Message: My ad is missing." in mail.outbox[0].body


def test_submission_succeeds_and_is_kept_when_the_broker_is_down(
    client, contact_page, django_capture_on_commit_callbacks
):
    with celery_broker("redis://127.0.0.1:1/0"), django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, FORM)

    assert response.status_code == 200
    assert "We have received your message" in response.content.decode()
    assert mail.outbox == []
    notification = Notification.objects.get()
    assert notification.status == PENDING

    # Later, with the broker back, the periodic drain sends what was left behind.
    assert drain_outbox(now=timezone.now() + timedelta(minutes=2)) == 1
    notification.refresh_from_db()
    assert notification.status == SENT
    assert "My ad is missing." in mail.outbox[0].body


def test_invalid_submission_shows_field_errors_and_keeps_the_input(client, contact_page):
    response = client.post(contact_page.url, {**FORM, "your_e_mail": "not-an-address"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in page
    assert 'value="Sipho"' in page
    assert Notification.objects.count() == 0
