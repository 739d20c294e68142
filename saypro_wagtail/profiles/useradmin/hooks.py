"""Admin user management hooks: keep Wagtail's bulk actions and site history within the same
limits as the forms.

Wagtail's user bulk actions only check the "change user" permission; someone who is not a
superuser must not deactivate, delete or re-role staff, nor hand out a group with admin access.
Its site history shows every account's entries (sign-ins, changes) to anyone with a user
permission; someone who is not a superuser reads those of the accounts they manage only.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from wagtail import hooks

from saypro_wagtail.log_visibility import register_log_visibility

from .access import assignable_groups, manageable_users

register_log_visibility(get_user_model(), manageable_users)


@hooks.register("before_bulk_action")
def refuse_bulk_actions_beyond_manageable_users(request, action_type, objects, action):
    if request.user.is_superuser or get_user_model() not in action.models:
        return None
    pks = [obj.pk for obj in objects]
    if manageable_users(request.user).filter(pk__in=pks).count() != len(set(pks)):
        raise PermissionDenied
    if action_type == "assign_role":
        role = action.cleaned_form.cleaned_data.get("role")
        if role is not None and not assignable_groups(request.user).filter(pk=role.pk).exists():
            raise PermissionDenied
    return None
