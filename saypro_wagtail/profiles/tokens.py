"""Signed, expiring links that prove someone can read an e-mail address.

A token names the user, the address and a purpose; it is also bound to the account's current
state (its address and whether it is confirmed), so it stops working once it has been used.
"""

import hashlib

from django.contrib.auth import get_user_model
from django.core import signing

from saypro_wagtail.conf import saypro_settings

CONFIRM = "confirm"  # the first address, after sign-up
CHANGE = "change"  # a new address the user asked for


def _state(user) -> str:
    from .models import Profile

    profile = Profile.objects.filter(user=user).only("email_confirmed_at", "pending_email").first()
    parts = [
        str(user.pk),
        getattr(user, user.get_email_field_name(), "") or "",
        str(profile.email_confirmed_at) if profile else "",
        profile.pending_email if profile else "",
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def make_email_token(user, email: str, purpose: str) -> str:
    payload = {"u": user.pk, "e": email, "s": _state(user)}
    return signing.dumps(payload, salt=f"saypro_profiles.email.{purpose}", compress=True)


def read_email_token(token: str, purpose: str):
    """``(user, email)`` for a valid token; raises ``signing.BadSignature`` otherwise.

    ``signing.SignatureExpired`` (a subclass) tells an expired link from a forged one.
    """
    payload = signing.loads(
        token,
        salt=f"saypro_profiles.email.{purpose}",
        max_age=saypro_settings.PROFILES_CONFIRMATION_MAX_AGE,
    )
    user = get_user_model()._default_manager.filter(pk=payload.get("u")).first()
    if user is None or payload.get("s") != _state(user):
        raise signing.BadSignature("This link was already used or the account changed.")
    return user, payload["e"]
