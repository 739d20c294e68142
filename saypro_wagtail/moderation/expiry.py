"""Expiry and reminders (in progress)."""

from celery import shared_task


@shared_task
def expire_ads():
    pass


@shared_task
def remind_expiring_ads():
    pass
