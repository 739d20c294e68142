"""Escalation of a request to the supervisors through the "Support escalation" workflow.

Escalating creates an :class:`~.models.Escalation` draft and submits it to the workflow, whose
only task belongs to the Support Supervisors group: it shows in their dashboard ("Awaiting your
review") and in Wagtail's workflow screens. Approval publishes the escalation, which marks it
handled; "request changes" is recorded on the request. Without the workflow (roles never set
up) escalation still changes the request's status.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import (
    TaskState,
    WorkflowContentType,
)
from wagtail.signals import published, workflow_rejected

from saypro_wagtail.roles import ensure_approval_workflow

from . import lifecycle
from .models import Escalation

logger = logging.getLogger(__name__)

WORKFLOW_NAME = "Support escalation"
TASK_NAME = "Review by Support Supervisors"


def escalation_workflow(group, dry_run):
    """Role setup of the supervisors: the escalation workflow, its task, and its model."""
    workflow, task, done = ensure_approval_workflow(WORKFLOW_NAME, TASK_NAME, group, dry_run)
    if workflow is None or task is None:
        return done
    content_type = ContentType.objects.get_for_model(Escalation, for_concrete_model=False)
    if not WorkflowContentType.objects.filter(content_type=content_type).exists():
        if not dry_run:
            WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
        done.append(f"“{WORKFLOW_NAME}” assigned to escalations")
    return done


def open_escalation(support_request, *, by, reason):
    """Create the escalation and submit it to the supervisors' workflow, if there is one."""
    escalation = Escalation.objects.create(
        request=support_request, reason=reason, raised_by=by, live=False
    )
    # The workflow's task states point at a revision: save one before starting it.
    escalation.save_revision(user=by)
    log(instance=escalation, action="wagtail.create", user=by)
    workflow = Escalation.get_default_workflow()
    if workflow is None:
        logger.warning(
            "%s escalated without review: no active workflow for escalations "
            "(run manage.py saypro_setup_roles).",
            support_request.reference,
        )
    else:
        workflow.start(escalation, by)
    return escalation, workflow


def _approval(revision):
    """The final approval that published this revision, if it went through the workflow."""
    return (
        TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .select_related("finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )


@receiver(published, sender=Escalation, dispatch_uid="saypro_support_escalation_handled")
def escalation_handled(sender, instance, revision, **kwargs):
    """Approval (or a direct publish by a superuser) means a supervisor has handled it."""
    approval = _approval(revision)
    # The signal names no user; a direct publish saves the publisher's revision first.
    handled_by = approval.finished_by if approval else revision.user
    handled_at = timezone.now()
    Escalation.objects.filter(pk=instance.pk).update(handled_by=handled_by, handled_at=handled_at)
    instance.handled_by, instance.handled_at = handled_by, handled_at
    log(
        instance=instance.request,
        action=lifecycle.ESCALATION_HANDLED,
        user=handled_by,
        data={
            "escalation": instance.pk,
            "outcome": instance.outcome,
            "comment": approval.comment if approval else "",
        },
    )


@receiver(workflow_rejected, dispatch_uid="saypro_support_escalation_changes_requested")
def escalation_changes_requested(sender, instance, user, **kwargs):
    """A supervisor sent the escalation back ("request changes"): say so on the request."""
    escalation = instance.content_object
    if not isinstance(escalation, Escalation):
        return
    task_state = instance.current_task_state
    log(
        instance=escalation.request,
        action=lifecycle.ESCALATION_RETURNED,
        user=user,
        data={
            "escalation": escalation.pk,
            "comment": task_state.get_comment() if task_state else "",
        },
    )
