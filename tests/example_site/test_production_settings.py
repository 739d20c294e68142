"""The production settings refuse a weak secret key and log server errors with tracebacks."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import subprocess_env

from .production_settings import SECRET

EXAMPLE_SITE = Path(__file__).resolve().parents[2] / "example_site"


def run_with_production_settings(code=None, **environ):
    """``manage.py shell -c code`` (or ``manage.py check``) under the production settings."""
    defaults = {
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
    }
    env = subprocess_env(**{**defaults, **environ})
    return subprocess.run(
        [sys.executable, "manage.py", *(["shell", "-c", code] if code else ["check"])],
        cwd=EXAMPLE_SITE,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "weak_key",
    ["short", "django-insecure-" + "x1y2z3" * 10, "a" * 80],
    ids=["short", "django-insecure", "repetitive"],
)
def test_production_refuses_to_start_with_a_weak_secret_key(weak_key):
    result = run_with_production_settings(SECRET_KEY=weak_key)

    assert result.returncode != 0
    assert "SECRET_KEY must be a random string of at least 50 characters" in result.stderr


def test_a_server_error_is_logged_with_its_traceback(tmp_path):
    # An empty database: every page fails with "no such table", as after a botched deploy.
    code = (
        "from django.test import Client\n"
        "response = Client(raise_request_exception=False).get('/en/')\n"
        "print('status', response.status_code)\n"
    )
    result = run_with_production_settings(
        code,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:1/0",  # and no cache either: still logged, not hidden
    )

    assert "status 500" in result.stdout, result.stderr
    assert "ERROR django.request: Internal Server Error: /en/" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert "no such table" in result.stderr
