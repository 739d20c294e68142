"""Bot protection for the sign-up form, without a CAPTCHA.

Image and audio CAPTCHAs shut out blind and low-vision people and many phone users (WCAG 2.1
1.1.1), and third-party services send visitors' data elsewhere. Instead, three checks that cost
a person nothing:

- a honeypot field, hidden from people and screen readers, that form-filling bots fill in;
- a signed timestamp of when the form was shown: a form sent back within seconds, a day later
  or with a forged stamp is refused;
- a rate limit on sign-ups per client address.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from saypro_wagtail import ratelimit
from saypro_wagtail.conf import saypro_settings

SALT = "saypro_profiles.bot_check"
MAX_AGE = 24 * 3600


def render_stamp(now=None) -> str:
    return signing.dumps(int(now if now is not None else time.time()), salt=SALT)


class BotCheckMixin(forms.Form):
    """Adds the honeypot and the timestamp to a form; ``request`` must be given to the form."""

    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    form_stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    bot_error = _("We could not accept this form. Please wait a few seconds and send it again.")

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)
        # A fresh stamp each time the form is shown (also after errors).
        self.initial["form_stamp"] = render_stamp()
        if self.is_bound:
            data = self.data.copy()
            self._sent_stamp = data.get(self.add_prefix("form_stamp"), "")
            data[self.add_prefix("form_stamp")] = self.initial["form_stamp"]
            self.data = data

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website_url"):
            raise forms.ValidationError(self.bot_error, code="honeypot")
        try:
            shown_at = signing.loads(self._sent_stamp, salt=SALT, max_age=MAX_AGE)
        except signing.BadSignature:
            raise forms.ValidationError(self.bot_error, code="stamp") from None
        if time.time() - shown_at < saypro_settings.PROFILES_REGISTRATION_MIN_SECONDS:
            raise forms.ValidationError(self.bot_error, code="too_fast")
        if self._errors:
            return cleaned_data  # typing mistakes do not use up the sign-up allowance
        limit, period = saypro_settings.PROFILES_REGISTRATION_LIMIT
        if not ratelimit.allow("register", ratelimit.client_address(self.request), limit, period):
            raise forms.ValidationError(
                _("Too many sign-ups from your connection. Please try again in an hour."),
                code="rate_limited",
            )
        return cleaned_data
