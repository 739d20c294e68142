"""Start-up checks tell a site builder what is missing, with the setting to change."""

import subprocess
import sys
from pathlib import Path

import pytest
import wagtail.users
from celery import Celery
from django.apps import apps
from django.conf.urls.i18n import i18n_patterns
from django.core.checks import run_checks
from django.test import override_settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.users.apps import WagtailUsersAppConfig

from saypro_wagtail import checks as core_checks
from saypro_wagtail.helpcenter import checks as helpcenter_checks
from saypro_wagtail.moderation.checks import moderation_urls
from saypro_wagtail.profiles import checks as profiles_checks
from saypro_wagtail.support.checks import support_urls
from tests.services import subprocess_env

ROOT = Path(__file__).resolve().parents[2]


def ids(problems):
    return [problem.id for problem in problems]


def without(items, *names):
    return [item for item in items if item not in names]


class AppsWithout:
    """The site's app registry minus some apps, as a check sees it.

    (Overriding INSTALLED_APPS would rebuild the registry, which Wagtail's API cannot do twice in
    one process.)
    """

    def __init__(self, *missing, app_configs=None):
        self.missing = missing
        self.app_configs = app_configs or {}

    def is_installed(self, name):
        return name not in self.missing and apps.is_installed(name)

    def get_app_config(self, label):
        return self.app_configs.get(label) or apps.get_app_config(label)


def uninstall(monkeypatch, check_module, *names, **app_configs):
    monkeypatch.setattr(check_module, "apps", AppsWithout(*names, app_configs=app_configs))


def test_the_example_site_passes_every_check_of_the_package():
    problems = [p for p in run_checks() if p.id and p.id.startswith("saypro")]
    assert problems == []


# Apps


@pytest.mark.parametrize(
    "app", ["django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
)
def test_a_site_without_django_otp_gets_a_check_error_instead_of_a_crash(tmp_path, app):
    settings_module = tmp_path / "without_otp_settings.py"
    settings_module.write_text(
        "from tests.install_alone_settings import *  # noqa\n"
        f"INSTALLED_APPS = [a for a in INSTALLED_APPS if a != {app!r}]\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "django", "check"],
        cwd=ROOT,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="without_otp_settings",
            PYTHONPATH=f"{ROOT}:{tmp_path}",
            SAYPRO_ONLY_APP="saypro_wagtail.profiles",
            SAYPRO_ALONE_DB=str(tmp_path / "db.sqlite3"),
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "saypro_profiles.E101" in result.stderr
    assert f"Add {app!r} to INSTALLED_APPS" in result.stderr


def test_a_help_center_without_routable_pages_is_an_error(monkeypatch):
    uninstall(monkeypatch, helpcenter_checks, "wagtail.contrib.routable_page")
    problems = helpcenter_checks.helpcenter_configured(None)
    assert ids(problems) == ["saypro_helpcenter.E201"]
    assert "'wagtail.contrib.routable_page'" in problems[0].hint


def test_a_help_center_without_search_promotions_is_warned(monkeypatch):
    uninstall(monkeypatch, helpcenter_checks, "wagtail.contrib.search_promotions")
    problems = helpcenter_checks.helpcenter_configured(None)
    assert ids(problems) == ["saypro_helpcenter.W202"]
    assert "'wagtail.contrib.search_promotions'" in problems[0].hint


def test_several_content_languages_without_wagtail_localize_is_an_error(monkeypatch):
    uninstall(monkeypatch, core_checks, "wagtail_localize", "wagtail_localize.locales")
    problems = core_checks.translation_apps(None)
    assert ids(problems) == ["saypro_wagtail.E004"]
    assert "'wagtail_localize', 'wagtail_localize.locales'" in problems[0].hint


@override_settings(WAGTAIL_CONTENT_LANGUAGES=[("en", "English")], LANGUAGES=[("en", "English")])
def test_a_monolingual_site_does_not_need_wagtail_localize(monkeypatch):
    uninstall(monkeypatch, core_checks, "wagtail_localize", "wagtail_localize.locales")
    assert core_checks.translation_apps(None) == []


def test_wagtails_plain_user_screens_are_warned_about(monkeypatch):
    plain_users_app = WagtailUsersAppConfig("wagtail.users", wagtail.users)
    uninstall(monkeypatch, profiles_checks, wagtailusers=plain_users_app)
    problems = profiles_checks.profiles_configured(None)
    assert ids(problems) == ["saypro_profiles.W106"]
    assert "SayproUsersAppConfig" in problems[0].hint


# Middleware


def test_per_language_urls_without_locale_middleware_is_an_error(settings):
    settings.MIDDLEWARE = without(settings.MIDDLEWARE, core_checks.LOCALE_MIDDLEWARE)
    problems = core_checks.locale_middleware(None)
    assert ids(problems) == ["saypro_wagtail.E002"]
    assert "'django.middleware.locale.LocaleMiddleware'" in problems[0].hint


class URLsWithoutLanguagePrefixes:
    urlpatterns = [path("", include(wagtail_urls))]


@override_settings(ROOT_URLCONF=URLsWithoutLanguagePrefixes)
def test_a_site_without_per_language_urls_does_not_need_locale_middleware(settings):
    settings.MIDDLEWARE = without(settings.MIDDLEWARE, core_checks.LOCALE_MIDDLEWARE)
    assert core_checks.locale_middleware(None) == []


def test_locale_middleware_after_common_middleware_is_warned(settings):
    middleware = without(settings.MIDDLEWARE, core_checks.LOCALE_MIDDLEWARE)
    settings.MIDDLEWARE = [*middleware, core_checks.LOCALE_MIDDLEWARE]
    problems = core_checks.locale_middleware(None)
    assert ids(problems) == ["saypro_wagtail.W003"]
    assert "CommonMiddleware" in problems[0].hint


def test_otp_middleware_before_authentication_is_an_error(settings):
    otp = "django_otp.middleware.OTPMiddleware"
    settings.MIDDLEWARE = [otp, *without(settings.MIDDLEWARE, otp)]
    problems = profiles_checks.profiles_configured(None)
    assert ids(problems) == ["saypro_profiles.E104"]
    assert problems[0].hint.index("AuthenticationMiddleware") < problems[0].hint.index(otp)


def test_staff_mfa_middleware_before_otp_middleware_is_an_error(settings):
    staff = "saypro_wagtail.profiles.middleware.StaffMFAMiddleware"
    middleware = without(settings.MIDDLEWARE, staff)
    auth = middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")
    settings.MIDDLEWARE = [*middleware[: auth + 1], staff, *middleware[auth + 1 :]]
    assert ids(profiles_checks.profiles_configured(None)) == ["saypro_profiles.E104"]


# Settings


def test_login_url_left_at_djangos_default_is_an_error(settings):
    settings.LOGIN_URL = "/accounts/login/"
    problems = profiles_checks.profiles_configured(None)
    assert ids(problems) == ["saypro_profiles.E105"]
    assert "LOGIN_URL = 'saypro_profiles:login'" in problems[0].hint


def test_a_custom_base_template_without_the_context_processor_is_warned(settings):
    settings.SAYPRO_BASE_TEMPLATE = "site_base.html"
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
        }
    ]
    problems = core_checks.base_template_context(None)
    assert ids(problems) == ["saypro_wagtail.W008"]
    assert core_checks.CONTEXT_PROCESSOR in problems[0].hint


