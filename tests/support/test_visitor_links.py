"""The link a requester without an account follows from our e-mails: opaque, signed, expiring,
and replaced on request, with a clear page (not an error) when it has expired."""

import base64
import binascii
import re
import time
import types
import zlib
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.test import override_settings

from saypro_wagtail.support import links
from saypro_wagtail.support.choices import RESOLVED

from .conftest import make_request

pytestmark = pytest.mark.django_db

EMAIL = "sipho.dlamini@example.com"
NINETY_ONE_DAYS = timedelta(days=91).total_seconds()


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def visitor_request(db):
    return make_request(requester_name="Sipho", requester_email=EMAIL)


def visitor_url(token):
    return f"/en/support/r/{token}/"


def later(monkeypatch, seconds):
    """Signatures checked as if ``seconds`` had passed."""
    now = time.time() + seconds
    monkeypatch.setattr(signing, "time", types.SimpleNamespace(time=lambda: now))


def readable_parts(token):
    """Whatever a curious reader gets from base64-decoding each part of a token."""
    texts = [token]
    for part in token.split(":"):
        compressed = part.startswith(".")
        try:
            data = base64.urlsafe_b64decode(part.lstrip(".") + "=" * (-len(part) % 4))
            texts.append((zlib.decompress(data) if compressed else data).decode("latin-1"))
        except (binascii.Error, ValueError, zlib.error):
            continue
    return " ".join(texts)


def legacy_token(support_request, salt=links.VISITOR_SALT):
    """A link as e-mailed before links expired: the pk and address, signed, readable."""
    payload = {"r": support_request.pk, "e": support_request.contact_email.lower()}
    return signing.Signer(salt=salt).sign_object(payload, compress=True)


def last_link_in_mail():
    return re.search(r"https?://\S+/support/r/(\S+)/", mail.outbox[-1].body).group(1)


def test_the_link_reveals_neither_the_request_nor_the_email_address(visitor_request):
    token = links.visitor_token(visitor_request)
    revealed = readable_parts(token)
    assert EMAIL not in revealed and "sipho" not in revealed.lower()
    assert f'"r":{visitor_request.pk}' not in revealed.replace(" ", "")
    assert visitor_request.reference not in revealed


def test_a_fresh_link_opens_the_conversation(client, visitor_request):
    response = client.get(visitor_url(links.visitor_token(visitor_request)))
    assert response.status_code == 200
    assert visitor_request.reference in response.content.decode()


def test_the_link_expires_after_the_configured_time_with_a_clear_page(
    client, visitor_request, monkeypatch
):
    token = links.visitor_token(visitor_request)
    later(monkeypatch, NINETY_ONE_DAYS)
    response = client.get(visitor_url(token))
    page = response.content.decode()
    assert response.status_code == 410
    assert "This link has expired" in page
    assert "Send me a new link" in page
    assert visitor_request.subject not in page  # nothing of the request is shown


@override_settings(SAYPRO_SUPPORT_VISITOR_LINK_MAX_AGE=3600)
def test_the_lifetime_of_a_link_is_a_setting(client, visitor_request, monkeypatch):
    token = links.visitor_token(visitor_request)
    later(monkeypatch, 2 * 3600)
    assert client.get(visitor_url(token)).status_code == 410


def test_an_expired_link_does_not_open_attachments_either(client, visitor_request, monkeypatch):
    token = links.visitor_token(visitor_request)
    later(monkeypatch, NINETY_ONE_DAYS)
    assert client.get(f"{visitor_url(token)}files/1/").status_code == 410


def test_the_visitor_asks_for_a_new_link_and_the_old_ones_stop_working(
    client, visitor_request, monkeypatch, django_capture_on_commit_callbacks
):
    still_valid = links.visitor_token(visitor_request)
    with monkeypatch.context() as patched:
        later(patched, -NINETY_ONE_DAYS)  # a link sent 91 days ago
        expired = links.visitor_token(visitor_request)
    assert client.get(visitor_url(expired)).status_code == 410
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(visitor_url(expired), {"action": "new_link"})
    assert response.status_code == 200
    assert "We have sent a new link" in response.content.decode()
    assert mail.outbox[-1].to == [EMAIL]
    assert visitor_request.reference in mail.outbox[-1].subject
    new_token = last_link_in_mail()
    assert client.get(visitor_url(new_token)).status_code == 200
    # Rotated: every link made before the new one no longer opens the request.
    assert client.get(visitor_url(still_valid)).status_code == 404


def test_links_already_in_mailboxes_lead_to_a_new_link_not_to_the_request(
    client, visitor_request, django_capture_on_commit_callbacks
):
    old_link = legacy_token(visitor_request)
    response = client.get(visitor_url(old_link))
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert visitor_request.subject not in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(visitor_url(old_link), {"action": "new_link"})
    assert client.get(visitor_url(last_link_in_mail())).status_code == 200


def test_asking_for_new_links_again_and_again_does_not_flood_the_mailbox(
    client, visitor_request, django_capture_on_commit_callbacks
):
    old_link = legacy_token(visitor_request)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(6):
            response = client.post(visitor_url(old_link), {"action": "new_link"})
            assert "We have sent a new link" in response.content.decode()
    assert len(mail.outbox) == 3


def test_a_forged_or_foreign_token_is_still_an_invalid_link(client, visitor_request):
    token = links.visitor_token(visitor_request)
    key, timestamp, signature = token.split(":")
    assert client.get(visitor_url(f"{key}:{timestamp}:{signature[:-2]}xx")).status_code == 404
    assert client.get(visitor_url(f"{key}:{timestamp}x:{signature}")).status_code == 404
    assert client.get(visitor_url(links.rating_token(visitor_request))).status_code == 404
    assert client.get(visitor_url(legacy_token(visitor_request, "other"))).status_code == 404
    visitor_request.requester_email = "someone.else@example.com"
    visitor_request.save()
    assert client.get(visitor_url(token)).status_code == 404


def test_the_rating_link_is_opaque_and_expires_too(client, visitor_request, monkeypatch):
    visitor_request.status = RESOLVED
    visitor_request.save()
    token = links.rating_token(visitor_request)
    assert EMAIL not in readable_parts(token)
    assert client.get(f"/en/support/rate/{token}/").status_code == 200
    later(monkeypatch, NINETY_ONE_DAYS)
    response = client.get(f"/en/support/rate/{token}/")
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
