from example_site.celery import app
from saypro_wagtail.schedules import beat_schedule


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
