"""A small fixed-window rate limit on Django's cache (Redis in production)."""

import hashlib
import time

from django.core.cache import cache


def client_address(request) -> str:
    """The client's address (REMOTE_ADDR; put a proxy-aware middleware in front if needed)."""
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


def allow(scope: str, key: str, limit: int, period: int) -> bool:
    """Count one action of ``key`` in ``scope``; False once ``limit`` is passed in ``period`` s."""
    window = int(time.time() // period)
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    cache_key = f"saypro:ratelimit:{scope}:{digest}:{window}"
    if cache.add(cache_key, 1, timeout=period):
        return True
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=period)
        return True
