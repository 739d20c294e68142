"""Anonymous visitors are told apart by a random key in a signed cookie (not by IP)."""

import secrets

from django.conf import settings

from .ratings import Voter

COOKIE = "saypro_visitor"
SALT = "saypro_wagtail.helpcenter.visitor"
MAX_AGE = 365 * 24 * 3600


def visitor_key(request) -> str | None:
    return request.get_signed_cookie(COOKIE, default=None, salt=SALT, max_age=MAX_AGE)


def voter_for(request, create=False) -> tuple[Voter, str | None]:
    """The request's voter, and a new key to set as cookie when one had to be made."""
    if request.user.is_authenticated:
        return Voter(user=request.user), None
    key = visitor_key(request)
    if key or not create:
        return Voter(visitor_key=key), None
    key = secrets.token_urlsafe(24)
    return Voter(visitor_key=key), key


def remember_visitor(response, key: str) -> None:
    response.set_signed_cookie(
        COOKIE,
        key,
        salt=SALT,
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
