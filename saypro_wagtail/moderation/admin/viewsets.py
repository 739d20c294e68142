"""The "Moderation" menu: classified ads (listing with moderation filters, edit screen with the
moderation panel) and the rejection reasons moderators keep in each language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from saypro_wagtail.snippet_visibility import VisibleSnippetViewSet

from ..models import ClassifiedAd, RejectionReason
from .filters import ClassifiedAdFilterSet
from .panels import ModerationInfoPanel


def owner_name(ad):
    owner = ad.owner
    if owner is None:
        return ""
    return owner.get_full_name() or owner.get_username()


MENU_HOOK = "register_saypro_moderation_menu_item"


class FlagsColumn(Column):
    """What needs a moderator's eye: screening flagged it, visitors reported it."""

    cell_template_name = "saypro_moderation/admin/flags_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(flagged=instance.screening_flagged, open_reports=instance.open_reports)
        return context


class ClassifiedAdViewSet(VisibleSnippetViewSet):
    model = ClassifiedAd
    icon = "list-ul"
    menu_label = _("Classified ads")
    menu_name = "classified_ads"
    menu_order = 100
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = ClassifiedAdFilterSet
    # Searched in the database, together with the listing's filters.
    search_backend_name = None
    search_fields = ["title", "description"]
    list_per_page = 50
    ordering = ["-created_at", "-pk"]

    list_display = [
        "title",
        Column("owner", label=_("Owner"), accessor=owner_name),
        Column(
            "category", label=_("Category"), accessor="get_category_display", sort_key="category"
        ),
        Column(
            "moderation_status",
            label=_("Moderation status"),
            accessor="get_moderation_status_display",
            sort_key="moderation_status",
        ),
        FlagsColumn("flags", label=_("Flags"), sort_key="open_reports"),
        DateColumn("expires_at", label=_("Expires"), sort_key="expires_at"),
        UpdatedAtColumn(),
    ]

    panels = [
        ModerationInfoPanel(heading=_("Moderation")),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("language")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("price"), FieldPanel("location")]),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")
        ),
        InlinePanel("images", heading=_("Images"), label=_("Image")),
        FieldPanel("expires_at"),
    ]

    def get_queryset(self, request):
        return ClassifiedAd.objects.select_related("owner")


class RejectionReasonViewSet(VisibleSnippetViewSet):
    """Reasons in each language; wagtail-localize adds the translate actions."""

    model = RejectionReason
    icon = "comment"
    menu_label = _("Rejection reasons")
    menu_name = "rejection_reasons"
    menu_order = 110
    list_display = [
        "title",
        "code",
        BooleanColumn("active", label=_("Active")),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
    ]
    list_filter = ["locale", "active"]
    search_backend_name = None
    search_fields = ["title", "code", "guidance"]
    ordering = ["sort_order", "title"]

    def get_queryset(self, request):
        return RejectionReason.objects.select_related("locale")


class ModerationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Moderation")
    menu_icon = "tasks"
    menu_name = "moderation"
    menu_order = 260
    items = (ClassifiedAdViewSet, RejectionReasonViewSet)
    # Banned phrases and the visitors' reports queue join the group through this hook.
    submenu_hook = MENU_HOOK
