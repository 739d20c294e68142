"""Celery tasks of the notification outbox."""

from celery import shared_task

from . import delivery


@shared_task(
    bind=True,
    name="saypro_wagtail.notifications.deliver",
    acks_late=True,
    ignore_result=True,
)
def deliver_notification(self, notification_id: int) -> str:
    """Send one notification; on failure, retry after the backoff the outbox recorded."""
    outcome = delivery.deliver(notification_id)
    # An eager task cannot wait; the outbox drain retries it when it is due.
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in, max_retries=None)
    return outcome.status


@shared_task(name="saypro_wagtail.notifications.drain_outbox", ignore_result=True)
def drain_outbox() -> int:
    """Periodic: deliver notifications whose task was never queued or got lost."""
    return delivery.drain_outbox()


@shared_task(name="saypro_wagtail.notifications.purge_sent", ignore_result=True)
def purge_sent_notifications() -> int:
    """Daily: forget sent notifications after ``SAYPRO_NOTIFICATION_KEEP_DAYS``."""
    return delivery.purge_sent()
