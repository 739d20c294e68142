"""Sign-in and password reset forms."""

from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.html import format_html
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.forms import AccessibleFormMixin
from saypro_wagtail.notifications import send_email

from .. import activity, backends
from ..registration import absolute_url_for


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
    """Django's reset form, sending through the notification outbox in the user's language."""

    def get_users(self, email):
        user_model = get_user_model()
        email_field = user_model.get_email_field_name()
        for user in user_model._default_manager.filter(
            **{f"{email_field}__iexact": email, "is_active": True}
        ):
            if user.has_usable_password():
                yield user

    def save(self, *, request=None, token_generator=None, **kwargs):
        token_generator = token_generator or default_token_generator
        for user in self.get_users(self.cleaned_data["email"]):
            reset_url = absolute_url_for(
                user,
                "saypro_profiles:password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                    "token": token_generator.make_token(user),
                },
            )
            send_email(
                to=getattr(user, user.get_email_field_name()),
                user=user,
                template="saypro_profiles/notifications/password_reset",
                context={"user": user, "reset_url": reset_url},
            )
            activity.log_activity(user, activity.PASSWORD_RESET_SENT, by=None)
