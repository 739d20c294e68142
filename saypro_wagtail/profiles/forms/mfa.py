"""Forms of the two-step verification screens."""

from django import forms
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.forms import AccessibleFormMixin


class CodeForm(AccessibleFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(
            {"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "none"}
        ),
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
    )


class PasswordCheckForm(AccessibleFormMixin, forms.Form):
    """Asks for the current password before a sensitive change."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput({"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your current password."), code="password_incorrect"
            )
        return password
