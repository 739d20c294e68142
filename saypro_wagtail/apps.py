from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class SayproConfig(AppConfig):
    """Shared foundation: settings, roles, notifications and base templates."""

    name = "saypro_wagtail"
    label = "saypro_wagtail"
    verbose_name = _("SayPro")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks as saypro_checks

        checks.register(saypro_checks.locale_middleware, checks.Tags.urls)
        checks.register(saypro_checks.translation_apps)
        checks.register(saypro_checks.celery_broker)
        checks.register(saypro_checks.language_catalogues, checks.Tags.translation)
        checks.register(saypro_checks.base_template_context, checks.Tags.templates)
