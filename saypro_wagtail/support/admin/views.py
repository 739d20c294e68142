"""The admin views of support requests: the snippet views narrowed to what the user may see, the
request screen (conversation, attachments, action forms) and the action endpoint."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages
from wagtail.models import Locale
from wagtail.snippets.views import snippets

from .. import conversation, lifecycle
from ..choices import CLOSED, ESCALATED, OPEN_STATUSES, RESOLVED
from ..models import SupportRequest
from . import forms
from .access import may_see


def request_screen_url(support_request):
    viewset = support_request.snippet_viewset
    return reverse(viewset.get_url_name("inspect"), args=[quote(support_request.pk)])


class VisibleRequestMixin:
    """Refuse a request the user may not see, whichever view opens it by its URL."""

    def get_object(self, *args, **kwargs):
        support_request = super().get_object(*args, **kwargs)
        if not may_see(self.request.user, support_request):
            raise PermissionDenied
        return support_request


class IndexView(snippets.IndexView):
    def get_edit_url(self, instance):
        # The title opens the request screen, where the work happens.
        return request_screen_url(instance)


class CreateView(snippets.CreateView):
    success_message = _("Request %(object)s logged.")

    def get_success_url(self):
        return request_screen_url(self.object)


class EditView(VisibleRequestMixin, snippets.EditView):
    def get_success_url(self):
        return request_screen_url(self.object)


class HistoryView(VisibleRequestMixin, snippets.HistoryView):
    pass


class UsageView(VisibleRequestMixin, snippets.UsageView):
    pass


class DeleteView(VisibleRequestMixin, snippets.DeleteView):
    pass


def admin_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


def available_actions(user, support_request):
    """The actions the request screen offers; the lifecycle still decides on each POST."""
    actions = []
    supervisor = lifecycle.is_supervisor(user)
    works_on = lifecycle.can_work_on(user, support_request)
    is_open = support_request.status in OPEN_STATUSES
    if is_open and supervisor:
        actions.append("assign")
    if is_open and works_on and support_request.assigned_to_id != user.pk:
        actions.append("take")
    if is_open and works_on:
        actions += ["reply", "priority"]
    if lifecycle.is_worker(user):
        actions.append("note")
    if is_open and works_on and support_request.status != ESCALATED:
        actions.append("escalate")
    if is_open and works_on and (support_request.status != ESCALATED or supervisor):
        actions.append("resolve")
    if support_request.status == RESOLVED and works_on or is_open and supervisor:
        actions.append("close")
    if support_request.status in (RESOLVED, CLOSED) and works_on:
        actions.append("reopen")
    return actions


ACTION_FORMS = {
    "assign": forms.AssignForm,
    "take": None,
    "reply": forms.ReplyForm,
    "note": forms.NoteForm,
    "priority": forms.PriorityForm,
    "escalate": forms.ReasonForm,
    "resolve": forms.ResolveForm,
    "close": forms.OptionalReasonForm,
    "reopen": forms.ReasonForm,
}


def action_form(action, support_request, data=None):
    """The form of ``action`` (None for "take", which has none), bound to ``data`` if given."""
    form_class = ACTION_FORMS[action]
    if form_class is None:
        return None
    kwargs = {"prefix": action}
    if action == "reply":
        kwargs["locale"] = admin_locale()
    if action == "priority":
        kwargs["initial"] = {"priority": support_request.priority}
    return form_class(data, **kwargs)


def action_forms(user, support_request):
    return {
        action: action_form(action, support_request)
        for action in available_actions(user, support_request)
    }


class RequestScreenView(VisibleRequestMixin, snippets.InspectView):
    """Everything about one request: its fields, the whole conversation with the internal notes
    marked, the attachments, and a form per action."""

    template_name = "saypro_support/admin/request_screen.html"
    page_title = _("Support request")
    fields_exclude = ["id", "linked_requests", "updated_at"]
    action_url_name = None
    history_url_name = None

    def get_object(self, queryset=None):
        queryset = SupportRequest.objects.select_related(
            "requester", "assigned_to", "received_by", "related_article"
        )
        support_request = get_object_or_404(queryset, pk=self.pk)
        if not may_see(self.request.user, support_request):
            raise PermissionDenied
        return support_request

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        support_request = self.object
        if lifecycle.can_work_on(self.request.user, support_request):
            # Read receipts: the requester sees that staff have read their messages.
            conversation.mark_read(support_request, viewer_is_staff=True)
        context["support_request"] = support_request
        context["conversation"] = support_request.messages.select_related("author")
        context["attachments"] = support_request.attachments.select_related("uploaded_by")
        context["linked_requests"] = support_request.linked_requests.all()
        context["action_forms"] = forms_by_action = action_forms(self.request.user, support_request)
        reply_form = forms_by_action.get("reply")
        canned = reply_form.fields["canned_response"].queryset if reply_form else []
        context["canned_texts"] = {str(response.pk): response.body for response in canned}
        context["action_url_name"] = self.action_url_name
        context["history_url"] = reverse(self.history_url_name, args=[quote(support_request.pk)])
        return context


SUCCESS_MESSAGES = {
    "assign": _("Request assigned."),
    "take": _("You took the request."),
    "reply": _("Reply sent."),
    "note": _("Internal note added."),
    "priority": _("Priority changed."),
    "escalate": _("Request escalated to tier 2."),
    "resolve": _("Request resolved."),
    "close": _("Request closed."),
    "reopen": _("Request reopened."),
}


def perform(action, support_request, data, user):
    """Run ``action`` with the cleaned ``data`` of its form."""
    if action == "assign":
        lifecycle.assign(support_request, data["assignee"], by=user, reason=data["reason"])
    elif action == "take":
        lifecycle.take(support_request, by=user)
    elif action == "reply":
        lifecycle.reply(support_request, data["body"], by=user)
    elif action == "note":
        lifecycle.add_note(support_request, data["body"], by=user)
    elif action == "priority":
        lifecycle.change_priority(support_request, data["priority"], by=user, reason=data["reason"])
    elif action == "escalate":
        lifecycle.escalate(support_request, by=user, reason=data["reason"])
    elif action == "resolve":
        lifecycle.resolve(support_request, data["resolution"], by=user)
    elif action == "close":
        lifecycle.close(support_request, by=user, reason=data["reason"])
    elif action == "reopen":
        lifecycle.reopen(support_request, by=user, reason=data["reason"])


class ActionView(View):
    """POST endpoint of the request screen's forms. A refused action changes nothing and says
    why; either way the user goes back to the request screen."""

    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk, action):
        if action not in ACTION_FORMS:
            raise PermissionDenied
        support_request = get_object_or_404(SupportRequest, pk=pk)
        if not may_see(request.user, support_request):
            raise PermissionDenied
        back = redirect(self.inspect_url_name, quote(support_request.pk))
        # Bound even when the screen would not offer it: the lifecycle decides.
        form = action_form(action, support_request, request.POST)
        if form is not None and not form.is_valid():
            for name, field_errors in form.errors.items():
                label = form.fields[name].label if name in form.fields else ""
                for error in field_errors:
                    messages.error(
                        request,
                        _("%(field)s: %(error)s") % {"field": label, "error": error}
                        if label
                        else error,
                    )
            return back
        try:
            perform(action, support_request, form.cleaned_data if form else {}, request.user)
        except lifecycle.ActionRefused as refusal:
            messages.error(request, refusal.message)
            return back
        messages.success(request, SUCCESS_MESSAGES[action])
        return back
