"""Sign-in and password reset forms."""

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.forms import AccessibleFormMixin

from .. import backends, password_reset


class LoginForm(AccessibleFormMixin, forms.Form):
    username = forms.CharField(
        label=_("User name or e-mail address"),
        max_length=254,
        widget=forms.TextInput({"autocomplete": "username", "autocapitalize": "none"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput({"autocomplete": "current-password"}),
    )
    remember_me = forms.BooleanField(
        label=_("Keep me signed in on this device"),
        required=False,
        help_text=_("Do not tick this on a shared or public computer."),
    )

    invalid_login = _(
        "The user name, e-mail address or password is not right. Both are case-sensitive "
        "except the e-mail address."
    )

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        self.user = None
        super().__init__(*args, **kwargs)

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not username or not password:
            return self.cleaned_data
        # The backend checks the lockout and hashes the password once, known account or not;
        # nothing here may check the password again (that would time existing accounts apart).
        self.user = authenticate(self.request, username=username, password=password)
        if self.user is not None:
            return self.cleaned_data
        reason = backends.refusal(self.request)
        if reason == backends.LOCKED:
            raise forms.ValidationError(self.locked_message(), code="locked")
        if reason == backends.UNCONFIRMED:
            # Only someone who knows the password learns that the address is unconfirmed.
            raise forms.ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Please confirm your e-mail address first: open the link we sent you."),
                    reverse("saypro_profiles:resend_confirmation"),
                    _("Send me a new link"),
                ),
                code="unconfirmed",
            )
        raise forms.ValidationError(self.invalid_login, code="invalid_login")

    @staticmethod
    def locked_message():
        minutes = max(1, saypro_settings.PROFILES_LOCKOUT_SECONDS // 60)
        return _(
            "Too many failed attempts. For your safety, signing in is paused for %(minutes)s "
            "minutes. You can also choose a new password."
        ) % {"minutes": minutes}


class PasswordResetForm(AccessibleFormMixin, DjangoPasswordResetForm):
    """Django's reset form; the links are sent in the background, within limits.

    See :mod:`saypro_wagtail.profiles.password_reset`: the answer is the same whether or not
    an account uses the address, or a limit was reached.
    """

    def get_users(self, email):
        return password_reset.accounts_for(email)

    def save(self, *, request=None, **kwargs):
        password_reset.request_links(self.cleaned_data["email"], request)
