"""What a user chose: the language of their e-mails and which notifications they want."""

from .models import Profile


def preferred_language(user):
    """Answer for the ``saypro_user_language`` hook."""
    if user is None or not user.pk:
        return None
    return (
        Profile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
        or None
    )


def notification_preference(user, event_name, channel):
    """Answer for the ``saypro_notification_preference`` hook: None when the user never chose."""
    if user is None or not user.pk:
        return None
    preferences = (
        Profile.objects.filter(user=user).values_list("notification_preferences", flat=True).first()
    )
    if not preferences or event_name not in preferences:
        return None
    return channel in preferences[event_name]
