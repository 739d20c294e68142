"""System checks shared by the feature apps."""

from django.apps import apps
from django.core.checks import Error


def core_app_installed(app_configs, **kwargs):
    """The feature apps need ``saypro_wagtail`` (notifications, roles, templates) installed."""
    if apps.is_installed("saypro_wagtail"):
        return []
    return [
        Error(
            "saypro-wagtail apps need 'saypro_wagtail' in INSTALLED_APPS.",
            hint="Add 'saypro_wagtail' to INSTALLED_APPS, next to the saypro_wagtail.* apps.",
            id="saypro_wagtail.E001",
        )
    ]
