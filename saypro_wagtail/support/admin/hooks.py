"""Admin wiring of support requests: permission policy, snippet viewset, bulk assign,
dashboard panels, and the same visibility on every other admin path to support snippets."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from saypro_wagtail.snippet_visibility import guard_snippet_admin

from ..models import CannedResponse, Escalation, SupportRequest
from .access import SupportRequestPermissionPolicy

# Before anything asks for the model's policy (menu, views), else Wagtail's fallback is used.
register_permission_policy(SupportRequest, SupportRequestPermissionPolicy(SupportRequest))

from .bulk_actions import AssignBulkAction  # noqa: E402
from .panels import panels_for  # noqa: E402
from .viewsets import SupportRequestViewSet  # noqa: E402

register_snippet(SupportRequestViewSet())
hooks.register("register_bulk_action", AssignBulkAction)
# Bulk-action confirmations and wagtail-localize's snippet API show what the listings show.
guard_snippet_admin(SupportRequest, Escalation, CannedResponse)


@hooks.register("construct_homepage_panels")
def add_support_panels(request, panels):
    panels.extend(panels_for(request.user))
