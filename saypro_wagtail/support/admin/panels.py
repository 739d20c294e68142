"""Dashboard panels of the Wagtail home page: agents see their open requests and those due soon,
supervisors also the SLA breaches and the unassigned requests."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .. import lifecycle
from ..models import SupportRequest
from .access import visible_requests
from .filters import breached, due_soon

PANEL_SIZE = 10


class SupportRequestsPanel(Component):
    """A short list of requests (at most :data:`PANEL_SIZE`) with links to their screens."""

    template_name = "saypro_support/admin/dashboard_panel.html"

    def __init__(self, name, heading, requests, empty_text, order):
        self.name = name
        self.heading = heading
        self.requests = requests
        self.empty_text = empty_text
        self.order = order

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            panel_id=f"saypro-support-{self.name}",
            panel_name=self.name,
            heading=self.heading,
            requests=list(self.requests[:PANEL_SIZE]),
            empty_text=self.empty_text,
            url_name=SupportRequest.snippet_viewset.get_url_name("inspect"),
        )
        return context


def panels_for(user):
    if not lifecycle.is_worker(user):
        return []
    visible = visible_requests(user, SupportRequest.objects.open())
    by_due = F("resolution_due_at").asc(nulls_last=True)
    panels = [
        SupportRequestsPanel(
            "my-open",
            _("My open requests"),
            visible.filter(assigned_to=user).order_by(by_due, "logged_at"),
            _("No open requests are assigned to you."),
            order=140,
        ),
        SupportRequestsPanel(
            "due-soon",
            _("Due soon (next 2 hours)"),
            visible.filter(due_soon()).order_by(by_due, "logged_at"),
            _("Nothing is due in the next 2 hours."),
            order=141,
        ),
    ]
    if lifecycle.is_supervisor(user):
        panels += [
            SupportRequestsPanel(
                "breaches",
                _("SLA breaches"),
                visible.filter(breached()).order_by(by_due, "logged_at"),
                _("No request is past its SLA."),
                order=142,
            ),
            SupportRequestsPanel(
                "unassigned",
                _("Unassigned requests"),
                visible.filter(assigned_to__isnull=True).order_by("logged_at"),
                _("Every open request is assigned."),
                order=143,
            ),
        ]
    return panels
