"""Bulk assignment of support requests from the listing, for supervisors."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .. import lifecycle
from ..models import SupportRequest
from .access import may_see
from .filters import support_staff


class BulkAssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=None)
    reason = forms.CharField(label=_("Reason"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = support_staff()


class AssignBulkAction(SnippetBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected requests")
    template_name = "saypro_support/admin/bulk_assign.html"
    action_priority = 20
    form_class = BulkAssignForm

    @classproperty
    def models(cls):
        return [SupportRequest]

    def dispatch(self, request, *args, **kwargs):
        if not lifecycle.is_supervisor(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, support_request):
        return may_see(self.request.user, support_request) and support_request.is_open

    def get_execution_context(self):
        return {
            "to": self.cleaned_form.cleaned_data["assignee"],
            "reason": self.cleaned_form.cleaned_data["reason"],
            "by": self.request.user,
        }

    @classmethod
    def execute_action(cls, objects, to=None, reason="", by=None, **kwargs):
        for support_request in objects:
            lifecycle.assign(support_request, to, by=by, reason=reason)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d request assigned.", "%(count)d requests assigned.", num_parent_objects
        ) % {"count": num_parent_objects}
