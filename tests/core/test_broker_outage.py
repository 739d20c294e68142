"""A broker that hangs or is down never holds up a visitor's form: the request answers within
a few seconds, the message waits in the outbox, and the drain sends it once the broker is back.

Runs with a Redis server of the test's own that the test freezes (a hung broker: connections
are accepted, nothing is answered) or kills (a broker that is down).
"""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from saypro_wagtail.notifications import Notification
from saypro_wagtail.notifications.delivery import drain_outbox
from saypro_wagtail.notifications.models import PENDING, SENT
from saypro_wagtail.profiles import bot_check
from saypro_wagtail.profiles.models import RegistrationPage
from saypro_wagtail.support.models import ContactSupportPage
from tests.celery_conf import celery_broker
from tests.profiles.conftest import make_user
from tests.profiles.test_registration import form_data as registration_data
from tests.redis_process import redis_process  # noqa: F401 - fixture

pytestmark = [pytest.mark.django_db, pytest.mark.needs_broker]

# Far below "until the connection drops" (minutes), with room for a slow CI machine.
ANSWER_WITHIN = 6


@pytest.fixture(autouse=True)
def short_publish_wait(settings):
    settings.SAYPRO_BROKER_PUBLISH_TIMEOUT = 1
    settings.SAYPRO_PROFILES_REGISTRATION_MIN_SECONDS = 0


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def support_page(home_page):
    page = ContactSupportPage(title="Contact support", slug="support-form", intro="<p>Hi</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def registration_page(home_page, contact_page):
    page = RegistrationPage(
        title="Register", slug="register", policy_version="2026-01", terms_page=contact_page
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def support_form():
    return {
        "name": "Thandi Mokoena",
        "email": "thandi@example.com",
        "category": "technical",
        "subject": "I cannot upload photos",
        "description": "The upload button does nothing.",
        "website_url": "",
    }


def registration_form():
    return registration_data(form_stamp=bot_check.render_stamp())


CONTACT_FORM = {"your_name": "Sipho", "your_e_mail": "sipho@example.com", "message": "Hello"}


def timed_post(client, url, data, capture):
    started = time.monotonic()
    with capture(execute=True):
        response = client.post(url, data)
    return response, time.monotonic() - started


def forms(support_page, registration_page, contact_page):
    """Each public form that sends an e-mail: (name, url, data, answer status)."""
    make_user("amina")
    return [
        ("contact support", support_page.url, support_form(), 302),
        ("registration", registration_page.url, registration_form(), 302),
        ("password reset", "/en/account/password-reset/", {"email": "amina@example.com"}, 302),
        ("contact form", contact_page.url, CONTACT_FORM, 200),
    ]


def send_all_quickly(client, submitted, broker, capture):
    """Post each form with Celery pointed at ``broker``: each answers, and quickly."""
    with celery_broker(broker.url(0)):
        for name, url, data, status in submitted:
            response, took = timed_post(client, url, data, capture)
            assert response.status_code == status, name
            assert took < ANSWER_WITHIN, f"{name} took {took:.1f}s"


def test_forms_answer_quickly_while_the_broker_hangs_and_the_drain_sends_later(
    client,
    redis_process,  # noqa: F811
    support_page,
    registration_page,
    contact_page,
    django_capture_on_commit_callbacks,
):
    submitted = forms(support_page, registration_page, contact_page)
    redis_process.hang()
    send_all_quickly(client, submitted, redis_process, django_capture_on_commit_callbacks)

    assert mail.outbox == []
    pending = Notification.objects.filter(status=PENDING)
    assert pending.count() == len(submitted)

    redis_process.resume()
    assert drain_outbox(now=timezone.now() + timedelta(minutes=2)) == len(submitted)
    assert not Notification.objects.exclude(status=SENT).exists()
    assert len(mail.outbox) == len(submitted)


def test_after_one_timeout_the_next_requests_do_not_wait_for_the_hung_broker(
    client,
    redis_process,  # noqa: F811
    support_page,
    django_capture_on_commit_callbacks,
):
    redis_process.hang()
    with celery_broker(redis_process.url(0)), override_settings(SAYPRO_BROKER_PUBLISH_TIMEOUT=3):
        first, first_took = timed_post(
            client, support_page.url, support_form(), django_capture_on_commit_callbacks
        )
        second, second_took = timed_post(
            client,
            support_page.url,
            {**support_form(), "subject": "Still stuck"},
            django_capture_on_commit_callbacks,
        )
    assert first.status_code == second.status_code == 302
    assert first_took >= 3  # it did wait for the broker once...
    assert second_took < 2  # ...but not again while the broker is marked down
    assert Notification.objects.filter(status=PENDING).count() == 2


def test_forms_answer_while_the_broker_is_down(
    client,
    redis_process,  # noqa: F811
    support_page,
    registration_page,
    contact_page,
    django_capture_on_commit_callbacks,
):
    submitted = forms(support_page, registration_page, contact_page)
    redis_process.stop()
    send_all_quickly(client, submitted, redis_process, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(status=PENDING).count() == len(submitted)
