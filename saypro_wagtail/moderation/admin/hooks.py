"""Admin wiring of classified ads: permission policy, the "Moderation" menu (ads and rejection
reasons), the moderators' dashboard panel, our decision e-mails instead of Wagtail's,
publishing only through the review, and the same visibility on every other admin path."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from saypro_wagtail.snippet_visibility import guard_snippet_admin

from ..models import BannedPhrase, ClassifiedAd, ModeratedMixin, RejectionReason
from .access import ClassifiedAdPermissionPolicy

# Before anything asks for the model's policy (menu, views), else Wagtail's fallback is used.
register_permission_policy(ClassifiedAd, ClassifiedAdPermissionPolicy(ClassifiedAd))

from ..decision_emails import replace_wagtail_decision_emails  # noqa: E402
from .panels import ModerationDashboardPanel  # noqa: E402
from .viewsets import ModerationViewSetGroup  # noqa: E402

register_snippet(ModerationViewSetGroup)
replace_wagtail_decision_emails()
# Bulk-action confirmations and wagtail-localize's snippet API show what the listings show.
guard_snippet_admin(ClassifiedAd, RejectionReason, BannedPhrase)


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if ClassifiedAd.snippet_viewset.permission_policy.user_has_permission(request.user, "change"):
        list_url_name = ClassifiedAd.snippet_viewset.get_url_name("list")
        panels.append(ModerationDashboardPanel(ClassifiedAd, list_url_name))


def _publishes_outside_review(request, obj) -> bool:
    return isinstance(obj, ModeratedMixin) and not request.user.is_superuser


@hooks.register("construct_snippet_action_menu")
def hide_direct_publish(menu_items, request, context):
    """Moderators publish moderated content by approving it in the workflow, which records the
    decision (for the owner's e-mail and the reports); superusers keep Wagtail's Publish."""
    instance = context.get("instance")
    if instance is not None and _publishes_outside_review(request, instance):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish")
def refuse_direct_publish(request, obj):
    """The same rule for a publish request sent without the menu."""
    if _publishes_outside_review(request, obj):
        messages.error(
            request,
            _("Approve the ad in its moderation workflow to publish it: the decision is recorded."),
        )
        return redirect(request.get_full_path())
    return None
