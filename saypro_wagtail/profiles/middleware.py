"""Staff must pass two-step verification before they can use the Wagtail admin."""

from urllib.parse import urlencode

from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from saypro_wagtail.conf import saypro_settings

from .mfa import user_has_mfa
from .staff import is_staff_account

# Admin screens that must stay open to someone who is not verified yet.
OPEN_ADMIN_VIEWS = ("wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog")


class StaffMFAMiddleware:
    """Sends unverified staff to the code step, or to set up MFA on their first visit.

    Needs ``django_otp.middleware.OTPMiddleware`` before it (it provides ``is_verified()``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.needs_verification(request)
        return response or self.get_response(request)

    def needs_verification(self, request):
        if not saypro_settings.PROFILES_STAFF_MFA_REQUIRED:
            return None
        try:
            admin_prefix = reverse("wagtailadmin_home")
            open_paths = {reverse(name) for name in OPEN_ADMIN_VIEWS}
        except NoReverseMatch:
            return None
        if not request.path.startswith(admin_prefix) or request.path in open_paths:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not is_staff_account(user):
            return None
        if getattr(user, "is_verified", lambda: False)():
            return None
        if (
            request.headers.get("x-requested-with") == "XMLHttpRequest"
            or request.accepts("application/json")
            and not request.accepts("text/html")
        ):
            return HttpResponseForbidden(_("Two-step verification is required."))
        target = (
            "saypro_profiles:login_verify" if user_has_mfa(user) else "saypro_profiles:mfa_setup"
        )
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
