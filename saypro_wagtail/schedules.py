"""Celery beat entries for the package's periodic tasks.

A site's Celery app adds them to its own schedule::

    from saypro_wagtail.schedules import beat_schedule
    app.conf.beat_schedule = {**beat_schedule(), **my_own_entries}

Each app contributes entries only when it is in ``INSTALLED_APPS``. This module does not
import Django, so it can be used while Celery is being configured.
"""

from celery.schedules import crontab

# App module -> {entry name: entry}. Later entries belong to the feature apps.
SCHEDULES = {
    "saypro_wagtail": {
        "saypro-drain-notification-outbox": {
            "task": "saypro_wagtail.notifications.drain_outbox",
            "schedule": 60.0,
        },
        "saypro-purge-sent-notifications": {
            "task": "saypro_wagtail.notifications.purge_sent",
            "schedule": crontab(hour=3, minute=17),
        },
        "saypro-send-monthly-report": {
            "task": "saypro_wagtail.send_monthly_report",
            "schedule": crontab(hour=7, minute=0),
        },
    },
    "saypro_wagtail.helpcenter": {
        "saypro-help-review-reminders": {
            "task": "saypro_wagtail.helpcenter.send_review_reminders",
            "schedule": crontab(hour=7, minute=0),
        },
    },
    "saypro_wagtail.profiles": {
        "saypro-account-reminders": {
            "task": "saypro_wagtail.profiles.send_account_reminders",
            "schedule": crontab(hour=9, minute=30),
        },
    },
    "saypro_wagtail.support": {
        "saypro-support-sla-alerts": {
            "task": "saypro_wagtail.support.send_sla_alerts",
            "schedule": 5 * 60.0,
        },
    },
    "saypro_wagtail.moderation": {
        "saypro-moderation-expire-ads": {
            "task": "saypro_wagtail.moderation.expire_ads",
            "schedule": 15 * 60.0,
        },
        "saypro-moderation-expiry-reminders": {
            "task": "saypro_wagtail.moderation.remind_expiring_ads",
            "schedule": crontab(hour=8, minute=15),
        },
        "saypro-moderation-stale-screenings": {
            "task": "saypro_wagtail.moderation.sweep_stale_screenings",
            "schedule": 10 * 60.0,
        },
    },
}


def beat_schedule(installed_apps=None) -> dict:
    """The beat entries of the installed saypro-wagtail apps (all of them by default)."""
    schedule = {}
    for app, entries in SCHEDULES.items():
        if installed_apps is None or app in installed_apps:
            schedule.update(entries)
    return schedule
