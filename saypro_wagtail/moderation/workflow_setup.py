"""The "Classified ad moderation" workflow: automatic screening, then review by Ad Moderators.

``manage.py saypro_setup_roles`` creates it (idempotently) as part of the Ad Moderators role and
assigns it to classified ads. A site can assign the same workflow, or its own built from these
two tasks in Wagtail's workflow editor, to any other model with ``ModeratedMixin``.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from .models import ClassifiedAd, ModeratorReviewTask, ScreeningTask

WORKFLOW_NAME = "Classified ad moderation"
SCREENING_TASK_NAME = "Automatic screening"
REVIEW_TASK_NAME = "Review by Ad Moderators"


def moderation_workflow(group, dry_run, model=ClassifiedAd):
    """Role setup of the moderators: the workflow, its two tasks, and its assignment."""
    done = []
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        done.append(f"workflow “{WORKFLOW_NAME}” created")
        if dry_run:
            return done
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    tasks = {type(task.specific): task.specific for task in workflow.tasks}
    if ScreeningTask not in tasks:
        done.append(f"task “{SCREENING_TASK_NAME}” added")
        if not dry_run:
            task = ScreeningTask.objects.create(name=SCREENING_TASK_NAME)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    review = tasks.get(ModeratorReviewTask)
    if review is None:
        done.append(f"task “{REVIEW_TASK_NAME}” added")
        if dry_run:
            return done
        review = ModeratorReviewTask.objects.create(name=REVIEW_TASK_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=1)
    if group is not None and not review.groups.filter(pk=group.pk).exists():
        if not dry_run:
            review.groups.add(group)
        done.append(f"reviews “{WORKFLOW_NAME}”")
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    if not WorkflowContentType.objects.filter(content_type=content_type).exists():
        if not dry_run:
            WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
        done.append(f"“{WORKFLOW_NAME}” assigned to {model._meta.verbose_name_plural}")
    return done
