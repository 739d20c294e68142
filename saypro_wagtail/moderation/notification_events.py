"""Moderation notification events members can switch off on their account (profiles installed)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.notifications.events import NotificationEvent
from saypro_wagtail.notifications.models import EMAIL

from .expiry import AD_EXPIRY_EVENT


@hooks.register("register_saypro_notification_events")
def register_moderation_notification_events():
    return [
        NotificationEvent(
            AD_EXPIRY_EVENT,
            _("Reminders before my classified ads expire, and notice when they have expired"),
            channels=(EMAIL,),
            default_channels=(EMAIL,),
        ),
    ]
