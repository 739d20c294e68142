"""The life of moderated content, as explicit actions: submit, withdraw, renew, expire, hide after
reports, remove (report upheld), restore (reports dismissed), delete.

Each action checks the content's moderation status, changes it through Wagtail's own workflow
and publishing API, and writes a Wagtail log entry that the admin history shows. A refused
action raises :class:`ActionRefused` with a message for the person who tried. The functions
work for any model with :class:`~.models.ModeratedMixin`.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log
from wagtail.signals import published, workflow_rejected

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.exceptions import ActionRefused

from .choices import (
    APPROVED,
    EXPIRED,
    HIDDEN,
    IN_MODERATION,
    REJECTED,
    REMOVED,
    SCREENING,
    WITHDRAWN,
)
from .models import ModeratedMixin

logger = logging.getLogger(__name__)

SUBMITTED_ACTION = "saypro_moderation.submitted"
SCREENED_ACTION = "saypro_moderation.screened"
WITHDRAWN_ACTION = "saypro_moderation.withdrawn"
RENEWED_ACTION = "saypro_moderation.renewed"
EXPIRED_ACTION = "saypro_moderation.expired"
REPORTED_ACTION = "saypro_moderation.reported"
HIDDEN_ACTION = "saypro_moderation.hidden"
REMOVED_ACTION = "saypro_moderation.removed"
RESTORED_ACTION = "saypro_moderation.restored"

LOG_ACTIONS = [
    (SUBMITTED_ACTION, _("Submitted for moderation"), _("Submitted for moderation")),
    (SCREENED_ACTION, _("Screened"), _("Automatic screening finished")),
    (WITHDRAWN_ACTION, _("Withdrawn"), _("Withdrawn by its owner")),
    (RENEWED_ACTION, _("Renewed"), _("Renewed by its owner")),
    (EXPIRED_ACTION, _("Expired"), _("Left the listing on its expiry date")),
    (REPORTED_ACTION, _("Reported"), _("Reported by a visitor")),
    (HIDDEN_ACTION, _("Hidden after reports"), _("Hidden until a moderator reviews the reports")),
    (REMOVED_ACTION, _("Removed"), _("Removed after a report was upheld")),
    (RESTORED_ACTION, _("Restored"), _("Shown again after the reports were dismissed")),
]


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


def set_status(obj, status, **fields):
    """Store a new moderation status (and other fields) without touching the rest of the row."""
    type(obj)._default_manager.filter(pk=obj.pk).update(moderation_status=status, **fields)
    obj.moderation_status = status
    for name, value in fields.items():
        setattr(obj, name, value)


def default_expiry(start=None):
    start = start or timezone.now()
    # Whole seconds: revisions store times to the millisecond, the row to the microsecond.
    return (start + timedelta(days=saypro_settings.MODERATION_AD_LIFETIME_DAYS)).replace(
        microsecond=0
    )


def _unpublish(obj, user=None, log_action=True):
    """Unpublish on behalf of the owner or the system, who hold no unpublish permission."""
    if obj.live:
        UnpublishAction(obj, user=user, log_action=log_action).execute(skip_permission_checks=True)


def _cancel_workflow(obj, user):
    state = obj.current_workflow_state
    if state is not None:
        state.cancel(user=user)


def submit(obj, user):
    """Send the latest revision through the moderation workflow, from its first task.

    A rejected ad starts again from screening rather than resuming at review, so the
    corrected text is screened too.
    """
    if obj.moderation_status in IN_MODERATION:
        raise ActionRefused(_("This ad is already being moderated."))
    workflow = obj.get_workflow()
    if workflow is None:
        logger.warning("No moderation workflow for %s; run manage.py saypro_setup_roles.", obj)
        raise ActionRefused(
            _("Ads cannot be submitted yet: moderation is not set up on this site.")
        )
    with transaction.atomic():
        _cancel_workflow(obj, user)
        if obj.latest_revision_id is None:
            obj.save_revision(user=user)
        set_status(obj, SCREENING, submitted_at=timezone.now(), screening_flagged=False)
        log(instance=obj, action=SUBMITTED_ACTION, user=user)
        workflow.start(obj, user)


def withdraw(obj, user):
    """The owner takes the ad out of moderation and off the listing."""
    if obj.moderation_status in (WITHDRAWN, REMOVED):
        raise ActionRefused(_("This ad is not listed or in moderation."))
    with transaction.atomic():
        _cancel_workflow(obj, user)
        _unpublish(obj, user)
        set_status(obj, WITHDRAWN)
        log(instance=obj, action=WITHDRAWN_ACTION, user=user)


def renew(obj, user):
    """Extend the expiry date; through moderation again when the site's policy says so."""
    if obj.moderation_status not in (APPROVED, EXPIRED):
        raise ActionRefused(_("Only approved or expired ads can be renewed."))
    now = timezone.now()
    start = max(now, obj.expires_at) if obj.expires_at else now
    new_expiry = default_expiry(start)
    with transaction.atomic():
        log(
            instance=obj,
            action=RENEWED_ACTION,
            user=user,
            data={"expires_at": new_expiry.isoformat()},
        )
        if saypro_settings.MODERATION_RENEWAL_NEEDS_REVIEW:
            obj.expires_at = new_expiry
            if not obj.live:
                obj.save()
            obj.save_revision(user=user, log_action=False)
            submit(obj, user)
            return
        obj.expires_at = new_expiry
        obj.expiry_reminded_for = None
        obj.save(update_fields=["expires_at", "expiry_reminded_for"])
        # Later publishes copy the latest revision onto the row: it must carry the new date.
        revision = obj.save_revision(user=user, log_action=False)
        if not obj.live:
            obj.publish(revision, user=user, skip_permission_checks=True)
        set_status(obj, APPROVED)


