"""Signed links to a request for people without an account, and to its satisfaction rating.

A token is ``<key>:<timestamp>:<signature>``: the key is random (stored on the request as
``visitor_link_key``), so the token says nothing about the request or the requester; the
signature covers the key, the time it was made and the request's contact e-mail address. A link
stops working when the address on the request changes, when the key is replaced (which revokes
every link sent before) and ``SAYPRO_SUPPORT_VISITOR_LINK_MAX_AGE`` seconds after it was made.
Every e-mail about the request carries a fresh link, so an active conversation never runs out.

A visitor who follows an expired link is told so and may ask for a new one, which is e-mailed
to the address on the request and replaces the key (:func:`send_new_visitor_link`). Links made
before tokens expired (readable, never expiring) count as expired: they open nothing any more,
but their holder can still have a new link sent to the request's address.
"""

import secrets
from dataclasses import dataclass

from django.core import signing
from django.urls import reverse
from django.utils import translation

from saypro_wagtail.conf import saypro_settings

VISITOR_SALT = "saypro_support.visitor_link"
RATING_SALT = "saypro_support.rating_link"
NEW_LINK = "saypro_support/notifications/new_link"


@dataclass(frozen=True)
class TokenCheck:
    """What a token leads to: the request it was made for (None when the token is not valid)."""

    support_request: object = None
    expired: bool = False

    @property
    def valid(self) -> bool:
        return self.support_request is not None and not self.expired


def _signer(salt, support_request):
    # The address is part of the key, so a link dies when the request's address changes.
    email = support_request.contact_email.lower()
    return signing.TimestampSigner(salt=f"{salt}:{email}")


def link_key(support_request) -> str:
    """The request's link key, made (once) when its first link is."""
    if not support_request.visitor_link_key:
        key = secrets.token_urlsafe(24)
        # An update, not save(): no signal, no SLA recomputation; the first writer wins.
        model = type(support_request)
        model._default_manager.filter(pk=support_request.pk, visitor_link_key=None).update(
            visitor_link_key=key
        )
        support_request.visitor_link_key = (
            model._default_manager.filter(pk=support_request.pk)
            .values_list("visitor_link_key", flat=True)
            .get()
        )
    return support_request.visitor_link_key


def revoke_links(support_request):
    """Make every link sent so far stop working; the next link gets a new key."""
    type(support_request)._default_manager.filter(pk=support_request.pk).update(
        visitor_link_key=None
    )
    support_request.visitor_link_key = None


def _token(support_request, salt):
    return _signer(salt, support_request).sign(link_key(support_request))


def _check_token(token, salt, queryset) -> TokenCheck:
    key, _, signed_time = token.partition(":")
    if signed_time.count(":") != 1:
        return _check_legacy_token(token, salt, queryset)
    if not key:
        return TokenCheck()
    support_request = queryset.filter(visitor_link_key=key).first()
    if support_request is None or not support_request.contact_email:
        return TokenCheck()
    max_age = saypro_settings.SUPPORT_VISITOR_LINK_MAX_AGE
    try:
        _signer(salt, support_request).unsign(token, max_age=max_age)
    except signing.SignatureExpired:  # raised only once the signature itself is right
        return TokenCheck(support_request, expired=True)
    except signing.BadSignature:
        return TokenCheck()
    return TokenCheck(support_request)


def _check_legacy_token(token, salt, queryset) -> TokenCheck:
    """A token of the first link format (pk and address, signed, no time): always expired."""
    try:
        payload = signing.Signer(salt=salt).unsign_object(token)
        support_request = queryset.filter(pk=int(payload["r"])).first()
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return TokenCheck()
    if support_request is None or support_request.contact_email.lower() != payload["e"]:
        return TokenCheck()
    return TokenCheck(support_request, expired=True)


def visitor_token(support_request) -> str:
    return _token(support_request, VISITOR_SALT)


def check_visitor_token(token, queryset) -> TokenCheck:
    """The request the token was made for, and whether the token has expired."""
    return _check_token(token, VISITOR_SALT, queryset)


def request_from_visitor_token(token, queryset):
    """The request the token was made for, or None if the token is not valid (or expired)."""
    check = check_visitor_token(token, queryset)
    return check.support_request if check.valid else None


def rating_token(support_request) -> str:
    return _token(support_request, RATING_SALT)


def check_rating_token(token, queryset) -> TokenCheck:
    return _check_token(token, RATING_SALT, queryset)


def request_from_rating_token(token, queryset):
    check = check_rating_token(token, queryset)
    return check.support_request if check.valid else None


def _absolute(path):
    return f"{saypro_settings.site_url}{path}"


def requester_url(support_request) -> str:
    """Where the requester reads the conversation: their account, or the signed visitor link."""
    with translation.override(support_request.language or translation.get_language()):
        if support_request.requester_id:
            path = reverse("saypro_support:request_detail", args=[support_request.reference])
        else:
            path = reverse("saypro_support:visitor_request", args=[visitor_token(support_request)])
    return _absolute(path)


def rating_url(support_request) -> str:
    with translation.override(support_request.language or translation.get_language()):
        path = reverse("saypro_support:rate", args=[rating_token(support_request)])
    return _absolute(path)


def send_new_visitor_link(support_request):
    """E-mail a fresh link to the request's address, revoking the links sent before."""
    # Imported here so the URLs load without the core app (its system check explains).
    from saypro_wagtail.notifications import send_email

    if not support_request.contact_email:
        return None
    revoke_links(support_request)
    return send_email(
        to=support_request.contact_email,
        user=support_request.requester,
        language=support_request.language or None,
        template=NEW_LINK,
        context={
            "support_request": support_request,
            "contact_name": support_request.contact_name,
            "request_url": requester_url(support_request),
        },
    )
