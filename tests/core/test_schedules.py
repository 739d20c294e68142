import subprocess
import sys
from pathlib import Path

from example_site.celery import app
from saypro_wagtail.schedules import beat_schedule
from tests.services import subprocess_env

ROOT = Path(__file__).resolve().parents[2]


def test_every_scheduled_task_is_registered_with_the_sites_celery_app():
    app.loader.import_default_modules()

    scheduled = {entry["task"] for entry in beat_schedule().values()}

    assert "saypro_wagtail.notifications.drain_outbox" in scheduled
    assert scheduled <= set(app.tasks)
    assert "saypro_wagtail.notifications.deliver" in app.tasks


def test_only_installed_apps_contribute_entries():
    assert set(beat_schedule(installed_apps=["saypro_wagtail.support"])) == {
        "saypro-support-sla-alerts"
    }


def test_app_config_paths_count_as_installed_apps():
    installed = ["saypro_wagtail.apps.SayproConfig", "saypro_wagtail.support.apps.SupportConfig"]

    assert set(beat_schedule(installed_apps=installed)) == {
        "saypro-drain-notification-outbox",
        "saypro-purge-sent-notifications",
        "saypro-send-monthly-report",
        "saypro-support-sla-alerts",
    }


WORKER_SCHEDULE = """
from celery import Celery
from saypro_wagtail.schedules import beat_schedule

# A site's celery.py, as the README shows it.
app = Celery("site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.beat_schedule = beat_schedule()
app.autodiscover_tasks()

import django

django.setup()
app.loader.import_default_modules()
scheduled = {entry["task"] for entry in app.conf.beat_schedule.values()}
print(sorted(app.conf.beat_schedule))
print(sorted(scheduled - set(app.tasks)))
"""


def test_a_help_center_only_worker_schedules_only_tasks_it_knows(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", WORKER_SCHEDULE],
        cwd=ROOT,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="tests.install_alone_settings",
            PYTHONPATH=str(ROOT),
            SAYPRO_ONLY_APP="saypro_wagtail.helpcenter",
            SAYPRO_ALONE_DB=str(tmp_path / "db.sqlite3"),
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    scheduled, unregistered = result.stdout.strip().splitlines()[-2:]

    assert scheduled == str(
        sorted(
            [
                "saypro-drain-notification-outbox",
                "saypro-help-review-reminders",
                "saypro-purge-sent-notifications",
                "saypro-send-monthly-report",
            ]
        )
    )
    assert unregistered == "[]"
