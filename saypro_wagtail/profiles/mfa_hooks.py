"""Admin hooks of two-step verification."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import mfa  # importing it also connects the receiver that notes an owed code


@hooks.register("register_account_menu_item")
def two_step_verification_menu_item(request):
    """A link from the admin's account page to the site's own MFA settings."""
    if mfa.user_has_mfa(request.user):
        help_text = _("On. Get new backup codes or set up a new phone.")
    else:
        help_text = _("Off. Protect your account with a code from your phone.")
    # The admin may speak a language the site has no pages in; the account pages are per language.
    try:
        language = translation.get_supported_language_variant(translation.get_language())
    except LookupError:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        url = reverse("saypro_profiles:security")
    return {
        "url": url,
        "label": _("Two-step verification"),
        "help_text": help_text,
    }
