"""Signing in takes the same work whether or not the account exists.

A wrong password for a real account must not cost more than one for a made-up name, or the
time of the answer tells an attacker which accounts exist. The work that matters is hashing
the password, so these tests count hash computations rather than measure time.
"""

import pytest
from django.contrib.auth.hashers import get_hasher

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/en/account/login/"


@pytest.fixture
def hashes(monkeypatch):
    """How many times the password hasher has run (make and check both hash once)."""
    hasher_class = type(get_hasher())
    encode = hasher_class.encode
    calls = []

    def counting_encode(self, password, salt, *args, **kwargs):
        calls.append(password)
        return encode(self, password, salt, *args, **kwargs)

    monkeypatch.setattr(hasher_class, "encode", counting_encode)
    return calls


def attempt(client, hashes, username, password):
    hashes.clear()
    response = client.post(LOGIN, {"username": username, "password": password})
    return response, len(hashes)


def test_a_wrong_password_hashes_once_for_a_real_account_and_for_an_unknown_name(
    client, member, hashes
):
    _response, real = attempt(client, hashes, "amina", "wrong-password")
    _response, unknown = attempt(client, hashes, "nobody-here", "wrong-password")
    _response, by_email = attempt(client, hashes, "amina@example.com", "wrong-password")

    assert (real, unknown, by_email) == (1, 1, 1)


def test_an_unconfirmed_account_with_its_password_hashes_once_and_is_still_told(
    client, unconfirmed_member, hashes
):
    response, count = attempt(client, hashes, "sipho", PASSWORD)

    assert count == 1
    assert "confirm your e-mail address" in response.content.decode()


def test_a_right_password_hashes_once(client, member, hashes):
    response, count = attempt(client, hashes, "amina", PASSWORD)

    assert response.status_code == 302
    assert count == 1
