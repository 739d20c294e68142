"""A Redis cache that fails open: when Redis is down or hung the site serves without a cache.

Wagtail keeps its site-root paths in the cache and the package keeps rate limits and article
view counts there, so with Django's own ``RedisCache`` a Redis outage turns every page into a
500 (or a 5-second wait, then a 500, when Redis hangs). With this backend a read that cannot
reach Redis is a miss, a write is dropped, and for ``RETRY_AFTER`` seconds afterwards the cache
is not tried at all, so pages cost a few more queries instead of failing. Use it in place of
``django.core.cache.backends.redis.RedisCache``::

    CACHES = {
        "default": {
            "BACKEND": "saypro_wagtail.cache_backends.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/1",
            "OPTIONS": {"RETRY_AFTER": 10, "socket_timeout": 0.5},
        }
    }

``socket_connect_timeout`` and ``socket_timeout`` default to half a second (a cache that takes
longer is slower than the database it saves). While Redis is unreachable, rate limits and login
lockouts, which count in the cache, do not hold: the outage is logged as a warning once per
``RETRY_AFTER`` seconds.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("saypro_wagtail.cache")

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
DEFAULT_SOCKET_TIMEOUT = 0.5
DEFAULT_RETRY_AFTER = 10


def _fail_open(fallback):
    """Run the cache operation; on an unreachable Redis return ``fallback(*args)`` instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self.unreachable():
                return fallback(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except UNREACHABLE as error:
                self.mark_unreachable(error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _false(*args, **kwargs):
    return False


def _nothing(*args, **kwargs):
    return None


def _no_keys(*args, **kwargs):
    return {}


def _missing_key(key, *args, **kwargs):
    # What incr() raises for a key that is not there: callers already handle it.
    raise ValueError(f"Key {key!r} not found (cache unreachable).")


def _keys_not_set(data, *args, **kwargs):
    return list(data)


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, where an unreachable Redis is an empty cache, never an error."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS") or {})}
        options = params["OPTIONS"]
        self.retry_after = float(options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        options.setdefault("socket_connect_timeout", DEFAULT_SOCKET_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._unreachable_until = 0.0

    def unreachable(self) -> bool:
        return time.monotonic() < self._unreachable_until

    def mark_unreachable(self, error) -> None:
        with self._lock:
            if self.unreachable():
                return
            self._unreachable_until = time.monotonic() + self.retry_after
        logger.warning(
            "Cache unreachable (%s: %s); serving without it for %ss.",
            type(error).__name__,
            error,
            self.retry_after,
        )

    def forget_outage(self) -> None:
        """Try Redis again on the next call."""
        with self._lock:
            self._unreachable_until = 0.0

    add = _fail_open(_false)(RedisCache.add)
    get = _fail_open(_default)(RedisCache.get)
    set = _fail_open(_nothing)(RedisCache.set)
    touch = _fail_open(_false)(RedisCache.touch)
    delete = _fail_open(_false)(RedisCache.delete)
    get_many = _fail_open(_no_keys)(RedisCache.get_many)
    has_key = _fail_open(_false)(RedisCache.has_key)
    incr = _fail_open(_missing_key)(RedisCache.incr)
    set_many = _fail_open(_keys_not_set)(RedisCache.set_many)
    delete_many = _fail_open(_nothing)(RedisCache.delete_many)
    clear = _fail_open(_false)(RedisCache.clear)
