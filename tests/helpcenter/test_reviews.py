"""Owners are e-mailed, once per due date and in their language, when articles need a review."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.users.models import UserProfile

from saypro_wagtail.helpcenter.reviews import articles_due_for_review, send_review_reminders
from saypro_wagtail.helpcenter.tasks import send_review_reminders_task
from saypro_wagtail.schedules import beat_schedule
from tests.helpcenter.conftest import make_article

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "owner", "owner@example.com", "pw", first_name="Thandi", last_name="Mokoena"
    )


def reviewed(category, slug, days_ago, owner=None, interval=180):
    return make_article(
        category,
        slug,
        last_reviewed=TODAY - timedelta(days=days_ago),
        review_interval_days=interval,
        content_owner=owner,
    )


def send(django_capture_on_commit_callbacks, today=TODAY):
    with django_capture_on_commit_callbacks(execute=True):
        return send_review_reminders(today)


def test_due_means_last_review_plus_interval_is_today_or_past(category, owner):
    due_today = reviewed(category, "due-today", 180, owner)
    overdue = reviewed(category, "overdue", 400, owner)
    reviewed(category, "fresh", 1, owner)
    reviewed(category, "short-interval", 31, owner, interval=30)

    due = articles_due_for_review(TODAY)

    assert [page.slug for page in due] == ["overdue", "short-interval", "due-today"]
    assert due_today.review_due_on == TODAY and overdue.review_due_on < TODAY


def test_owner_gets_one_email_listing_all_their_due_articles(
    category, owner, django_capture_on_commit_callbacks
):
    reviewed(category, "overdue-one", 200, owner)
    reviewed(category, "overdue-two", 300, owner)
    reviewed(category, "fresh", 10, owner)

    assert send(django_capture_on_commit_callbacks) == 1

    [message] = mail.outbox
    assert message.to == ["owner@example.com"]
    assert message.subject == "2 help articles are due for review"
    assert "Hello Thandi Mokoena," in message.body
    assert "Overdue one" in message.body and "Overdue two" in message.body
    assert "Fresh" not in message.body
    html = message.alternatives[0][0]
    article = category.get_children().get(slug="overdue-one")
    assert f'href="http://testserver/admin/pages/{article.pk}/edit/"' in html


def test_reminders_are_sent_once_per_due_date(category, owner, django_capture_on_commit_callbacks):
    article = reviewed(category, "overdue", 200, owner)
    send(django_capture_on_commit_callbacks)
    send(django_capture_on_commit_callbacks)
    send(django_capture_on_commit_callbacks, today=TODAY + timedelta(days=1))
    assert len(mail.outbox) == 1

    # Reviewed again; when the next review falls due, the owner hears again.
    article.last_reviewed = TODAY
    article.save_revision().publish()
    send(django_capture_on_commit_callbacks, today=TODAY + timedelta(days=180))

    assert len(mail.outbox) == 2


def test_reminder_is_written_in_the_owners_language(
    category, owner, django_capture_on_commit_callbacks
):
    UserProfile.get_for_user(owner)
    UserProfile.objects.filter(user=owner).update(preferred_language="fr")
    reviewed(category, "overdue", 200, owner)

    send(django_capture_on_commit_callbacks)

    message = mail.outbox[0]
    assert "due for review" not in message.subject
    assert message.body.startswith("Bonjour Thandi Mokoena,")


def test_page_owner_is_reminded_when_no_content_owner_is_set(
    category, django_user_model, django_capture_on_commit_callbacks
):
    author = django_user_model.objects.create_user("author", "author@example.com", "pw")
    article = reviewed(category, "overdue", 200)
    article.owner = author
    article.save(update_fields=["owner"])

    send(django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [["author@example.com"]]


def test_owners_without_email_or_inactive_are_skipped(
    category, owner, django_user_model, django_capture_on_commit_callbacks
):
    no_email = django_user_model.objects.create_user("noemail", "", "pw")
    owner.is_active = False
    owner.save()
    reviewed(category, "inactive-owner", 200, owner)
    reviewed(category, "no-email-owner", 200, no_email)

    assert send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_unpublished_articles_are_not_reminded(category, owner, django_capture_on_commit_callbacks):
    reviewed(category, "withdrawn", 200, owner).unpublish()

    assert send(django_capture_on_commit_callbacks) == 0


def test_daily_task_is_scheduled_and_sends(category, owner, django_capture_on_commit_callbacks):
    entry = beat_schedule()["saypro-help-review-reminders"]
    assert entry["task"] == send_review_reminders_task.name
    reviewed(category, "overdue", 200, owner)

    with django_capture_on_commit_callbacks(execute=True):
        send_review_reminders_task.delay()

    assert len(mail.outbox) == 1
