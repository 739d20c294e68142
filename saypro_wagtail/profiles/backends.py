"""Authentication: user name or e-mail, lockout, and no sign-in before e-mail confirmation.

Use it instead of Django's ModelBackend::

    AUTHENTICATION_BACKENDS = ["saypro_wagtail.profiles.backends.AccountBackend"]

The password is hashed exactly once per attempt, whether the account exists or not, so the
time of the answer does not tell which accounts exist. Why an attempt was refused is noted on
the request (:func:`refusal`): the login form words its error from it, and the lockout counts
only attempts whose password was really checked and wrong.
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


# Why the last sign-in attempt of a request was refused.
LOCKED = "locked"  # the account name or the address was locked: the password was not checked
WRONG_PASSWORD = "wrong_password"  # no such account, or its password is not this one
UNCONFIRMED = "unconfirmed"  # the right password, but the e-mail address is not confirmed yet
INACTIVE = "inactive"  # the right password, but the account is deactivated
REFUSAL_ATTRIBUTE = "_saypro_login_refusal"


def note_refusal(request, reason: str | None) -> None:
    if request is not None:
        setattr(request, REFUSAL_ATTRIBUTE, reason)


def refusal(request) -> str | None:
    """Why the last attempt was refused (one of the constants above); None if not known."""
    return getattr(request, REFUSAL_ATTRIBUTE, None)


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
        note_refusal(request, None)
        user = find_user(username)
        name = user.get_username() if user is not None else username
        if lockout.is_locked(name, ratelimit.client_address(request)):
            # Stops every backend. Django sends user_login_failed; the lockout does not count
            # it (the password was not checked), so a locked address cannot lock accounts.
            note_refusal(request, LOCKED)
            raise PermissionDenied("locked")
        if user is None:
            # One hash, as for a real user, so timing does not tell whether the name exists.
            get_user_model()().set_password(password)
            note_refusal(request, WRONG_PASSWORD)
            return None
        if not user.check_password(password):
            note_refusal(request, WRONG_PASSWORD)
            return None
        if self.user_can_authenticate(user):
            return user
        note_refusal(request, INACTIVE if not user.is_active else UNCONFIRMED)
        return None

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and email_confirmed(user)
