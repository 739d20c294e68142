"""Runs the screening rules for a screening task state (stub: filled in by the screening work)."""


def queue_screening(task_state_id):
    raise NotImplementedError


from celery import shared_task  # noqa: E402


@shared_task(name="saypro_wagtail.moderation.screen_content")
def screen_content(task_state_id):
    pass


@shared_task(name="saypro_wagtail.moderation.sweep_stale_screenings")
def sweep_stale_screenings():
    pass
