"""Review reminders: owners hear about their articles once each time a review falls due."""

from collections import defaultdict

from django.db import IntegrityError, transaction
from django.utils import timezone

from saypro_wagtail.notifications import notify_user

from .models import ArticleReviewReminder, HelpArticlePage

TEMPLATE = "saypro_helpcenter/notifications/review_due"


def due_for_review(today=None):
    """Live articles whose review date has passed, with their owner, oldest first."""
    return (
        HelpArticlePage.objects.live()
        .filter(review_due_on__lte=today or timezone.localdate())
        .select_related("content_owner", "owner", "locale")
        .order_by("review_due_on", "pk")
    )


def articles_due_for_review(today=None):
    return list(due_for_review(today))


def send_review_reminders(today=None) -> int:
    """E-mail each owner one list of their articles that fell due; returns e-mails queued."""
    by_owner = defaultdict(list)
    for article in articles_due_for_review(today):
        owner = article.content_owner or article.owner
        if owner is None or not owner.is_active or not owner.email:
            continue
        try:
            with transaction.atomic():
                ArticleReviewReminder.objects.create(page=article, due_on=article.review_due_on)
        except IntegrityError:
            continue  # already reminded for this due date
        by_owner[owner].append(article)
    for owner, articles in by_owner.items():
        notify_user(owner, TEMPLATE, {"articles": articles, "owner": owner})
    return len(by_owner)
