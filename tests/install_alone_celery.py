"""The Celery app of the install-alone site (tests/install_alone_settings.py)."""

from celery import Celery

app = Celery("install_alone")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
