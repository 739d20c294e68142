"""Who counts as staff, and the one check every staff power goes through.

Staff powers are not only the Wagtail admin: a front-end view that serves something because the
user holds a permission (an applicant's resume, for example) is one too. Such views ask
:func:`staff_permission`, which also wants the code step done when the site requires MFA of
staff, and send a user who has the permission but not the code to :func:`verify_first`.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from saypro_wagtail.conf import saypro_settings

from . import mfa


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


def staff_permission(request, permission: str) -> bool:
    """True when ``request.user`` may use ``permission`` ("app_label.codename") now.

    Holding it is not enough while the site requires MFA of staff: the session must also have
    passed the code step, whatever the address of the view (admin or front end).
    """
    user = request.user
    if not (user.is_authenticated and user.is_active and user.has_perm(permission)):
        return False
    return not saypro_settings.PROFILES_STAFF_MFA_REQUIRED or mfa.session_verified(request)


def verify_first(request):
    """Send a user to the code step (or to set up MFA first), then back to this address."""
    from .middleware import send_to

    return send_to(request, verification_url_name(request.user))


def verification_url_name(user) -> str:
    """The code step for users with an authenticator, else setting one up."""
    if mfa.user_has_mfa(user):
        return "saypro_profiles:login_verify"
    return "saypro_profiles:mfa_setup"
