from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SayproConfig(AppConfig):
    """Shared foundation: settings, roles, notifications and base templates."""

    name = "saypro_wagtail"
    label = "saypro_wagtail"
    verbose_name = _("SayPro")
    default_auto_field = "django.db.models.BigAutoField"
