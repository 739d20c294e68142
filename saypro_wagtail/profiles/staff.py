"""Who counts as staff: people who can use the Wagtail admin in any role."""

from django.contrib.auth import get_user_model
from django.db.models import Q


def staff_q(prefix: str = "") -> Q:
    """Users who are superusers, ``is_staff``, or hold admin access directly or by a group."""
    user_model = get_user_model()
    conditions = Q(**{f"{prefix}is_superuser": True})
    if any(field.name == "is_staff" for field in user_model._meta.get_fields()):
        conditions |= Q(**{f"{prefix}is_staff": True})
    access = {
        "codename": "access_admin",
        "content_type__app_label": "wagtailadmin",
    }
    conditions |= Q(**{f"{prefix}groups__permissions__{k}": v for k, v in access.items()})
    conditions |= Q(**{f"{prefix}user_permissions__{k}": v for k, v in access.items()})
    return conditions


def staff_users():
    return get_user_model().objects.filter(staff_q()).distinct()


def is_staff_account(user) -> bool:
    """True for anyone who can open the Wagtail admin (checked through permissions)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(
        user.is_superuser
        or getattr(user, "is_staff", False)
        or user.has_perm("wagtailadmin.access_admin")
    )
