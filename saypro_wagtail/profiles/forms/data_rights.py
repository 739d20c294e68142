"""The form that confirms erasing one's own account."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .mfa import PasswordCheckForm

# Translated, so people type the word in the language they read the page in.
CONFIRMATION_WORD = _("DELETE")


class DeleteAccountForm(PasswordCheckForm):
    """The current password plus a typed word, so nobody erases an account by one click."""

    confirmation = forms.CharField(
        max_length=50,
        widget=forms.TextInput({"autocomplete": "off", "autocapitalize": "characters"}),
        help_text=_("This cannot be undone."),
    )

    field_order = ["password", "confirmation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here, not on the class, so the label follows the language of each request.
        self.fields["confirmation"].label = _("Type the word %(word)s to confirm") % {
            "word": CONFIRMATION_WORD
        }

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"].strip()
        if typed.casefold() != str(CONFIRMATION_WORD).casefold():
            raise forms.ValidationError(
                _("Type %(word)s (in capitals or not) to confirm."),
                code="confirmation_missing",
                params={"word": CONFIRMATION_WORD},
            )
        return typed
