"""Celery beat entries for the package's periodic tasks.

A site's Celery app adds them to its own schedule::

    from saypro_wagtail.schedules import beat_schedule
    app.conf.beat_schedule = {**beat_schedule(), **my_own_entries}

Each app contributes entries only when it is in the site's ``INSTALLED_APPS``, so a worker
never receives a task that no installed app registers ("Received unregistered task").
``beat_schedule()`` reads the setting without setting Django up, so it can be called while
Celery is being configured, once ``DJANGO_SETTINGS_MODULE`` is set.
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
    """The beat entries of the saypro-wagtail apps in ``installed_apps``.

    ``installed_apps`` is a list of ``INSTALLED_APPS`` entries (app modules or the apps'
    ``AppConfig`` paths); by default the site's ``settings.INSTALLED_APPS``.
    """
    if installed_apps is None:
        from django.conf import settings

        installed_apps = settings.INSTALLED_APPS
    schedule = {}
    for app, entries in SCHEDULES.items():
        if is_listed(app, installed_apps):
            schedule.update(entries)
    return schedule


def is_listed(app: str, installed_apps) -> bool:
    """True if ``app`` is in the entries, by its module or by its own ``AppConfig``
    (``saypro_wagtail.profiles.apps.ProfilesConfig``)."""
    return any(entry == app or entry.startswith(f"{app}.apps.") for entry in installed_apps)
