"""The moderators' queue of visitors' reports: items with open reports, most reported first,
with Uphold and Dismiss (each a confirmation with a note, then a POST).

Works for every moderated model: rows are grouped by content type and object id, and each
item is loaded once per model, so the number of queries does not grow with the queue.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import lifecycle
from ..choices import HIDDEN, REPORT_OPEN
from ..models import ContentReport
from . import service
from .forms import DecisionForm

PERMISSION = "saypro_moderation.change_contentreport"
QUEUE_URL_NAME = "saypro_moderation_user_reports"
ITEMS_PER_PAGE = 25


def can_decide(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


class PermissionRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def load_items(groups, request):
    """The queue's rows for one page of (content type, object id) groups."""
    ids_by_type = defaultdict(list)
    for group in groups:
        ids_by_type[group["content_type_id"]].append(group["object_id"])
    objects = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            objects[(content_type_id, str(obj.pk))] = obj
    reports = defaultdict(list)
    open_reports = ContentReport.objects.filter(
        status=REPORT_OPEN,
        content_type_id__in=list(ids_by_type),
        object_id__in=[group["object_id"] for group in groups],
    ).order_by("-created_at")
    for report in open_reports:
        reports[(report.content_type_id, report.object_id)].append(report)
    finder = AdminURLFinder(request.user)
    items = []
    for group in groups:
        key = (group["content_type_id"], group["object_id"])
        obj = objects.get(key)
        if obj is None:
            continue
        items.append(
            {
                "object": obj,
                "title": obj.get_moderation_title(),
                "model_name": obj._meta.verbose_name,
                "count": group["count"],
                "latest": group["latest"],
                "is_hidden": obj.moderation_status == HIDDEN,
                "status": obj.get_moderation_status_display(),
                "reports": reports[key],
                "edit_url": finder.get_edit_url(obj),
                "public_url": obj.get_public_url(request) if getattr(obj, "live", False) else "",
                "uphold_url": reverse(
                    "saypro_moderation_user_reports_uphold", args=[key[0], key[1]]
                ),
                "dismiss_url": reverse(
                    "saypro_moderation_user_reports_dismiss", args=[key[0], key[1]]
                ),
            }
        )
    return items


class QueueView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "saypro_moderation/user_reports/queue.html"
    page_title = _("Reports from visitors")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = (
            ContentReport.objects.filter(status=REPORT_OPEN)
            .values("content_type_id", "object_id")
            .annotate(count=Count("pk"), latest=Max("created_at"))
            .order_by("-count", "-latest")
        )
        page = Paginator(groups, ITEMS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(items=load_items(list(page.object_list), self.request), page_obj=page)
        return context


class DecisionView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm (GET) and take (POST) one decision on all open reports of one item."""

    template_name = "saypro_moderation/user_reports/confirm.html"
    header_icon = "warning"
    decision = ""

    def get_object(self):
        try:
            model = ContentType.objects.get_for_id(self.kwargs["content_type_id"]).model_class()
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        if model is None:
            raise Http404
        obj = model._default_manager.filter(pk=self.kwargs["object_id"]).first()
        if obj is None or not hasattr(obj, "open_reports"):
            raise Http404
        return obj

    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.decision == "uphold":
            return _("Uphold the reports and remove")
        return _("Dismiss the reports")

    def get_page_subtitle(self):
        return self.object.get_moderation_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            title=self.object.get_moderation_title(),
            decision=self.decision,
            reports=service.reports_for(self.object).filter(status=REPORT_OPEN),
            form=kwargs.get("form") or DecisionForm(),
            queue_url=reverse(QUEUE_URL_NAME),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        action = service.uphold if self.decision == "uphold" else service.dismiss
        try:
            action(self.object, request.user, form.cleaned_data["note"])
        except lifecycle.ActionRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(QUEUE_URL_NAME)
        title = self.object.get_moderation_title()
        if self.decision == "uphold":
            messages.success(request, _("“%(title)s” was removed.") % {"title": title})
        else:
            messages.success(
                request, _("The reports about “%(title)s” were dismissed.") % {"title": title}
            )
        return redirect(QUEUE_URL_NAME)


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_decide(request.user)


@hooks.register("register_admin_urls")
def register_user_report_urls():
    return [
        path("moderation/reports/", QueueView.as_view(), name=QUEUE_URL_NAME),
        path(
            "moderation/reports/<int:content_type_id>/<str:object_id>/uphold/",
            DecisionView.as_view(decision="uphold"),
            name="saypro_moderation_user_reports_uphold",
        ),
        path(
            "moderation/reports/<int:content_type_id>/<str:object_id>/dismiss/",
            DecisionView.as_view(decision="dismiss"),
            name="saypro_moderation_user_reports_dismiss",
        ),
    ]


@hooks.register("register_saypro_moderation_menu_item")  # inside the "Moderation" menu
def register_user_reports_menu_item():
    return QueueMenuItem(
        _("Reports from visitors"),
        reverse(QUEUE_URL_NAME),
        name="saypro-visitor-reports",
        icon_name="warning",
        order=460,
    )
