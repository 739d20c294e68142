"""The notification outbox as personal data: the messages addressed to a user.

Registered by the profiles app (see ``saypro_wagtail.profiles.data_rights``).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.profiles.data_rights import PersonalDataProvider

from .models import Notification


def addressed_to(user) -> Q:
    """Messages linked to the user or sent to their current e-mail address."""
    condition = Q(user=user)
    email = getattr(user, get_user_model().get_email_field_name(), "")
    if email:
        condition |= Q(recipient__iexact=email)
    return condition


class NotificationDataProvider(PersonalDataProvider):
    """Which messages were sent to the user and when; the text is not kept, only its template."""

    name = "notifications"
    label = _("Messages sent to you")

    def export(self, user):
        return list(
            Notification.objects.filter(addressed_to(user))
            .order_by("created_at", "pk")
            .values("channel", "recipient", "template", "status", "created_at", "sent_at")
        )

    def erase(self, user):
        Notification.objects.filter(addressed_to(user)).delete()
