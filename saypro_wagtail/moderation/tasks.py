"""Celery tasks of the moderation app (defined where their work lives, imported here so Celery's
autodiscovery finds them)."""

from .expiry import expire_ads, remind_expiring_ads  # noqa: F401
from .screening.runner import screen_content, sweep_stale_screenings  # noqa: F401
