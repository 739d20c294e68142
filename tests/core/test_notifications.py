from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from saypro_wagtail.notifications import Notification, send_email, send_sms
from saypro_wagtail.notifications.delivery import deliver, drain_outbox, purge_sent
from saypro_wagtail.notifications.models import FAILED, PENDING, SENT

TEST_MESSAGE = "saypro_wagtail/notifications/test_message"
FAILING_BACKEND = "tests.core.mail_backends.FailingEmailBackend"


def subject_in(language):
    """The test message's subject as the shipped catalogue translates it."""
    with translation.override(language):
        subject = gettext("Test message from %(site_name)s") % {"site_name": "SayPro example site"}
    assert language == "en" or not subject.startswith("Test message"), "not translated"
    return subject


pytestmark = pytest.mark.django_db


def test_email_is_sent_after_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = send_email(to="reader@example.com", template=TEST_MESSAGE)
        assert mail.outbox == []

    assert len(callbacks) == 1
    assert [message.to for message in mail.outbox] == [["reader@example.com"]]
    assert mail.outbox[0].subject == "Test message from SayPro example site"
    notification.refresh_from_db()
    assert notification.status == SENT
    assert notification.attempts == 1


def test_email_has_a_plain_text_and_an_html_version(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_email(to="reader@example.com", template=TEST_MESSAGE, language="en")

    message = mail.outbox[0]
    assert "e-mail delivery works" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="en" dir="ltr">' in html


def test_email_is_written_in_the_users_preferred_language(
    django_user_model, django_capture_on_commit_callbacks
):
    user = django_user_model.objects.create_user("amelie", "amelie@example.com", "x")
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="fr")

    with django_capture_on_commit_callbacks(execute=True):
        send_email(to=user.email, user=user, template=TEST_MESSAGE)

    assert mail.outbox[0].subject == subject_in("fr")


def test_visitor_without_account_gets_the_language_of_the_page_they_used(
    django_capture_on_commit_callbacks,
):
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        notification = send_email(to="visiteur@example.com", template=TEST_MESSAGE)

    assert notification.language == "fr"
    assert mail.outbox[0].subject == subject_in("fr")


def test_sms_goes_through_the_configured_backend(
    empty_sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_sms(to="+27820000000", template=TEST_MESSAGE, language="en")

    assert empty_sms_outbox == [
        ("+27820000000", "Test message from SayPro example site: SMS delivery works.")
    ]
    assert mail.outbox == []


def test_objects_in_the_context_are_rendered_as_they_are_when_sent(django_user_model):
    user = django_user_model.objects.create_user("thandi", "thandi@example.com", "x")
    notification = send_email(
        to=user.email, template="tests/notifications/greeting", context={"person": user}
    )
    assert notification.context == {"person": {"__model__": "auth.user", "pk": user.pk}}
    user.first_name = "Thandi"
    user.save()

    assert deliver(notification.pk).status == SENT
    assert mail.outbox[0].subject == "Hello Thandi"


@override_settings(EMAIL_BACKEND=FAILING_BACKEND)
def test_failed_delivery_is_retried_with_growing_delays():
    notification = send_email(to="reader@example.com", template=TEST_MESSAGE)
    start = timezone.now()

    first = deliver(notification.pk, now=start)
    notification.refresh_from_db()
    assert (first.status, first.retry_in) == ("retry", 30)
    assert notification.status == PENDING
    assert notification.next_attempt_at == start + timedelta(seconds=30)
    assert "SMTP server unavailable" in notification.last_error

    # Not due yet: nothing happens.
    assert deliver(notification.pk, now=start + timedelta(seconds=10)).status == "skipped"

    second = deliver(notification.pk, now=start + timedelta(seconds=30))
    assert (second.status, second.retry_in) == ("retry", 60)


def test_delivery_succeeds_once_the_mail_server_is_back():
    notification = send_email(to="reader@example.com", template=TEST_MESSAGE)
    with override_settings(EMAIL_BACKEND=FAILING_BACKEND):
        deliver(notification.pk)

    later = timezone.now() + timedelta(minutes=5)
    assert deliver(notification.pk, now=later).status == SENT
    assert len(mail.outbox) == 1
    # A sent notification is never sent again.
    assert deliver(notification.pk, now=later).status == "skipped"
    assert len(mail.outbox) == 1


@override_settings(EMAIL_BACKEND=FAILING_BACKEND, SAYPRO_NOTIFICATION_MAX_ATTEMPTS=2)
def test_notification_fails_for_good_after_the_last_attempt():
    notification = send_email(to="reader@example.com", template=TEST_MESSAGE)
    now = timezone.now()
    deliver(notification.pk, now=now)
    assert deliver(notification.pk, now=now + timedelta(hours=1)).status == FAILED
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (FAILED, 2)


def test_a_missing_template_fails_at_once_instead_of_retrying():
    notification = send_email(to="reader@example.com", template="no/such/template")
    assert deliver(notification.pk).status == FAILED
    notification.refresh_from_db()
    assert "TemplateDoesNotExist" in notification.last_error


def test_outbox_drain_sends_only_notifications_left_behind():
    now = timezone.now()
    left_behind = send_email(to="old@example.com", template=TEST_MESSAGE)
    Notification.objects.filter(pk=left_behind.pk).update(
        next_attempt_at=now - timedelta(minutes=5)
    )
    just_queued = send_email(to="new@example.com", template=TEST_MESSAGE)

    assert drain_outbox(now=now) == 1
    assert [message.to for message in mail.outbox] == [["old@example.com"]]
    just_queued.refresh_from_db()
    assert just_queued.status == PENDING


def test_sent_notifications_are_purged_after_the_retention_period():
    old = send_email(to="old@example.com", template=TEST_MESSAGE)
    deliver(old.pk)
    pending = send_email(to="pending@example.com", template=TEST_MESSAGE)

    assert purge_sent(now=timezone.now() + timedelta(days=91)) == 1
    assert list(Notification.objects.values_list("pk", flat=True)) == [pending.pk]
