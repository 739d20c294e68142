"""Every ``SAYPRO_*`` setting of the package, with its default, in one place.

Read settings through :data:`saypro_settings` (``saypro_settings.BASE_TEMPLATE`` reads
``settings.SAYPRO_BASE_TEMPLATE`` or its default). Values are looked up on each access, so
``override_settings`` in tests and per-site settings modules both work.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings as django_settings


@dataclass(frozen=True)
class Setting:
    default: Any
    doc: str


DEFAULTS: dict[str, Setting] = {
    "BASE_TEMPLATE": Setting(
        "base.html",
        "Template that every front-end template of the package extends. It must define the "
        "blocks `title`, `content`, `extra_css` and `extra_js`.",
    ),
    "SITE_URL": Setting(
        None,
        "Absolute URL of the public site used in e-mails (no trailing slash). Defaults to "
        "WAGTAILADMIN_BASE_URL.",
    ),
    "DEFAULT_FROM_EMAIL": Setting(
        None, "Sender of the package's e-mails. Defaults to DEFAULT_FROM_EMAIL."
    ),
    "SMS_BACKEND": Setting(
        "saypro_wagtail.notifications.sms.LoggingSMSBackend",
        "Dotted path of the SMS backend class (a subclass of BaseSMSBackend).",
    ),
    "NOTIFICATION_MAX_ATTEMPTS": Setting(
        8, "How many times a notification is tried before it is marked as failed."
    ),
    "NOTIFICATION_RETRY_DELAY": Setting(
        30, "Seconds before the first retry of a failed notification; doubled on each retry."
    ),
    "NOTIFICATION_RETRY_MAX_DELAY": Setting(
        3600, "Upper bound, in seconds, of the delay between two attempts."
    ),
    "NOTIFICATION_OUTBOX_GRACE": Setting(
        60,
        "Seconds a due notification may wait for its queued task before the periodic outbox "
        "drain delivers it itself (covers a broker that was down when it was queued).",
    ),
    "NOTIFICATION_OUTBOX_BATCH": Setting(
        200, "How many notifications one run of the outbox drain delivers at most."
    ),
    "NOTIFICATION_KEEP_DAYS": Setting(
        90, "Days that sent notifications stay in the outbox before they are deleted."
    ),
    "HELPCENTER_TOC_MIN": Setting(
        3, "An article gets a table of contents when its body has at least this many headings."
    ),
    "HELPCENTER_RATING_LIMIT": Setting(
        (20, 3600),
        "(votes, seconds): how many votes and comments one visitor may send in that time.",
    ),
    "HELPCENTER_SEARCH_PER_PAGE": Setting(10, "Search results per page."),
    "HELPCENTER_SUGGESTIONS": Setting(5, "How many articles the suggestions endpoint returns."),
    "HELPCENTER_VIEW_FLUSH_SECONDS": Setting(
        30, "Article views are buffered in memory and written at most this often."
    ),
    "HELPCENTER_VIEW_FLUSH_SIZE": Setting(
        500, "...or as soon as this many views are buffered, whichever comes first."
    ),
    "HELPCENTER_POPULAR_DAYS": Setting(
        30, "Popular articles are the most viewed over this many days."
    ),
}


class SayproSettings:
    """Attribute access to ``SAYPRO_<NAME>`` settings with documented defaults."""

    def __getattr__(self, name: str) -> Any:
        try:
            setting = DEFAULTS[name]
        except KeyError:
            raise AttributeError(f"Unknown saypro-wagtail setting: SAYPRO_{name}") from None
        return getattr(django_settings, f"SAYPRO_{name}", setting.default)

    @property
    def site_url(self) -> str:
        url = self.SITE_URL or getattr(django_settings, "WAGTAILADMIN_BASE_URL", "") or ""
        return url.rstrip("/")

    @property
    def from_email(self) -> str:
        return self.DEFAULT_FROM_EMAIL or django_settings.DEFAULT_FROM_EMAIL


saypro_settings = SayproSettings()
