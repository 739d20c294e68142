"""The workflow's second step: a moderator approves (publishes) or rejects with a reason."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

APPROVE = "approve"
REJECT = "reject"


class ModeratorReviewTask(AbstractGroupApprovalTask):
    """Review by the chosen groups; rejecting needs a reason from the managed list and a message."""

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            # As the last task, Wagtail's menu adds "and Publish" to the approvals itself.
            return [
                (REJECT, _("Reject with a reason"), True),
                (APPROVE, _("Approve"), False),
                (APPROVE, _("Approve with comment"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == REJECT:
            from ..review import RejectionForm

            return RejectionForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        """Record the decision (and queue the owner's e-mail) with the approval or rejection:
        both happen or neither does. ``reason`` is ours; Wagtail's ``reject()`` only takes
        ``comment``."""
        from ..review import record_decision

        with transaction.atomic():
            record_decision(task_state, user, action_name, **kwargs)
            kwargs.pop("reason", None)
            return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Moderators approve and publish, or reject with a reason and a message")

    class Meta:
        verbose_name = _("moderator review task")
        verbose_name_plural = _("moderator review tasks")
