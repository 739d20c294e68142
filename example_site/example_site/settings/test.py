"""Test settings: the dev site with fast hashing and in-memory mail and SMS."""

import os

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SAYPRO_SMS_BACKEND = "saypro_wagtail.notifications.sms.LocmemSMSBackend"
CELERY_TASK_ALWAYS_EAGER = True
# The real-worker tests point Celery at this broker (a Redis database of its own).
CELERY_BROKER_URL = os.environ.get("TEST_CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}

# A second moderated model, to test that any model can opt into screening and reports.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.testapp"]  # noqa: F405

# Templates used only by the tests.
TEMPLATES[0]["DIRS"].append(BASE_DIR.parent / "tests" / "templates")  # noqa: F405

# The real-worker tests have the worker write e-mails to a folder they can read.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
