"""Moderator review: the rejection form of the review task, the record of each decision, and
the owner's e-mail about it.

Wagtail shows :class:`RejectionForm` in the workflow action modal (on the listing, the edit
screen and the dashboard) and passes its cleaned data to
:meth:`~.models.ModeratorReviewTask.on_action`, which calls :func:`record_decision`.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .choices import DECISION_APPROVED, DECISION_REJECTED
from .models import ModeratedMixin, ModerationDecision, RejectionReason
from .models.review_task import APPROVE, REJECT


def active_reasons():
    """The active reasons in the moderator's language (the active one), else the default's."""
    reasons = RejectionReason.objects.filter(active=True).select_related("locale")
    in_language = reasons.filter(locale=Locale.get_active())
    if in_language.exists():
        return in_language
    return reasons.filter(locale=Locale.get_default())


class ReasonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, reason):
        return reason.title


class RejectionForm(forms.Form):
    """Why the ad is rejected (from the moderators' managed list) and what to tell the owner.

    ``comment`` is the field name Wagtail stores as the task's comment. The reason is cleaned to
    its primary key: Wagtail's edit screen sends the modal's data back as JSON.
    """

    reason = ReasonChoiceField(
        label=_("Reason"),
        queryset=RejectionReason.objects.none(),
        empty_label=_("Choose a reason"),
        help_text=_("The owner receives this reason's guidance on what to change."),
    )
    comment = forms.CharField(
        label=_("Message to the owner"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Say what exactly needs to change; the owner reads it in the e-mail."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reasons = active_reasons()
        self.fields["reason"].queryset = reasons
        if not reasons.exists():
            self.fields["reason"].help_text = _(
                "There are no rejection reasons yet: add them under Moderation, Rejection reasons."
            )

    def clean_reason(self):
        return self.cleaned_data["reason"].pk

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(_("Write a message to the owner."))
        return comment


def validated_rejection(data):
    """Check rejection data that did not come through the modal's form (the edit screen posts
    it back as JSON): a missing or unknown reason or an empty message is refused."""
    reason_id = data.get("reason")
    if isinstance(reason_id, RejectionReason):
        reason_id = reason_id.pk
    comment = data.get("comment")
    comment = comment.strip() if isinstance(comment, str) else ""
    reason = None
    if isinstance(reason_id, int) or (isinstance(reason_id, str) and reason_id.isdigit()):
        reason = RejectionReason.objects.filter(pk=int(reason_id), active=True).first()
    if reason is None or not comment:
        raise PermissionDenied(_("A rejection needs a reason and a message to the owner."))
    return reason, comment


def record_decision(task_state, user, action_name, **kwargs):
    """Write a :class:`ModerationDecision` for an approval or a rejection of moderated content,
    and e-mail its owner once the transaction commits. Returns the decision, or None for other
    actions and content."""
    if action_name not in (APPROVE, REJECT):
        return None
    obj = task_state.revision.as_object() if task_state.revision_id else None
    content = task_state.workflow_state.content_object
    if not isinstance(content, ModeratedMixin):
        return None
    if action_name == REJECT:
        reason, message = validated_rejection(kwargs)
        outcome = DECISION_REJECTED
    else:
        reason, message = None, (kwargs.get("comment") or "").strip()
        outcome = DECISION_APPROVED
    decision = ModerationDecision.objects.create(
        content_object=content,
        revision_id=task_state.revision_id,
        outcome=outcome,
        reason=reason,
        reason_code=reason.code if reason else "",
        message=message,
        moderator=user,
        submitted_at=content.submitted_at,
    )
    owner = content.get_moderation_owner()
    if owner is not None:
        from .decision_emails import send_decision_email

        # Queued with the decision: sent after the transaction commits, never if it rolls back.
        send_decision_email(decision, content, owner, (obj or content).get_moderation_title())
    return decision
