"""The life of a support request, as explicit actions: assign, take, reply, note, change priority,
escalate, resolve, close, reopen.

Each action checks who may do it and from which status, changes the request, and writes a
Wagtail log entry (who, when, why) that the request's history shows. A refused action raises
:class:`ActionRefused` with a message for the person who tried.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import log

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.exceptions import ActionRefused

from .choices import (
    CLOSED,
    ESCALATED,
    IN_PROGRESS,
    NEW,
    OPEN_STATUSES,
    PRIORITY_CHOICES,
    REOPENED,
    RESOLVED,
)
from .models import Message

WORK = "saypro_support.work_supportrequest"
SUPERVISE = "saypro_support.supervise_supportrequest"

ASSIGNED = "saypro_support.assigned"
REPLIED = "saypro_support.replied"
NOTE_ADDED = "saypro_support.note_added"
PRIORITY_CHANGED = "saypro_support.priority_changed"
ESCALATED_ACTION = "saypro_support.escalated"
RESOLVED_ACTION = "saypro_support.resolved"
CLOSED_ACTION = "saypro_support.closed"
REOPENED_ACTION = "saypro_support.reopened"
REQUESTER_REPLIED = "saypro_support.requester_replied"
ESCALATION_HANDLED = "saypro_support.escalation_handled"
ESCALATION_RETURNED = "saypro_support.escalation_returned"

LOG_ACTIONS = [
    (ASSIGNED, _("Assigned"), _("Assigned the request")),
    (REPLIED, _("Replied"), _("Replied to the requester")),
    (NOTE_ADDED, _("Internal note"), _("Added an internal note")),
    (PRIORITY_CHANGED, _("Priority changed"), _("Changed the priority")),
    (ESCALATED_ACTION, _("Escalated"), _("Escalated to tier 2")),
    (RESOLVED_ACTION, _("Resolved"), _("Resolved the request")),
    (CLOSED_ACTION, _("Closed"), _("Closed the request")),
    (REOPENED_ACTION, _("Reopened"), _("Reopened the request")),
    (REQUESTER_REPLIED, _("Requester replied"), _("The requester wrote a message")),
    (ESCALATION_HANDLED, _("Escalation handled"), _("A supervisor approved the escalation")),
    (
        ESCALATION_RETURNED,
        _("Escalation returned"),
        _("A supervisor asked for changes to the escalation"),
    ),
]


@hooks.register("register_log_actions")
def register_support_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


def is_supervisor(user) -> bool:
    return user.is_active and user.has_perm(SUPERVISE)


def is_worker(user) -> bool:
    return user.is_active and (user.has_perm(WORK) or user.has_perm(SUPERVISE))


def can_work_on(user, support_request) -> bool:
    """Supervisors work on every request; agents on their own and on unassigned ones."""
    if is_supervisor(user):
        return True
    return is_worker(user) and support_request.assigned_to_id in (None, user.pk)


def _require(condition, message):
    if not condition:
        raise ActionRefused(message)


def _require_worker(user, support_request):
    _require(
        can_work_on(user, support_request),
        _("You cannot work on this request: it is assigned to someone else."),
    )


def _require_open(support_request):
    _require(
        support_request.status in OPEN_STATUSES,
        _("This request is %(status)s; reopen it first.")
        % {"status": support_request.get_status_display().lower()},
    )


def _log(support_request, action, by, **data):
    log(instance=support_request, action=action, user=by, data=data)


def _start_work(support_request):
    if support_request.status in (NEW, REOPENED):
        support_request.status = IN_PROGRESS


@transaction.atomic
def assign(support_request, to, *, by, reason=""):
    """Give the request to ``to``; agents may only take it themselves (see :func:`take`)."""
    _require_open(support_request)
    _require(
        is_supervisor(by) or (to == by and can_work_on(by, support_request)),
        _("Only supervisors can assign requests to someone else."),
    )
    _require(is_worker(to), _("%(name)s cannot work on support requests.") % {"name": to})
    support_request.assigned_to = to
    support_request.assigned_at = timezone.now()
    _start_work(support_request)
    support_request.save()
    _log(support_request, ASSIGNED, by, assigned_to=to.get_username(), reason=reason)
    return support_request


def take(support_request, *, by):
    """An agent (or supervisor) takes the request for themselves."""
    _require_worker(by, support_request)
    return assign(support_request, by, by=by)


@transaction.atomic
def reply(support_request, body, *, by):
    """A staff message to the requester; the first one stops the first-response clock."""
    _require_open(support_request)
    _require_worker(by, support_request)
    _require(body.strip(), _("Write a message."))
    now = timezone.now()
    message = Message.objects.create(
        request=support_request, author=by, from_staff=True, body=body, created_at=now
    )
    if support_request.first_response_at is None:
        support_request.first_response_at = now
    if support_request.assigned_to_id is None:
        support_request.assigned_to, support_request.assigned_at = by, now
    _start_work(support_request)
    support_request.save()
    _log(support_request, REPLIED, by, message=message.pk)
    return message


@transaction.atomic
def add_note(support_request, body, *, by):
    """An internal note: staff only, never shown or sent to the requester."""
    _require(is_worker(by), _("Only support staff can add internal notes."))
    _require(body.strip(), _("Write a note."))
    message = Message.objects.create(
        request=support_request, author=by, from_staff=True, internal=True, body=body
    )
    _log(support_request, NOTE_ADDED, by, message=message.pk)
    return message


@transaction.atomic
def change_priority(support_request, priority, *, by, reason=""):
    _require_open(support_request)
    _require_worker(by, support_request)
    _require(priority in dict(PRIORITY_CHOICES), _("Choose a valid priority."))
    old = support_request.priority
    support_request.priority = priority
    support_request.save()
    _log(support_request, PRIORITY_CHANGED, by, old=old, new=priority, reason=reason)
    return support_request


@transaction.atomic
def escalate(support_request, *, by, reason):
    """Hand the request to tier 2: the supervisors review it through the escalation workflow."""
    _require(support_request.status != ESCALATED, _("This request is already escalated."))
    _require_open(support_request)
    _require_worker(by, support_request)
    _require(reason.strip(), _("Say why the request needs a supervisor."))
    from .escalations import open_escalation  # it imports this module

    support_request.status = ESCALATED
    support_request.escalation_tier = 2
    support_request.save()
    escalation, workflow = open_escalation(support_request, by=by, reason=reason)
    _log(
        support_request,
        ESCALATED_ACTION,
        by,
        reason=reason,
        escalation=escalation.pk,
        # Without the workflow (roles never set up) nobody is asked to review it.
        workflow=workflow.name if workflow else None,
    )
    return support_request


@transaction.atomic
def resolve(support_request, resolution, *, by):
    _require_open(support_request)
    _require_worker(by, support_request)
    _require(
        support_request.status != ESCALATED or is_supervisor(by),
        _("Only a supervisor can resolve an escalated request."),
    )
    _require(resolution.strip(), _("Describe the resolution."))
    support_request.status = RESOLVED
    support_request.resolution = resolution
    support_request.resolved_at = timezone.now()
    support_request.save()
    _log(support_request, RESOLVED_ACTION, by, resolution=resolution)
    return support_request


@transaction.atomic
def close(support_request, *, by, reason=""):
    """Close a resolved request; supervisors may also close an open one on someone's behalf."""
    _require(support_request.status != CLOSED, _("This request is already closed."))
    if support_request.status == RESOLVED:
        _require_worker(by, support_request)
    else:
        _require(
            is_supervisor(by),
            _("Resolve the request before closing it; only supervisors can close it directly."),
        )
        _require(reason.strip(), _("Say why the request is closed without a resolution."))
    support_request.status = CLOSED
    support_request.closed_at = timezone.now()
    support_request.save()
    _log(support_request, CLOSED_ACTION, by, reason=reason)
    return support_request


def requester_may_reopen(support_request, user, now=None) -> bool:
    if support_request.requester_id is None or support_request.requester_id != user.pk:
        return False
    if support_request.status not in (RESOLVED, CLOSED) or support_request.resolved_at is None:
        return False
    window = timedelta(days=saypro_settings.SUPPORT_REOPEN_DAYS)
    return (now or timezone.now()) <= support_request.resolved_at + window


@transaction.atomic
def reopen(support_request, *, by, reason):
    """Staff reopen any resolved or closed request; requesters within the reopen window."""
    _require(
        support_request.status in (RESOLVED, CLOSED),
        _("Only resolved or closed requests can be reopened."),
    )
    _require(
        is_worker(by)
        and can_work_on(by, support_request)
        or requester_may_reopen(support_request, by),
        _("This request can no longer be reopened. Please open a new request."),
    )
    _require(reason.strip(), _("Say why the request is reopened."))
    support_request.status = REOPENED
    support_request.reopened_count += 1
    support_request.closed_at = None
    support_request.user_confirmed = None
    support_request.save()
    _log(support_request, REOPENED_ACTION, by, reason=reason)
    return support_request
