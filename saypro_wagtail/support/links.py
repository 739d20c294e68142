"""Signed links to a request for people without an account, and to its satisfaction rating.

A token carries the request's pk and its contact e-mail address: it stops working if the
address on the request changes. Tokens do not expire; a visitor keeps the link from the
acknowledgement e-mail for the life of the request.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from saypro_wagtail.conf import saypro_settings

VISITOR_SALT = "saypro_support.visitor_link"
RATING_SALT = "saypro_support.rating_link"


def _token(support_request, salt):
    payload = {"r": support_request.pk, "e": support_request.contact_email.lower()}
    return signing.Signer(salt=salt).sign_object(payload, compress=True)


def _request_from_token(token, salt, queryset):
    try:
        payload = signing.Signer(salt=salt).unsign_object(token)
        support_request = queryset.filter(pk=int(payload["r"])).first()
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if support_request is None or support_request.contact_email.lower() != payload["e"]:
        return None
    return support_request


def visitor_token(support_request) -> str:
    return _token(support_request, VISITOR_SALT)


def request_from_visitor_token(token, queryset):
    """The request the token was made for, or None if the token is not valid."""
    return _request_from_token(token, VISITOR_SALT, queryset)


def rating_token(support_request) -> str:
    return _token(support_request, RATING_SALT)


def request_from_rating_token(token, queryset):
    return _request_from_token(token, RATING_SALT, queryset)


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
