"""Support notification events members can switch off on their account (profiles installed)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.notifications.events import NotificationEvent
from saypro_wagtail.notifications.models import EMAIL

from .conversation import REPLY_EVENT, REQUESTER_REPLY_EVENT


@hooks.register("register_saypro_notification_events")
def register_support_notification_events():
    return [
        NotificationEvent(REPLY_EVENT, _("Replies to my support requests"), channels=(EMAIL,)),
        NotificationEvent(
            REQUESTER_REPLY_EVENT,
            _("Messages from requesters on support requests I handle (support staff)"),
            channels=(EMAIL,),
        ),
    ]
