"""Runs the screening rules: on any moderated object (``screen``), and as the workflow's first
task (``screen_content``, a Celery task queued when a :class:`ScreeningTask` starts).

The task screens the submitted revision, records what it found, marks the content "awaiting
review" (flagged or not) and approves the screening task state, so the workflow moves on to
moderator review. It is idempotent: a task state that is no longer in progress is left alone.
If the broker is down when a submission is queued, ``sweep_stale_screenings`` (run by Celery
beat) queues it again.
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.log_actions import log
from wagtail.models import TaskState

from saypro_wagtail.queueing import publish

from .. import lifecycle
from ..choices import REVIEW
from ..models import ModeratedMixin, ScreeningHit, ScreeningResult, ScreeningTask
from .rules import RULE_FAILED, get_rules

logger = logging.getLogger(__name__)

# A screening task state still in progress after this long lost its Celery task.
STALE_AFTER = timedelta(minutes=5)
# Task states re-queued per sweep.
SWEEP_BATCH = 200


def run_rules(obj) -> list[tuple[str, dict]]:
    """(rule code, detail) for every problem the configured rules find in ``obj``."""
    texts = obj.get_moderation_text()
    images = list(obj.get_moderation_images())
    found = []
    for rule in get_rules():
        try:
            details = rule.check(obj, texts, images)
        except Exception:  # noqa: BLE001 - a broken rule must not stop the screening
            logger.exception("Screening rule %s failed on %r", rule.code, obj)
            found.append((RULE_FAILED, {"rule": rule.code}))
            continue
        found.extend((rule.code, detail) for detail in details or ())
    return found


def screen(obj, *, revision=None, task_state=None) -> ScreeningResult:
    """Screen ``obj`` (any :class:`ModeratedMixin` model) and record the result and its hits."""
    found = run_rules(obj)
    result = ScreeningResult.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        revision=revision,
        task_state=task_state,
        flagged=bool(found),
    )
    ScreeningHit.objects.bulk_create(
        [ScreeningHit(result=result, rule=code, detail=detail) for code, detail in found]
    )
    return result


def summary(result, codes) -> str:
    if not result.flagged:
        return gettext("Automatic screening found no problems.")
    return gettext("Automatic screening flagged: %(rules)s.") % {"rules": ", ".join(codes)}


@shared_task(
    name="saypro_wagtail.moderation.screen_content",
    autoretry_for=(DatabaseError,),
    retry_backoff=True,
    max_retries=5,
)
def screen_content(task_state_id):
    """Screen the revision of an in-progress screening task state and pass it on to review.

    Returns the ScreeningResult's id, or None when there was nothing (more) to do.
    """
    with transaction.atomic():
        task_state = TaskState.objects.select_for_update().filter(pk=task_state_id).first()
        if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
            return None
        if not isinstance(task_state.task.specific, ScreeningTask):
            logger.warning("Task state %s is not a screening task; skipped.", task_state_id)
            return None
        revision = task_state.revision
        submitted = revision.as_object()
        content = revision.content_object
        if not isinstance(submitted, ModeratedMixin) or content is None:
            logger.warning("Task state %s is not for moderated content; skipped.", task_state_id)
            return None
        result = screen(submitted, revision=revision, task_state=task_state)
        codes = sorted({hit.rule for hit in result.hits.all()})
        # Before the approval: if review is the last task, its publish sets "approved" after.
        lifecycle.set_status(content, REVIEW, screening_flagged=result.flagged)
        log(
            instance=content,
            action=lifecycle.SCREENED_ACTION,
            user=None,
            data={"rules": codes, "flagged": result.flagged, "result": result.pk},
            revision=revision,
        )
        task_state.approve(user=None, comment=summary(result, codes))
    return result.pk


def queue_screening(task_state_id) -> bool:
    """Hand the screening to Celery; False (and logged) if the broker did not take it in time —
    the periodic sweep queues it again, and the owner's request never waits on the broker."""
    return publish(
        screen_content, (task_state_id,), what=f"screening of task state {task_state_id}"
    )


def stale_screenings(now=None):
    """Screening task states still in progress after ``STALE_AFTER``."""
    now = now or timezone.now()
    screening_types = [
        ContentType.objects.get_for_model(model)
        for model in ScreeningTask.__subclasses__() + [ScreeningTask]
    ]
    return TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__content_type__in=screening_types,
        started_at__lte=now - STALE_AFTER,
    ).order_by("started_at")


@shared_task(name="saypro_wagtail.moderation.sweep_stale_screenings")
def sweep_stale_screenings():
    """Queue again the screenings that never ran (broker down, worker lost). Returns how many."""
    ids = list(stale_screenings().values_list("pk", flat=True)[:SWEEP_BATCH])
    for task_state_id in ids:
        queue_screening(task_state_id)
    if ids:
        logger.info("Re-queued %s stale screening(s).", len(ids))
    return len(ids)
