"""Forms of the security page."""

from django.contrib.auth.forms import PasswordChangeForm as DjangoPasswordChangeForm

from ..forms_base import AccessibleFormMixin


class PasswordChangeForm(AccessibleFormMixin, DjangoPasswordChangeForm):
    """Django's password change (old password, new one twice, the password validators)."""
