"""The support requests' snippet viewset: listing, logging a request, editing its descriptive
fields, the request screen with its actions, history."""

from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn

from saypro_wagtail.snippet_visibility import VisibleSnippetViewSet

from ..models import SupportRequest
from . import views
from .access import visible_requests
from .filters import SupportRequestFilterSet
from .forms import LogRequestForm, SupportRequestAdminForm


def user_display_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class SLAColumn(Column):
    """The next SLA target of an open request, marked when it is past."""

    cell_template_name = "saypro_support/admin/sla_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        due = None
        if instance.is_open:
            if instance.first_response_at is None and instance.first_response_due_at:
                due = ("first_response", instance.first_response_due_at)
            elif instance.resolution_due_at:
                due = ("resolution", instance.resolution_due_at)
        context["due_kind"], context["due_at"] = due or (None, None)
        context["breached"] = bool(due) and due[1] < timezone.now()
        return context


REQUESTER_PANELS = [
    FieldPanel("requester_account"),
    FieldRowPanel(
        [FieldPanel("requester_name"), FieldPanel("requester_email"), FieldPanel("requester_phone")]
    ),
    FieldRowPanel([FieldPanel("requester_type"), FieldPanel("location")]),
]

# Logging a request received outside the portal; status, assignee and resolution change only
# through the request screen's actions.
create_panels = ObjectList(
    [
        FieldPanel("channel"),
        MultiFieldPanel(REQUESTER_PANELS, heading=_("Requester")),
        FieldPanel("subject"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("priority")]),
        FieldPanel("description"),
    ],
    base_form_class=LogRequestForm,
)

# Only the descriptive fields: the lifecycle owns the rest.
edit_panels = ObjectList(
    [
        MultiFieldPanel(REQUESTER_PANELS, heading=_("Requester")),
        FieldPanel("subject"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("classified_category")]),
        FieldPanel("description"),
        FieldPanel("linked_references"),
        FieldPanel("related_article"),
    ],
    base_form_class=SupportRequestAdminForm,
)


class SupportRequestViewSet(VisibleSnippetViewSet):
    model = SupportRequest
    icon = "help"
    menu_label = _("Support requests")
    menu_name = "support_requests"
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["id", "linked_requests", "updated_at"]
    copy_view_enabled = False
    filterset_class = SupportRequestFilterSet
    # Searched in the database: the listing's filters (SLA dates) are not index filter fields.
    search_backend_name = None
    search_fields = ["reference", "subject", "requester_name", "requester_email"]
    list_per_page = 50

    index_view_class = views.IndexView
    add_view_class = views.CreateView
    edit_view_class = views.EditView
    inspect_view_class = views.RequestScreenView
    history_view_class = views.HistoryView
    usage_view_class = views.UsageView
    delete_view_class = views.DeleteView

    list_display = [
        "reference",
        "subject",
        Column("requester", label=_("Requester"), accessor="contact_name"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column(
            "priority", label=_("Priority"), accessor="get_priority_display", sort_key="priority"
        ),
        Column(
            "assigned_to",
            label=_("Assigned to"),
            accessor=lambda request: user_display_name(request.assigned_to),
        ),
        DateColumn("logged_at", label=_("Logged at"), sort_key="logged_at"),
        SLAColumn("sla", label=_("SLA due")),
    ]

    def get_queryset(self, request):
        queryset = SupportRequest.objects.select_related("requester", "assigned_to")
        return visible_requests(request.user, queryset)

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(
            panel=create_panels.bind_to_model(self.model), form_class=None, **kwargs
        )

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            panel=edit_panels.bind_to_model(self.model), form_class=None, **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_name=self.get_url_name("action"), **kwargs
        )

    @property
    def action_view(self):
        return views.ActionView.as_view(inspect_url_name=self.get_url_name("inspect"))

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("action/<int:pk>/<slug:action>/", self.action_view, name="action"),
        ]
