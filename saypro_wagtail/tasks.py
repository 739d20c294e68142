"""Celery tasks of the shared app, where ``app.autodiscover_tasks()`` looks for them."""

from .monthly.tasks import send_monthly_report
from .notifications.tasks import deliver_notification, drain_outbox, purge_sent_notifications

__all__ = [
    "deliver_notification",
    "drain_outbox",
    "purge_sent_notifications",
    "send_monthly_report",
]
