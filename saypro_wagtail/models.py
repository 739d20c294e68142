"""Models of the shared ``saypro_wagtail`` app."""

from .notifications.models import Notification

__all__ = ["Notification"]
