"""Admin wiring of classified ads: permission policy, the "Moderation" menu (ads and rejection
reasons), the moderators' dashboard panel, and our decision e-mails instead of Wagtail's."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from ..models import ClassifiedAd
from .access import ClassifiedAdPermissionPolicy

# Before anything asks for the model's policy (menu, views), else Wagtail's fallback is used.
register_permission_policy(ClassifiedAd, ClassifiedAdPermissionPolicy(ClassifiedAd))

from ..decision_emails import replace_wagtail_decision_emails  # noqa: E402
from .panels import ModerationDashboardPanel  # noqa: E402
from .viewsets import ModerationViewSetGroup  # noqa: E402

register_snippet(ModerationViewSetGroup)
replace_wagtail_decision_emails()


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if ClassifiedAd.snippet_viewset.permission_policy.user_has_permission(request.user, "change"):
        list_url_name = ClassifiedAd.snippet_viewset.get_url_name("list")
        panels.append(ModerationDashboardPanel(ClassifiedAd, list_url_name))
