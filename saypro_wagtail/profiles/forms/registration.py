"""The sign-up form and the 'send me a new link' form."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.forms import AccessibleFormMixin

from ..bot_check import BotCheckMixin
from ..choices import GENERAL_PUBLIC, USER_TYPE_CHOICES


def policy_link(sentence, url):
    """The translated sentence with its link markup filled in and the URL escaped."""
    return format_html(
        str(sentence),
        link_start=format_html('<a href="{}" target="_blank" rel="noopener">', url),
        link_end=mark_safe("</a>"),
    )


class RegistrationForm(AccessibleFormMixin, BotCheckMixin, forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput({"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        required=False,
        widget=forms.TextInput({"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput({"autocomplete": "email"}),
        help_text=_("We send a link to this address to confirm it."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput({"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput({"autocomplete": "new-password"}),
    )
    user_type = forms.ChoiceField(
        label=_("I am registering as"),
        choices=USER_TYPE_CHOICES,
        initial=GENERAL_PUBLIC,
        widget=forms.RadioSelect,
    )
    accept_terms = forms.BooleanField(label=_("I accept the terms of use"))
    accept_privacy = forms.BooleanField(label=_("I have read the privacy policy"))

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "user_type",
        "accept_terms",
        "accept_privacy",
        "website_url",
    ]

    def __init__(self, *args, terms_url="", privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        if terms_url:
            self.fields["accept_terms"].help_text = policy_link(
                _("Read the {link_start}terms of use{link_end} (opens in a new tab)."), terms_url
            )
        if privacy_url:
            self.fields["accept_privacy"].help_text = policy_link(
                _("Read the {link_start}privacy policy{link_end} (opens in a new tab)."),
                privacy_url,
            )

    def clean_email(self):
        return get_user_model().objects.normalize_email(self.cleaned_data["email"]).strip()

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(
                _("The two passwords are different."), code="password_mismatch"
            )
        return password2

    def _post_clean(self):
        super()._post_clean()
        password = self.cleaned_data.get("password2")
        if not password:
            return
        # Validated against a user built from the form, so "too similar to your name" works.
        user_model = get_user_model()
        user = user_model(**{user_model.get_email_field_name(): self.cleaned_data.get("email")})
        for name in ("first_name", "last_name"):
            if hasattr(user, name):
                setattr(user, name, self.cleaned_data.get(name, ""))
        try:
            password_validation.validate_password(password, user)
        except forms.ValidationError as error:
            self.add_error("password1", error)


class ResendConfirmationForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput({"autocomplete": "email"})
    )
