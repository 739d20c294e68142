"""Password reset: limited per address and per client, and the same work for every address.

Asking for a link must not flood an inbox (one address, many requests) nor let one client
mail many people; whoever asks gets the same answer either way. Whether an account uses the
address must not show in how long the answer takes: the lookup and the e-mail happen after
the answer, in the background, and the request itself does the same work for every address.
"""

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from saypro_wagtail.notifications.models import Notification
from saypro_wagtail.profiles import password_reset

from .conftest import make_user

pytestmark = pytest.mark.django_db
RESET = "/en/account/password-reset/"
SENT = "/en/account/password-reset/sent/"


def ask(client, email, capture, address="192.0.2.10"):
    with capture(execute=True):
        return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_thirty_requests_for_one_address_send_five_emails_and_the_same_answer(
    client, member, django_capture_on_commit_callbacks
):
    answers = {
        ask(client, "amina@example.com", django_capture_on_commit_callbacks)["Location"]
        for _request in range(30)
    }

    assert answers == {SENT}
    assert len(mail.outbox) == 5


def test_the_limit_per_address_holds_across_clients(
    client, member, django_capture_on_commit_callbacks
):
    for number in range(12):
        ask(client, "amina@example.com", django_capture_on_commit_callbacks, f"198.51.100.{number}")

    assert len(mail.outbox) == 5


def test_one_client_cannot_mail_many_people(client, django_capture_on_commit_callbacks):
    for number in range(15):
        make_user(f"member{number}")
    answers = {
        ask(client, f"member{number}@example.com", django_capture_on_commit_callbacks)["Location"]
        for number in range(15)
    }

    assert answers == {SENT}
    assert len(mail.outbox) == 10


@override_settings(
    SAYPRO_PROFILES_PASSWORD_RESET_LIMIT=(2, 3600),
    SAYPRO_PROFILES_PASSWORD_RESET_CLIENT_LIMIT=(3, 3600),
)
def test_sites_set_both_limits(client, django_capture_on_commit_callbacks):
    for name in ("lindiwe", "pieter"):
        make_user(name)
    for _request in range(3):
        ask(client, "lindiwe@example.com", django_capture_on_commit_callbacks)
    ask(client, "pieter@example.com", django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [["lindiwe@example.com"]] * 2


@pytest.fixture
def queued(monkeypatch):
    """The background jobs handed to Celery (not run), as (task name, arguments)."""
    jobs = []

    def publish(task, args=(), **kwargs):
        jobs.append((task.name, tuple(args)))
        return True

    monkeypatch.setattr(password_reset, "publish", publish)
    return jobs


def answer_with_queries(client, email, capture):
    with CaptureQueriesContext(connection) as queries:
        response = ask(client, email, capture)
    return response, len(queries)


def test_the_request_does_the_same_work_whether_or_not_an_account_uses_the_address(
    client, member, queued, django_capture_on_commit_callbacks
):
    known, known_queries = answer_with_queries(
        client, "amina@example.com", django_capture_on_commit_callbacks
    )
    unknown, unknown_queries = answer_with_queries(
        client, "nobody@example.com", django_capture_on_commit_callbacks
    )

    assert known["Location"] == unknown["Location"] == SENT
    assert known_queries == unknown_queries
    assert [name for name, _args in queued] == [password_reset.send_links_task.name] * 2
    # Nothing about the account is looked up or written before the answer.
    assert not Notification.objects.exists()
    assert not ModelLogEntry.objects.for_instance(member).exists()


def test_the_background_job_sends_the_link_to_the_account_only(
    client, member, queued, django_capture_on_commit_callbacks
):
    ask(client, "amina@example.com", django_capture_on_commit_callbacks)
    ask(client, "nobody@example.com", django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        for _name, args in queued:
            password_reset.send_links_task.apply(args)

    assert [message.to for message in mail.outbox] == [["amina@example.com"]]


def test_a_broker_that_is_down_does_not_lose_the_link(
    client, member, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(password_reset, "publish", lambda *args, **kwargs: False)

    ask(client, "amina@example.com", django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [["amina@example.com"]]
