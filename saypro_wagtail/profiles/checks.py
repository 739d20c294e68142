"""System checks: what a site must configure for registration, lockout and MFA to work."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning

OTP_APPS = ("django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static")
BACKEND = "saypro_wagtail.profiles.backends.AccountBackend"
MIDDLEWARE = (
    "django_otp.middleware.OTPMiddleware",
    "saypro_wagtail.profiles.middleware.StaffMFAMiddleware",
)


def profiles_configured(app_configs, **kwargs):
    problems = []
    missing_apps = [app for app in OTP_APPS if not apps.is_installed(app)]
    if missing_apps:
        problems.append(
            Error(
                "saypro_wagtail.profiles needs django-otp for two-step verification.",
                hint=f"Add {', '.join(repr(app) for app in missing_apps)} to INSTALLED_APPS.",
                id="saypro_profiles.E101",
            )
        )
    if BACKEND not in settings.AUTHENTICATION_BACKENDS:
        problems.append(
            Warning(
                "Lockout, sign-in by e-mail and the confirmed-e-mail rule are not active.",
                hint=f"Set AUTHENTICATION_BACKENDS = [{BACKEND!r}] (it replaces ModelBackend).",
                id="saypro_profiles.W102",
            )
        )
    missing_middleware = [name for name in MIDDLEWARE if name not in settings.MIDDLEWARE]
    if missing_middleware:
        problems.append(
            Warning(
                "Staff can use the Wagtail admin without two-step verification.",
                hint=(
                    f"Add {', '.join(repr(name) for name in missing_middleware)} to MIDDLEWARE, "
                    "after AuthenticationMiddleware."
                ),
                id="saypro_profiles.W103",
            )
        )
    return problems
