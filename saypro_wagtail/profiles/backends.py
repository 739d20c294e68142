"""Authentication: user name or e-mail, lockout, and no sign-in before e-mail confirmation.

Use it instead of Django's ModelBackend::

    AUTHENTICATION_BACKENDS = ["saypro_wagtail.profiles.backends.AccountBackend"]
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from saypro_wagtail import ratelimit

from . import lockout


def find_user(identifier: str):
    """The user whose user name is ``identifier``, else whose e-mail it is (case-insensitive)."""
    user_model = get_user_model()
    identifier = (identifier or "").strip()
    if not identifier:
        return None
    username_field = user_model.USERNAME_FIELD
    user = user_model._default_manager.filter(**{username_field: identifier}).first()
    if user is None:
        user = user_model._default_manager.filter(
            **{f"{username_field}__iexact": identifier}
        ).first()
    if user is None and "@" in identifier:
        email_field = user_model.get_email_field_name()
        matches = list(
            user_model._default_manager.filter(**{f"{email_field}__iexact": identifier})[:2]
        )
        # Two accounts sharing an address (made before this app): neither gets in by e-mail.
        user = matches[0] if len(matches) == 1 else None
    return user


def lockout_name(identifier: str) -> str:
    """One lockout counter per account, whether it is named by user name or by e-mail."""
    user = find_user(identifier)
    return user.get_username() if user is not None else (identifier or "")


def email_confirmed(user) -> bool:
    """Users without a profile (made by staff or before the app) count as confirmed."""
    from .models import Profile

    return not Profile.objects.filter(user=user, email_confirmed_at__isnull=True).exists()


class AccountBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = find_user(username)
        name = user.get_username() if user is not None else username
        if lockout.is_locked(name, ratelimit.client_address(request)):
            # Stops every backend; Django sends user_login_failed, which counts it.
            raise PermissionDenied("locked")
        if user is None:
            # Same work as for a real user, so timing does not tell whether the name exists.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and email_confirmed(user)
