"""Two-step verification is enforced here: staff before the Wagtail admin, and anyone who uses
it before anything else when a login page let them in on the password alone."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from saypro_wagtail.conf import saypro_settings

from . import mfa
from .staff import is_staff_account, verification_url_name

# Screens a session that still owes a code must be able to reach: the code step itself, the
# ways out, and what the admin login page loads.
OPEN_VIEWS = frozenset(
    {
        "saypro_profiles:login_verify",
        "saypro_profiles:logout",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }
)


class StaffMFAMiddleware:
    """Sends unverified staff to the code step, or to set up MFA on their first admin visit.

    Also sends any session that skipped the code step (``mfa.code_owed``) to it, so Wagtail's
    own login page cannot be used to get round two-step verification.
    Needs ``django_otp.middleware.OTPMiddleware`` before it (it provides ``is_verified()``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.verification_response(request) or self.get_response(request)

    def verification_response(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or mfa.session_verified(request):
            return None
        if mfa.code_owed(request):
            target = "saypro_profiles:login_verify"
        elif (
            saypro_settings.PROFILES_STAFF_MFA_REQUIRED
            and in_wagtail_admin(request.path)
            and is_staff_account(user)
        ):
            target = verification_url_name(user)
        else:
            return None
        if is_asset(request.path) or view_name(request) in OPEN_VIEWS:
            return None
        return send_to(request, target)


def in_wagtail_admin(path: str) -> bool:
    try:
        return path.startswith(reverse("wagtailadmin_home"))
    except NoReverseMatch:
        return False


def is_asset(path: str) -> bool:
    prefixes = [prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix]
    return any(path.startswith(str(prefix)) for prefix in prefixes)


def view_name(request) -> str:
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""


def send_to(request, url_name: str):
    """Redirect to ``url_name`` and back here afterwards; scripts get a plain refusal."""
    wants_json = request.accepts("application/json") and not request.accepts("text/html")
    if wants_json or request.headers.get("x-requested-with") == "XMLHttpRequest":
        return HttpResponseForbidden(_("Two-step verification is required."))
    # Reversed in the active language: the account pages live under i18n_patterns.
    query = urlencode({"next": request.get_full_path()})
    return redirect(f"{reverse(url_name)}?{query}")
