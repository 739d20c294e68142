"""Tell members when something changed the way they sign in, so a stranger's change is noticed.

Sent on the channels the member chose for the ``security_alerts`` event (e-mail by default,
SMS when they ask for it and have a phone number), in their language.
"""

from django.utils import timezone

from saypro_wagtail.notifications import send_email, send_sms
from saypro_wagtail.notifications.events import user_wants
from saypro_wagtail.notifications.models import EMAIL, SMS

from . import activity
from .models import Profile
from .notification_events import SECURITY_ALERTS
from .registration import absolute_url_for

TEMPLATE = "saypro_profiles/notifications/security_alert"
# Log actions that warrant an alert; the template words each one.
ALERTED_ACTIONS = {
    activity.PASSWORD_CHANGED,
    activity.MFA_ENABLED,
    activity.MFA_DISABLED,
    activity.BACKUP_CODES_CREATED,
}


def send_security_alert(user, action: str) -> None:
    if action not in ALERTED_ACTIONS or not user.is_active:
        return
    context = {
        "user": user,
        "action": action,
        "when": timezone.now(),
        "security_url": absolute_url_for(user, "saypro_profiles:security"),
        "reset_url": absolute_url_for(user, "saypro_profiles:password_reset"),
    }
    email = getattr(user, user.get_email_field_name(), "")
    if email and user_wants(user, SECURITY_ALERTS, EMAIL):
        send_email(to=email, user=user, template=TEMPLATE, context=context)
    phone = Profile.objects.filter(user=user).values_list("phone", flat=True).first()
    if phone and user_wants(user, SECURITY_ALERTS, SMS):
        send_sms(to=phone, user=user, template=TEMPLATE, context=context)