@override_settings(LANGUAGES=[("en-us", "English"), ("pt-br", "Português"), ("de", "Deutsch")])
def test_languages_without_a_catalogue_are_warned_and_regional_variants_are_not():
    problems = core_checks.language_catalogues(None)
    assert ids(problems) == ["saypro_wagtail.W007"]
    assert "de:" in problems[0].msg
    assert "en-us" not in problems[0].msg and "pt-br" not in problems[0].msg


@override_settings(LANGUAGES=[("en", "English"), ("fr", "Français"), ("ar", "العربية")])
def test_languages_the_package_is_translated_into_pass():
    assert core_checks.language_catalogues(None) == []


# Celery


def site_celery_app(**config):
    app = Celery("site", set_as_current=False)
    app.conf.update(config)
    return app


def test_tasks_sent_to_celerys_default_broker_are_warned():
    problems = core_checks.celery_broker(None, celery_app=site_celery_app())
    assert ids(problems) == ["saypro_wagtail.W006"]
    assert "CELERY_BROKER_URL" in problems[0].hint


def test_a_configured_broker_or_eager_tasks_pass():
    configured = site_celery_app(broker_url="redis://127.0.0.1:6379/0")
    assert core_checks.celery_broker(None, celery_app=configured) == []
    assert core_checks.celery_broker(None, celery_app=site_celery_app(task_always_eager=True)) == []


def test_a_site_whose_celery_app_is_not_loaded_is_warned():
    # What Celery's current app is in a process that never loaded the site's app.
    celerys_default = Celery("default", fixups=[], set_as_current=False)

    problems = core_checks.celery_broker(None, celery_app=celerys_default)
    assert ids(problems) == ["saypro_wagtail.W005"]
    assert "from .celery import app as celery_app" in problems[0].hint


# URLs


class URLsWithoutTheApps:
    """A site's URLconf that forgot to include the apps' URLs."""

    urlpatterns = i18n_patterns(path("", include(wagtail_urls)))


class URLsBehindACatchAll:
    """A site's URLconf that kept its catch-all before the apps' URLs."""

    urlpatterns = i18n_patterns(
        path("", include(wagtail_urls)),
        path("api/help/", include("saypro_wagtail.helpcenter.urls")),
        path("account/", include("saypro_wagtail.profiles.urls")),
        path("support/", include("saypro_wagtail.support.urls")),
        path("ads/", include("saypro_wagtail.moderation.urls")),
    )


URL_CHECKS = [
    (helpcenter_checks.helpcenter_urls, "saypro_helpcenter.E203", "saypro_helpcenter.E204"),
    (profiles_checks.profiles_urls, "saypro_profiles.E107", "saypro_profiles.E108"),
    (support_urls, "saypro_support.E301", "saypro_support.E302"),
    (moderation_urls, "saypro_moderation.E401", "saypro_moderation.E402"),
]


@pytest.mark.parametrize(("check", "missing_id", "_hidden_id"), URL_CHECKS)
@override_settings(ROOT_URLCONF=URLsWithoutTheApps)
def test_an_app_whose_urls_are_not_included_is_an_error(check, missing_id, _hidden_id):
    problems = check(None)
    assert ids(problems) == [missing_id]
    assert "include(" in problems[0].hint


@pytest.mark.parametrize(("check", "_missing_id", "hidden_id"), URL_CHECKS)
@override_settings(ROOT_URLCONF=URLsBehindACatchAll)
def test_app_urls_behind_wagtails_catch_all_are_an_error(check, _missing_id, hidden_id):
    problems = check(None)
    assert ids(problems) == [hidden_id]
    assert 'before path("", include(wagtail_urls))' in problems[0].hint