def expire(obj):
    """Take an ad whose expiry date has passed off the listing."""
    with transaction.atomic():
        _unpublish(obj, log_action=False)
        set_status(obj, EXPIRED)
        log(instance=obj, action=EXPIRED_ACTION, user=None)


def hide_after_reports(obj):
    """Enough visitors reported it: unpublish until a moderator decides."""
    with transaction.atomic():
        _unpublish(obj, log_action=False)
        set_status(obj, HIDDEN)
        log(instance=obj, action=HIDDEN_ACTION, user=None, data={"reports": obj.open_reports})


def remove(obj, user, note=""):
    """A moderator upheld a report: the ad leaves the site for good."""
    with transaction.atomic():
        _cancel_workflow(obj, user)
        _unpublish(obj, user, log_action=False)
        set_status(obj, REMOVED)
        log(instance=obj, action=REMOVED_ACTION, user=user, data={"note": note})


def restore(obj, user):
    """A moderator dismissed the reports of a hidden ad: publish its last approved version again."""
    if obj.moderation_status != HIDDEN:
        return
    with transaction.atomic():
        revision = obj.live_revision or obj.latest_revision
        if revision is not None and not obj.is_expired:
            obj.publish(revision, user=user, skip_permission_checks=True, log_action=False)
            set_status(obj, APPROVED)
        else:
            set_status(obj, EXPIRED)
        log(instance=obj, action=RESTORED_ACTION, user=user)


def delete(obj, user):
    """The owner deletes the ad and its history of moderation."""
    with transaction.atomic():
        _cancel_workflow(obj, user)
        log(instance=obj, action="wagtail.delete", user=user)
        obj.delete()


@receiver(published, dispatch_uid="saypro_moderation_published")
def mark_approved(sender, instance, revision, **kwargs):
    """Publishing (the review's approval, or a superuser's direct publish) approves it; an ad
    without an expiry date gets the default lifetime from now."""
    if not isinstance(instance, ModeratedMixin):
        return
    fields = {}
    if hasattr(instance, "expires_at") and (
        instance.expires_at is None or instance.expires_at <= timezone.now()
    ):
        fields["expires_at"] = default_expiry()
    set_status(instance, APPROVED, **fields)


@receiver(workflow_rejected, dispatch_uid="saypro_moderation_rejected")
def mark_rejected(sender, instance, user, **kwargs):
    content = instance.content_object
    if isinstance(content, ModeratedMixin):
        set_status(content, REJECTED)
