"""A bare Wagtail site that installs one saypro app (SAYPRO_ONLY_APP) and nothing else of ours.

Used by tests/test_install_alone.py in a subprocess, like a site that adds a single app.
"""

import os

SAYPRO_ONLY_APP = os.environ.get("SAYPRO_ONLY_APP", "")
WITHOUT_CORE = os.environ.get("SAYPRO_WITHOUT_CORE") == "1"

# What each app's system checks ask a site to add (see its README section).
PROFILES_NEEDS = ["django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
HELPCENTER_NEEDS = ["wagtail.contrib.search_promotions"]
USERS_APP = (
    "saypro_wagtail.profiles.useradmin.apps.SayproUsersAppConfig"
    if SAYPRO_ONLY_APP == "saypro_wagtail.profiles"
    else "wagtail.users"
)

SECRET_KEY = "install-alone-test"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.install_alone_urls"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["SAYPRO_ALONE_DB"]}
}
INSTALLED_APPS = [
    *([] if WITHOUT_CORE else ["saypro_wagtail"]),
    *([SAYPRO_ONLY_APP] if SAYPRO_ONLY_APP else []),
    *(PROFILES_NEEDS if SAYPRO_ONLY_APP == "saypro_wagtail.profiles" else []),
    *(HELPCENTER_NEEDS if SAYPRO_ONLY_APP == "saypro_wagtail.helpcenter" else []),
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    USERS_APP,
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
if SAYPRO_ONLY_APP == "saypro_wagtail.profiles":
    AUTHENTICATION_BACKENDS = ["saypro_wagtail.profiles.backends.AccountBackend"]
    LOGIN_URL = "saypro_profiles:login"
    MIDDLEWARE += [
        "django_otp.middleware.OTPMiddleware",
        "saypro_wagtail.profiles.middleware.StaffMFAMiddleware",
    ]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "Install alone"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Tasks run in the web process, through the site's Celery app, which loads with the settings as
# a project's __init__.py loads it.
CELERY_TASK_ALWAYS_EAGER = True
from tests.install_alone_celery import app as celery_app  # noqa: E402, F401
