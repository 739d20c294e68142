"""Forms of the security page."""

from django.contrib.auth.forms import PasswordChangeForm as DjangoPasswordChangeForm

from saypro_wagtail.forms import AccessibleFormMixin


class PasswordChangeForm(AccessibleFormMixin, DjangoPasswordChangeForm):
    """Django's password change (old password, new one twice, the password validators)."""
