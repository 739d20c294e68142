"""Which language a recipient reads."""

from django.apps import apps
from django.conf import settings
from django.utils import translation
from wagtail import hooks


def language_for_user(user) -> str | None:
    """The user's preferred language, or None if they have not chosen one.

    Asks the ``saypro_user_language`` hooks first (the profiles app answers with the profile's
    preferred language), then Wagtail's own user profile.
    """
    for hook in hooks.get_hooks("saypro_user_language"):
        language = hook(user)
        if language:
            return language
    if apps.is_installed("wagtail.users"):
        from wagtail.users.models import UserProfile

        profile = UserProfile.objects.filter(user=user).only("preferred_language").first()
        if profile and profile.preferred_language:
            return profile.preferred_language
    return None


def recipient_language(user=None, language=None) -> str:
    """An explicit language, else the user's, else the active one, else LANGUAGE_CODE."""
    return (
        language
        or (user is not None and language_for_user(user))
        or translation.get_language()
        or settings.LANGUAGE_CODE
    )
