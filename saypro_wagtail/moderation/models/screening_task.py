"""The workflow's first step: automatic screening, done by a Celery task, not by a person."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState


class ScreeningTask(Task):
    """Checks submitted content against the screening rules and passes it on to review.

    Starting the task leaves it in progress and queues the screening after the transaction
    commits; the screening records every reason it flagged and approves the task, so the
    workflow moves on to moderator review with the flags attached. Nobody acts on it by hand.
    """

    admin_form_fields = Task.admin_form_fields

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        from ..screening.runner import queue_screening

        transaction.on_commit(lambda: queue_screening(task_state.pk))
        return task_state

    def user_can_access_editor(self, obj, user):
        return user.is_superuser

    def locked_for_user(self, obj, user):
        # Content must not change while it is being screened.
        return not user.is_superuser

    def get_actions(self, obj, user):
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("Automatic checks for banned words, spam, duplicates and image problems")

    class Meta:
        verbose_name = _("automatic screening task")
        verbose_name_plural = _("automatic screening tasks")
