"""The owner's e-mail about a moderator's decision, in the owner's language, and the narrow
replacement of Wagtail's own approval/rejection e-mails for moderated content.

Wagtail e-mails whoever submitted to a workflow when it is approved or rejected, with links to
the admin. Owners of classified ads are members who cannot open the admin, and they get our
e-mail instead (with the reason's guidance and a link to edit the ad in their account), so
:func:`replace_wagtail_decision_emails` reconnects Wagtail's two notifiers with subclasses that
leave moderated content out. Every other workflow keeps Wagtail's e-mails.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import Locale, WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import notify_user
from saypro_wagtail.notifications.language import recipient_language

from .choices import DECISION_REJECTED

APPROVED_TEMPLATE = "saypro_moderation/email/ad_approved"
REJECTED_TEMPLATE = "saypro_moderation/email/ad_rejected"


def locale_for_language(language_code):
    """The Wagtail locale of a language (``fr-ca`` falls back to ``fr``), or None."""
    if not language_code:
        return None
    locales = Locale.objects.filter(language_code__iexact=language_code)
    base = language_code.split("-")[0]
    return locales.first() or Locale.objects.filter(language_code__iexact=base).first()


def owner_edit_url(content, language) -> str:
    """Where the owner edits the ad in their account; their account's dashboard if there is no
    such page (another kind of moderated content, or the ads' views are not installed)."""
    with translation.override(language):
        try:
            path = reverse("saypro_moderation:ad_edit", args=[content.pk])
        except NoReverseMatch:
            try:
                path = reverse("saypro_profiles:dashboard")
            except NoReverseMatch:
                path = "/"
    return f"{saypro_settings.site_url}{path}"


def send_decision_email(decision, content, owner, title):
    """Queue the approval or rejection e-mail to ``owner``; None if they have no address."""
    language = recipient_language(owner)
    context = {
        "decision": decision,
        "title": title,
        "message": decision.message,
        "edit_url": owner_edit_url(content, language),
        "public_url": "",
    }
    if decision.outcome == DECISION_REJECTED:
        reason = decision.reason
        if reason is not None:
            locale = locale_for_language(language)
            translated = reason.get_translation_or_none(locale) if locale else None
            reason = translated or reason
        context.update(
            reason_title=reason.title if reason else "",
            reason_guidance=reason.guidance if reason else "",
        )
        template = REJECTED_TEMPLATE
    else:
        with translation.override(language):
            try:
                context["public_url"] = content.get_public_url() or ""
            except Exception:  # noqa: BLE001 - a missing listing page must not stop the e-mail
                context["public_url"] = ""
        template = APPROVED_TEMPLATE
    return notify_user(owner, template, context)


def _is_moderated(workflow_state):
    from .models import ModeratedMixin

    return isinstance(workflow_state.content_object, ModeratedMixin)


class ApprovalEmailNotifier(WorkflowStateApprovalEmailNotifier):
    """Wagtail's approval e-mail, except to owners of moderated content (they get ours)."""

    def get_recipient_users(self, workflow_state, **kwargs):
        if _is_moderated(workflow_state):
            return set()
        return super().get_recipient_users(workflow_state, **kwargs)


class RejectionEmailNotifier(WorkflowStateRejectionEmailNotifier):
    """Wagtail's rejection e-mail, except to owners of moderated content (they get ours)."""

    def get_recipient_users(self, workflow_state, **kwargs):
        if _is_moderated(workflow_state):
            return set()
        return super().get_recipient_users(workflow_state, **kwargs)


approval_email_notifier = ApprovalEmailNotifier()
rejection_email_notifier = RejectionEmailNotifier()

# Wagtail's dispatch_uids (wagtail/admin/signal_handlers.py).
APPROVED_UID = "workflow_state_approved_email_notification"
REJECTED_UID = "workflow_state_rejected_email_notification"


def replace_wagtail_decision_emails():
    """Swap Wagtail's approval and rejection notifiers for ours (idempotent)."""
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=APPROVED_UID)
    workflow_rejected.disconnect(sender=WorkflowState, dispatch_uid=REJECTED_UID)
    workflow_approved.connect(
        approval_email_notifier, sender=WorkflowState, dispatch_uid=APPROVED_UID
    )
    workflow_rejected.connect(
        rejection_email_notifier, sender=WorkflowState, dispatch_uid=REJECTED_UID
    )
