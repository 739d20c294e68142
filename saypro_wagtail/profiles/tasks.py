from dataclasses import asdict

from celery import shared_task

from .reminders import send_account_reminders


@shared_task(name="saypro_wagtail.profiles.send_account_reminders", ignore_result=True)
def send_account_reminders_task() -> dict:
    """Daily: remind unconfirmed accounts and incomplete profiles (once each)."""
    return asdict(send_account_reminders())
