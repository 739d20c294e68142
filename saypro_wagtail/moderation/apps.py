from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Classified ads moderated through Wagtail workflows and user reports."""

    name = "saypro_wagtail.moderation"
    label = "saypro_moderation"
    verbose_name = _("Ad moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from saypro_wagtail.checks import core_app_installed

        from .checks import moderation_urls

        checks.register(core_app_installed)
        checks.register(moderation_urls, checks.Tags.urls)

        from . import lifecycle  # noqa: F401  (moderation status follows Wagtail's signals)
