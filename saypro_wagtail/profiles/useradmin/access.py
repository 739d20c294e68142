"""Which accounts an admin user may manage, and which groups they may hand out.

Superusers manage everyone. Anyone else with the user permissions (the "User Managers" role)
manages ordinary accounts only: staff and superusers are invisible to them, and they can never
give an account admin access.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from ..staff import staff_users


def manageable_users(request_user):
    """The accounts ``request_user`` may see and change in the admin."""
    users = get_user_model()._default_manager.all()
    if request_user.is_superuser:
        return users
    return users.exclude(pk__in=staff_users().values("pk"))


def can_manage(request_user, account) -> bool:
    if request_user.is_superuser:
        return True
    return manageable_users(request_user).filter(pk=account.pk).exists()


def assignable_groups(request_user):
    """Groups ``request_user`` may give to an account: no admin access unless a superuser."""
    groups = Group.objects.all()
    if request_user.is_superuser:
        return groups
    with_admin_access = Group.objects.filter(
        permissions__codename="access_admin",
        permissions__content_type__app_label="wagtailadmin",
    )
    return groups.exclude(pk__in=with_admin_access.values("pk"))
