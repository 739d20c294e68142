"""Login lockout after repeated failures, per account name and per client address.

Counters live in Django's cache (Redis in production, shared by all web processes). Every
login through Django's ``authenticate()`` counts, the Wagtail admin's included, because the
failures are counted from the ``user_login_failed`` signal and the lock is checked by
:class:`saypro_wagtail.profiles.backends.AccountBackend`. Only real failures count (a wrong
password, or a wrong code at the MFA step): an attempt refused because the name or the address
is already locked checks no password and counts for nothing, so one locked address cannot go
on to lock the accounts it names.
"""

import hashlib

from django.core.cache import cache

from saypro_wagtail.conf import saypro_settings


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:40]
    return f"saypro:lockout:{kind}:{digest}"


def _keys(identifier: str, address: str) -> list[str]:
    keys = []
    if identifier:
        keys.append(_key("name", identifier))
    if address:
        # An address may try several names, but gets more room than a single name.
        keys.append(_key("addr", address))
    return keys


def _limit(key: str) -> int:
    limit = saypro_settings.PROFILES_LOGIN_FAILURE_LIMIT
    return limit * 4 if ":addr:" in key else limit


def is_locked(identifier: str, address: str = "") -> bool:
    counts = cache.get_many(_keys(identifier, address))
    return any(count >= _limit(key) for key, count in counts.items())


def register_failure(identifier: str, address: str = "") -> bool:
    """Count a failed login; True when this failure locked the account name or the address."""
    newly_locked = False
    timeout = saypro_settings.PROFILES_LOCKOUT_SECONDS
    for key in _keys(identifier, address):
        if cache.add(key, 1, timeout=timeout):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired in between
                cache.add(key, 1, timeout=timeout)
                count = 1
            # Each failure extends the lock window.
            cache.touch(key, timeout)
        newly_locked = newly_locked or count == _limit(key)
    return newly_locked


def reset(identifier: str) -> None:
    """Forget the failures of an account name (after a successful login or a password reset)."""
    if identifier:
        cache.delete(_key("name", identifier))
