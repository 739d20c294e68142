"""How tests deal with services (PostgreSQL, Redis, Chromium) that may be missing.

On a developer machine a missing service skips the test with the reason. In CI (``CI`` set)
it fails the test: CI must never pass by silently not testing.
"""

import os
import socket
from urllib.parse import urlparse

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def require(condition: bool, reason: str) -> None:
    if condition:
        return
    if in_ci():
        pytest.fail(f"Required service missing in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def reachable(url: str, timeout: float = 1.0) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=timeout):
            return True
    except OSError:
        return False


def subprocess_env(**extra) -> dict:
    """The environment for a child Django process, minus what the browser tests relax."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**env, **extra}
