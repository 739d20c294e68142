"""What a moderator needs next to the ad's fields: where it stands, what screening found, open
visitor reports, and the owner's earlier decisions; and the moderators' dashboard panel."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from ..choices import HIDDEN, REVIEW
from ..models import ModeratedMixin, ModerationDecision, ScreeningResult

PREVIOUS_DECISIONS = 10


def describe(hit) -> str:
    """A moderator-readable line for a screening hit; the rule's code when no description
    is available."""
    try:
        from ..screening import describe_hit
    except ImportError:
        return hit.rule
    try:
        return str(describe_hit(hit))
    except Exception:  # noqa: BLE001 - an unknown rule must not break the edit screen
        return hit.rule


def latest_screening(obj):
    content_type = ContentType.objects.get_for_model(obj)
    result = (
        ScreeningResult.objects.filter(content_type=content_type, object_id=str(obj.pk))
        .prefetch_related("hits")
        .order_by("-created_at", "-pk")
        .first()
    )
    if result is None:
        return None, []
    return result, [describe(hit) for hit in result.hits.all()]


def owner_decisions(obj, limit=PREVIOUS_DECISIONS):
    """The latest decisions on any content of the same model by the same owner."""
    owner = obj.get_moderation_owner()
    if owner is None or not hasattr(type(obj), "owner"):
        return []
    model = type(obj)
    owned = model._default_manager.filter(owner=owner).annotate(
        text_pk=Cast("pk", output_field=CharField())
    )
    decisions = (
        ModerationDecision.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=owned.values("text_pk"),
        )
        .select_related("reason", "moderator")
        .order_by("-decided_at", "-pk")
    )
    return list(decisions[:limit])


class ModerationInfoPanel(Panel):
    """Read-only: the ad's moderation status, its latest screening, reports and the owner's
    previous decisions. Put it in a moderated snippet's edit handler."""

    @property
    def clean_name(self):
        return super().clean_name or "moderation"

    class BoundPanel(Panel.BoundPanel):
        template_name = "saypro_moderation/admin/moderation_panel.html"

        def is_shown(self):
            return (
                isinstance(self.instance, ModeratedMixin)
                and self.instance.pk is not None
                and super().is_shown()
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            obj = self.instance
            result, hits = latest_screening(obj)
            owner = obj.get_moderation_owner()
            context.update(
                ad=obj,
                owner=owner,
                owner_name=(owner.get_full_name() or owner.get_username()) if owner else "",
                screening=result,
                hits=hits,
                decisions=owner_decisions(obj),
            )
            return context


class ModerationDashboardPanel(Component):
    """Counts for moderators: awaiting review, flagged by screening, hidden after reports."""

    name = "saypro-moderation"
    order = 130
    template_name = "saypro_moderation/admin/dashboard_panel.html"

    def __init__(self, model, url_name):
        self.model = model
        self.url_name = url_name

    def get_context_data(self, parent_context):
        from django.db.models import Count, Q
        from django.urls import reverse

        counts = self.model._default_manager.aggregate(
            review=Count("pk", filter=Q(moderation_status=REVIEW)),
            flagged=Count("pk", filter=Q(moderation_status=REVIEW, screening_flagged=True)),
            hidden=Count("pk", filter=Q(moderation_status=HIDDEN)),
        )
        index_url = reverse(self.url_name)
        context = super().get_context_data(parent_context)
        context["rows"] = [
            (_("Awaiting review"), counts["review"], f"{index_url}?moderation_status={REVIEW}"),
            (
                _("Awaiting review, flagged by screening"),
                counts["flagged"],
                f"{index_url}?moderation_status={REVIEW}&screening_flagged=true",
            ),
            (
                _("Hidden after reports"),
                counts["hidden"],
                f"{index_url}?moderation_status={HIDDEN}",
            ),
        ]
        context["heading"] = _("Classified ads")
        return context
