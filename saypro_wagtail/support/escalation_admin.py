"""The escalations' snippet viewset: supervisors review them through the workflow screens and
record the outcome; nobody creates them here (escalating a request does)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet

from saypro_wagtail.snippet_visibility import VisibleSnippetViewSet

from .models import Escalation


class EscalationViewSet(VisibleSnippetViewSet):
    model = Escalation
    icon = "warning"
    menu_label = _("Escalations")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["request__reference", "reason"]
    list_display = [
        "__str__",
        Column("raised_by", label=_("Raised by"), accessor="raised_by"),
        DateColumn("raised_at", label=_("Raised at"), sort_key="raised_at"),
        Column("handled_by", label=_("Handled by"), accessor="handled_by"),
    ]
    panels = [
        FieldPanel("request", read_only=True),
        FieldPanel("reason", read_only=True),
        FieldPanel("outcome"),
    ]

    def get_queryset(self, request):
        return Escalation.objects.select_related("request", "raised_by", "handled_by")


register_snippet(EscalationViewSet())
