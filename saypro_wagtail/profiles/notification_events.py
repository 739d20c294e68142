"""The profiles app's notification events: what members can switch on or off per channel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.notifications.events import NotificationEvent
from saypro_wagtail.notifications.models import EMAIL, SMS

ACCOUNT_REMINDERS = "account_reminders"
SECURITY_ALERTS = "security_alerts"


@hooks.register("register_saypro_notification_events")
def register_profiles_notification_events():
    return [
        NotificationEvent(
            ACCOUNT_REMINDERS,
            _("Reminders to confirm my e-mail address or complete my profile"),
            channels=(EMAIL,),
            default_channels=(EMAIL,),
        ),
        NotificationEvent(
            SECURITY_ALERTS,
            _("Security alerts about my account"),
            channels=(EMAIL, SMS),
            default_channels=(EMAIL,),
        ),
    ]
