from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class HelpCenterConfig(AppConfig):
    """Multilingual help center: articles, ratings, search analytics and audits."""

    name = "saypro_wagtail.helpcenter"
    label = "saypro_helpcenter"
    verbose_name = _("Help center")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from saypro_wagtail.checks import core_app_installed

        from .checks import helpcenter_configured, helpcenter_urls

        checks.register(core_app_installed)
        checks.register(helpcenter_configured)
        checks.register(helpcenter_urls, checks.Tags.urls)

        from . import signals

        signals.connect()
