"""Read the example site's production settings in the test process, with a given environment."""

import importlib
import sys

MODULE = "example_site.settings.production"
SECRET = "test-only-k3y-that-is-long-and-random-enough-for-production-0123456789"


def production_settings(monkeypatch, **environ):
    """The production settings module as it reads ``environ`` (plus a valid SECRET_KEY)."""
    monkeypatch.setenv("SECRET_KEY", SECRET)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    sys.modules.pop(MODULE, None)
    try:
        return importlib.import_module(MODULE)
    finally:
        sys.modules.pop(MODULE, None)
