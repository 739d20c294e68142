"""Expiry and reminders (in progress)."""

from celery import shared_task


@shared_task(name="saypro_wagtail.moderation.expire_ads")
def expire_ads():
    pass


@shared_task(name="saypro_wagtail.moderation.remind_expiring_ads")
def remind_expiring_ads():
    pass
