"""System checks shared by the feature apps: what any site installing the package must set up.

Each feature app checks its own needs in its own ``checks.py``; the checks here cover what the
apps share (languages, middleware for per-language URLs, Celery). A problem is reported by
``manage.py check`` (and before ``runserver``/``migrate``) with a hint naming the setting to
change, instead of a traceback or a page that fails later.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import to_locale

LOCALE_MIDDLEWARE = "django.middleware.locale.LocaleMiddleware"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
COMMON_MIDDLEWARE = "django.middleware.common.CommonMiddleware"
LOCALIZE_APPS = ("wagtail_localize", "wagtail_localize.locales")
CONTEXT_PROCESSOR = "saypro_wagtail.context_processors.saypro"
# The language the package's strings are written in: it needs no catalogue.
SOURCE_LANGUAGE = "en"
CATALOGUE_DIR = Path(__file__).resolve().parent / "locale"


def core_app_installed(app_configs, **kwargs):
    """The feature apps need ``saypro_wagtail`` (notifications, roles, templates) installed."""
    if apps.is_installed("saypro_wagtail"):
        return []
    return [
        Error(
            "saypro-wagtail apps need 'saypro_wagtail' in INSTALLED_APPS.",
            hint="Add 'saypro_wagtail' to INSTALLED_APPS, next to the saypro_wagtail.* apps.",
            id="saypro_wagtail.E001",
        )
    ]


def locale_middleware(app_configs, **kwargs):
    """Per-language URLs (``i18n_patterns``) need LocaleMiddleware, in its documented place."""
    from django.conf.urls.i18n import is_language_prefix_patterns_used

    middleware = list(settings.MIDDLEWARE)
    if LOCALE_MIDDLEWARE not in middleware:
        uses_prefixes, _prefix_default = is_language_prefix_patterns_used(settings.ROOT_URLCONF)
        if not uses_prefixes:
            return []
        return [
            Error(
                "The URLconf uses i18n_patterns but LocaleMiddleware is not in MIDDLEWARE, so "
                "'/' and the pages without a language prefix answer 404.",
                hint=(
                    f"Add {LOCALE_MIDDLEWARE!r} to MIDDLEWARE, after SessionMiddleware and "
                    "before CommonMiddleware."
                ),
                id="saypro_wagtail.E002",
            )
        ]
    position = middleware.index(LOCALE_MIDDLEWARE)
    too_early = SESSION_MIDDLEWARE in middleware and middleware.index(SESSION_MIDDLEWARE) > position
    too_late = COMMON_MIDDLEWARE in middleware and middleware.index(COMMON_MIDDLEWARE) < position
    if not (too_early or too_late):
        return []
    return [
        Warning(
            "LocaleMiddleware is not between SessionMiddleware and CommonMiddleware.",
            hint=(
                f"Move {LOCALE_MIDDLEWARE!r} in MIDDLEWARE to just after SessionMiddleware and "
                "before CommonMiddleware (Django needs that order to redirect to a language)."
            ),
            id="saypro_wagtail.W003",
        )
    ]


def translation_apps(app_configs, **kwargs):
    """Pages and snippets in several content languages are translated with wagtail-localize."""
    content_languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or []
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or len(content_languages) < 2:
        return []
    missing = [app for app in LOCALIZE_APPS if not apps.is_installed(app)]
    if not missing:
        return []
    return [
        Error(
            "WAGTAIL_CONTENT_LANGUAGES has several languages but wagtail-localize is not "
            "installed, so editors cannot translate help articles and canned responses.",
            hint=(
                f"Add {', '.join(repr(app) for app in missing)} to INSTALLED_APPS (in place of "
                "'wagtail.locales'), or keep one content language for a monolingual site."
            ),
            id="saypro_wagtail.E004",
        )
    ]


def celery_broker(app_configs, celery_app=None, **kwargs):
    """Queued tasks must reach the site's broker, not Celery's built-in default.

    ``celery_app`` is the app the package's shared tasks use (Celery's current app).
    """
    if celery_app is None:
        from celery import current_app

        celery_app = current_app._get_current_object()
    if celery_app.conf.task_always_eager:
        return []
    # The app Celery makes for itself when no app was created (no Django fix-up).
    if celery_app.main == "default" and not celery_app.fixups:
        return [
            Warning(
                "The site's Celery app is not loaded when Django starts, so notifications and "
                "other tasks are sent to Celery's default broker (amqp://guest@localhost//) "
                "and wait in the outbox.",
                hint=(
                    "Create your project's Celery app (celery.py, configured with "
                    "app.config_from_object('django.conf:settings', namespace='CELERY')) and "
                    "import it in the project package's __init__.py (from .celery import app "
                    "as celery_app); then set CELERY_BROKER_URL, or CELERY_TASK_ALWAYS_EAGER = "
                    "True to run tasks in the web process."
                ),
                id="saypro_wagtail.W005",
            )
        ]
    if celery_app.conf.broker_write_url or celery_app.conf.broker_url:
        return []
    return [
        Warning(
            "No Celery broker is configured, so tasks are sent to Celery's default broker "
            "(amqp://guest@localhost//).",
            hint=(
                "Set CELERY_BROKER_URL (for example 'redis://127.0.0.1:6379/0'), or "
                "CELERY_TASK_ALWAYS_EAGER = True to run tasks in the web process."
            ),
            id="saypro_wagtail.W006",
        )
    ]


def shipped_catalogues() -> set[str]:
    """Languages (lower-case locale names) the package has translations for."""
    return {SOURCE_LANGUAGE} | {
        folder.name.lower()
        for folder in CATALOGUE_DIR.iterdir()
        if (folder / "LC_MESSAGES" / "django.mo").exists()
    }


def has_catalogue(language_code: str, catalogues: set[str]) -> bool:
    """True if gettext finds a catalogue for the code, as-is or by its base language."""
    locale = to_locale(language_code).lower()
    return locale in catalogues or locale.split("_")[0] in catalogues


def language_catalogues(app_configs, **kwargs):
    """The site's languages the package's pages and e-mails would show in English."""
    if settings.is_overridden("LANGUAGES"):
        codes = [code for code, _name in settings.LANGUAGES]
    else:
        # Django's default LANGUAGES lists every language it knows; the site uses its own.
        codes = [settings.LANGUAGE_CODE]
    catalogues = shipped_catalogues()
    missing = [code for code in codes if not has_catalogue(code, catalogues)]
    if not missing:
        return []
    return [
        Warning(
            f"saypro-wagtail has no translation for {', '.join(missing)}: its pages, forms "
            "and e-mails appear in English in that language.",
            hint=(
                f"The package is translated into {', '.join(sorted(catalogues))}. Translate its "
                "strings in a catalogue of your own (LOCALE_PATHS), or silence this warning "
                "with SILENCED_SYSTEM_CHECKS = ['saypro_wagtail.W007']."
            ),
            id="saypro_wagtail.W007",
        )
    ]


def base_template_context(app_configs, **kwargs):
    """SAYPRO_BASE_TEMPLATE reaches the templates through the package's context processor."""
    from .conf import saypro_settings

    if saypro_settings.BASE_TEMPLATE == "base.html":
        return []
    for engine in settings.TEMPLATES:
        if CONTEXT_PROCESSOR in engine.get("OPTIONS", {}).get("context_processors", []):
            return []
    return [
        Warning(
            "SAYPRO_BASE_TEMPLATE is set but the package's pages still extend 'base.html'.",
            hint=(f"Add {CONTEXT_PROCESSOR!r} to TEMPLATES[0]['OPTIONS']['context_processors']."),
            id="saypro_wagtail.W008",
        )
    ]


def app_urls(namespace, url_name, module, prefix, *, missing_id, hidden_id) -> list:
    """Problems with a feature app's URLs: not included in the URLconf (``missing_id``), or
    answered by an earlier pattern such as Wagtail's catch-all (``hidden_id``).

    ``url_name`` is one of the app's URLs, ``module`` its URLconf and ``prefix`` where the
    README includes it.
    """
    include_hint = (
        f'Add path("{prefix}", include("{module}")) to your URLconf, inside i18n_patterns '
        'for per-language URLs and before path("", include(wagtail_urls)).'
    )
    try:
        url = reverse(f"{namespace}:{url_name}")
    except NoReverseMatch:
        return [
            Error(
                f"The URLs of {module.rsplit('.', 1)[0]} are not in the URLconf.",
                hint=include_hint,
                id=missing_id,
            )
        ]
    try:
        reached = resolve(url).namespace
    except Resolver404:
        reached = None
    if reached == namespace:
        return []
    return [
        Error(
            f"{url} is answered by another URL pattern than {module}'s (Wagtail's catch-all "
            "placed before it?).",
            hint=include_hint,
            id=hidden_id,
        )
    ]
