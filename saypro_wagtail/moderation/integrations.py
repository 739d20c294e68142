"""Moderation's parts that need the optional profiles app: loaded only when it is installed."""

from django.apps import apps

from . import personal_data  # noqa: F401  (only the profiles app asks its hook)

if apps.is_installed("saypro_wagtail.profiles"):
    from . import dashboard, notification_events  # noqa: F401
