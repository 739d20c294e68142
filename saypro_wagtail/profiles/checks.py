"""System checks: what a site must configure for registration, lockout and MFA to work."""

from django.apps import apps
from django.conf import global_settings, settings
from django.core.checks import Error, Warning

from saypro_wagtail.checks import app_urls

OTP_APPS = ("django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static")
BACKEND = "saypro_wagtail.profiles.backends.AccountBackend"
AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"
OTP_MIDDLEWARE = "django_otp.middleware.OTPMiddleware"
STAFF_MFA_MIDDLEWARE = "saypro_wagtail.profiles.middleware.StaffMFAMiddleware"
MIDDLEWARE = (OTP_MIDDLEWARE, STAFF_MFA_MIDDLEWARE)
# In this order: each one reads what the one before puts on the request.
MIDDLEWARE_ORDER = (AUTHENTICATION_MIDDLEWARE, OTP_MIDDLEWARE, STAFF_MFA_MIDDLEWARE)
LOGIN_URL = "saypro_profiles:login"
USERS_APP_CONFIG = "saypro_wagtail.profiles.useradmin.apps.SayproUsersAppConfig"


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
    problems += middleware_problems()
    if settings.LOGIN_URL == global_settings.LOGIN_URL:
        problems.append(
            Error(
                f"LOGIN_URL is Django's default {global_settings.LOGIN_URL!r}, so visitors who "
                "must sign in are sent to a page that does not exist.",
                hint=f"Set LOGIN_URL = {LOGIN_URL!r} (the package's sign-in page).",
                id="saypro_profiles.E105",
            )
        )
    if apps.is_installed("wagtail.users") and not isinstance(
        apps.get_app_config("wagtailusers"), users_app_config()
    ):
        problems.append(
            Warning(
                "Wagtail's own user screens are in use: they show no profile data or account "
                "actions, and let User Managers change staff and superuser accounts.",
                hint=f"In INSTALLED_APPS replace 'wagtail.users' with {USERS_APP_CONFIG!r}.",
                id="saypro_profiles.W106",
            )
        )
    return problems


def middleware_problems():
    middleware = list(settings.MIDDLEWARE)
    missing = [name for name in MIDDLEWARE if name not in middleware]
    if missing:
        return [
            Warning(
                "Staff can use the Wagtail admin without two-step verification.",
                hint=(
                    f"Add {', '.join(repr(name) for name in missing)} to MIDDLEWARE, "
                    "after AuthenticationMiddleware."
                ),
                id="saypro_profiles.W103",
            )
        ]
    present = [name for name in MIDDLEWARE_ORDER if name in middleware]
    if present == sorted(present, key=middleware.index):
        return []
    return [
        Error(
            "The two-step verification middleware is out of order in MIDDLEWARE.",
            hint=(f"Put them in this order: {', '.join(repr(name) for name in MIDDLEWARE_ORDER)}."),
            id="saypro_profiles.E104",
        )
    ]


def users_app_config():
    from .useradmin.apps import SayproUsersAppConfig

    return SayproUsersAppConfig


def profiles_urls(app_configs, **kwargs):
    return app_urls(
        "saypro_profiles",
        "login",
        "saypro_wagtail.profiles.urls",
        "account/",
        missing_id="saypro_profiles.E107",
        hidden_id="saypro_profiles.E108",
    )
