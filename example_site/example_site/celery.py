"""The example site's Celery app: ``celery -A example_site worker -B``."""

import os

from celery import Celery

from saypro_wagtail.schedules import beat_schedule

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")

app = Celery("example_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.beat_schedule = beat_schedule()
app.autodiscover_tasks()
