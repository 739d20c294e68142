from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ProfilesConfig(AppConfig):
    """Registration, login with MFA, profiles, data rights and user management."""

    name = "saypro_wagtail.profiles"
    label = "saypro_profiles"
    verbose_name = _("Profiles")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from saypro_wagtail.checks import core_app_installed

        from .checks import profiles_configured, profiles_urls

        checks.register(core_app_installed)
        checks.register(profiles_configured)
        checks.register(profiles_urls, checks.Tags.urls)

        from . import signals

        signals.connect()
