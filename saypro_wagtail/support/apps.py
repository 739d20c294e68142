from django.apps import AppConfig, apps
from django.core import checks
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    """Support requests: role-gated lifecycle, messaging, SLA and KPI reports."""

    name = "saypro_wagtail.support"
    label = "saypro_support"
    verbose_name = _("Support requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from saypro_wagtail.checks import core_app_installed

        from .checks import support_urls

        checks.register(core_app_installed)
        checks.register(support_urls, checks.Tags.urls)
        # Without the core app the check above reports it; the receivers need its notifications.
        if apps.is_installed("saypro_wagtail"):
            from . import signals  # noqa: F401
