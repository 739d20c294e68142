"""Admin hooks of two-step verification."""

from django.urls import reverse
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
    return {
        "url": reverse("saypro_profiles:security"),
        "label": _("Two-step verification"),
        "help_text": help_text,
    }
