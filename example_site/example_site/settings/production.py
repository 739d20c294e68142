"""Production: everything comes from the environment.

Required: SECRET_KEY (50+ random characters), ALLOWED_HOSTS (comma-separated), DATABASE_URL,
REDIS_URL (the Redis server: the broker uses its database 0, the cache its database 1).
Optional: REDIS_CACHE_URL and CELERY_BROKER_URL (to put cache and broker elsewhere),
CACHE_SOCKET_TIMEOUT (0.5 s), CACHE_RETRY_AFTER (10 s), LOG_LEVEL, CSRF_TRUSTED_ORIGINS,
MEDIA_ROOT, STATIC_ROOT, WAGTAILADMIN_BASE_URL, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL,
SECURE_SSL_REDIRECT (default on), SECURE_PROXY_SSL_HEADER (set to 1 behind a TLS proxy).
"""

import os
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_flag(name, default):
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def redis_database(url, number):
    """``url`` with its database number replaced: redis://host:6379/0 -> redis://host:6379/1."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{number}"))


def secret_key():
    """SECRET_KEY from the environment; a short or repetitive one stops the start-up."""
    key = os.environ.get("SECRET_KEY", "")
    if len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        raise ImproperlyConfigured(
            "SECRET_KEY must be a random string of at least 50 characters. Make one with: "
            "python -c 'from django.core.management.utils import get_random_secret_key; "
            "print(get_random_secret_key())'"
        )
    return key


DEBUG = False
SECRET_KEY = secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Cache and broker live apart (two Redis databases, or two servers): flushing or losing the
# cache never drops queued tasks, and the broker's load never evicts cached pages. The cache
# fails open, so the site keeps serving (more slowly) while Redis is down or hung.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
REDIS_CACHE_URL = os.environ.get("REDIS_CACHE_URL", redis_database(REDIS_URL, 1))
CACHES = {
    "default": {
        "BACKEND": "saypro_wagtail.cache_backends.FailOpenRedisCache",
        "LOCATION": REDIS_CACHE_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "saypro"),
        "OPTIONS": {
            "socket_connect_timeout": float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.5")),
            "socket_timeout": float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.5")),
            "RETRY_AFTER": float(os.environ.get("CACHE_RETRY_AFTER", "10")),
        },
    }
}
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", redis_database(REDIS_URL, 0))
CELERY_TASK_ALWAYS_EAGER = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", False)

# HTTPS everywhere.
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
if env_flag("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Server errors are logged with their traceback (Django logs them to "django.request", which
# its default configuration prints only with DEBUG on); everything else at WARNING and up.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": [], "level": "WARNING", "propagate": True},
        "saypro_wagtail": {"level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True},
    },
}
