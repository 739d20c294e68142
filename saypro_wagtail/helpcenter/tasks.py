from celery import shared_task

from .reviews import send_review_reminders


@shared_task(name="saypro_wagtail.helpcenter.send_review_reminders", ignore_result=True)
def send_review_reminders_task() -> int:
    """Daily: e-mail article owners whose reviews fell due."""
    return send_review_reminders()
