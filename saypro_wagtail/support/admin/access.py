"""Who sees which support requests in the admin.

Supervisors see all requests; agents their own and unassigned ones (every request with
``SAYPRO_SUPPORT_AGENTS_SEE_ALL``); everyone else none. The permission policy applies this to
every snippet view, the menu and the bulk actions.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from saypro_wagtail.conf import saypro_settings

from ..lifecycle import is_supervisor, is_worker


def visible_requests(user, queryset):
    """Narrow ``queryset`` to the requests ``user`` may see in the admin."""
    if not is_worker(user):
        return queryset.none()
    if is_supervisor(user) or saypro_settings.SUPPORT_AGENTS_SEE_ALL:
        return queryset
    return queryset.filter(Q(assigned_to__isnull=True) | Q(assigned_to=user))


def may_see(user, support_request) -> bool:
    if not is_worker(user):
        return False
    if is_supervisor(user) or saypro_settings.SUPPORT_AGENTS_SEE_ALL:
        return True
    return support_request.assigned_to_id in (None, user.pk)


class SupportRequestPermissionPolicy(ModelPermissionPolicy):
    """Support staff view and edit the descriptive fields of the requests they may see; only
    superusers delete. Status, assignee and priority change through the lifecycle actions."""

    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        if action in ("view", "change"):
            return is_worker(user)
        if action == "add":
            return is_worker(user) and super().user_has_permission(user, "add")
        return False

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and may_see(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return queryset.none()
        return visible_requests(user, queryset)
