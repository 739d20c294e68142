"""Admin wiring of support requests: permission policy, snippet viewset, bulk assign,
dashboard panels."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from ..models import SupportRequest
from .access import SupportRequestPermissionPolicy

# Before anything asks for the model's policy (menu, views), else Wagtail's fallback is used.
register_permission_policy(SupportRequest, SupportRequestPermissionPolicy(SupportRequest))

from .bulk_actions import AssignBulkAction  # noqa: E402
from .panels import panels_for  # noqa: E402
from .viewsets import SupportRequestViewSet  # noqa: E402

register_snippet(SupportRequestViewSet())
hooks.register("register_bulk_action", AssignBulkAction)


@hooks.register("construct_homepage_panels")
def add_support_panels(request, panels):
    panels.extend(panels_for(request.user))
