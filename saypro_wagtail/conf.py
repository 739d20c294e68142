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
    "PRIVATE_STORAGE": Setting(
        None,
        "Storage alias (in STORAGES) for private files (support attachments, and resumes unless "
        "SAYPRO_PROFILES_PRIVATE_STORAGE is set). Default: a folder, SAYPRO_PRIVATE_ROOT.",
    ),
    "PRIVATE_ROOT": Setting(
        None, "Folder of the default private storage. Defaults to private/ next to MEDIA_ROOT."
    ),
    "BROKER_PUBLISH_TIMEOUT": Setting(
        3,
        "Seconds a web request waits for the Celery broker to take a task. Past that the task "
        "is left for the periodic job (outbox drain, screening sweep) and the request answers.",
    ),
    "BROKER_RETRY_AFTER": Setting(
        30,
        "Seconds during which tasks are not offered to a broker that just failed or hung "
        "(each request would otherwise wait BROKER_PUBLISH_TIMEOUT).",
    ),
    "IMAGE_MAX_DECODED_BYTES": Setting(
        64 * 1024 * 1024,
        "Largest memory (bytes) an uploaded image may take once decoded (width x height x "
        "bytes per pixel, read from its header before decoding); profile photos, ad photos and "
        "image attachments above it are refused. JPEGs count at the reduced size they are "
        "decoded at.",
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
    "PROFILES_CONFIRMATION_MAX_AGE": Setting(
        3 * 24 * 3600, "Seconds an e-mail confirmation link stays valid."
    ),
    "PROFILES_LOGIN_FAILURE_LIMIT": Setting(
        5, "Failed logins (per account name, or per address) before the login is locked."
    ),
    "PROFILES_LOCKOUT_SECONDS": Setting(
        15 * 60, "How long a login stays locked after too many failures."
    ),
    "PROFILES_PASSWORD_RESET_LIMIT": Setting(
        (5, 3600),
        "(requests, seconds): how many password reset e-mails one e-mail address may be sent.",
    ),
    "PROFILES_PASSWORD_RESET_CLIENT_LIMIT": Setting(
        (10, 3600), "(requests, seconds): how many password resets one client address may ask."
    ),
    "PROFILES_REGISTRATION_LIMIT": Setting(
        (10, 3600), "(registrations, seconds): how many sign-ups one address may send."
    ),
    "PROFILES_REGISTRATION_MIN_SECONDS": Setting(
        3, "A registration form sent back sooner than this after it was shown is a bot."
    ),
    "PROFILES_REMEMBER_ME_SECONDS": Setting(
        30 * 24 * 3600,
        "Session length when 'remember me' is ticked (else: until the browser closes).",
    ),
    "PROFILES_STAFF_MFA_REQUIRED": Setting(
        True,
        "Staff (superusers, is_staff, or any group with Wagtail admin access) must verify a "
        "second factor before they can use the Wagtail admin, or a staff permission anywhere "
        "on the site (such as reading applicants' resumes).",
    ),
    "PROFILES_MFA_ISSUER": Setting(
        None, "Issuer name shown in authenticator apps. Defaults to WAGTAIL_SITE_NAME."
    ),
    "PROFILES_BACKUP_CODES": Setting(10, "How many one-time backup codes a user gets."),
    "PROFILES_PHOTO_MAX_BYTES": Setting(5 * 1024 * 1024, "Largest profile photo accepted."),
    "PROFILES_PHOTO_SIZE": Setting(512, "Profile photos are resized to fit this many pixels."),
    "PROFILES_DOCUMENT_MAX_BYTES": Setting(
        10 * 1024 * 1024, "Largest resume or portfolio file accepted."
    ),
    "PROFILES_PRIVATE_STORAGE": Setting(
        None,
        "Storage alias (in STORAGES) for resumes and portfolios; never a public media URL. "
        "Default: a file system storage in SAYPRO_PROFILES_PRIVATE_ROOT.",
    ),
    "PROFILES_PRIVATE_ROOT": Setting(
        None, "Folder of the default private storage. Defaults to <MEDIA_ROOT>/../private."
    ),
    "PROFILES_UNCONFIRMED_REMINDER_DAYS": Setting(
        2, "Days after sign-up when an unconfirmed account is reminded (once)."
    ),
    "PROFILES_UNCONFIRMED_DELETE_DAYS": Setting(
        None, "Delete accounts still unconfirmed after this many days (None: keep them)."
    ),
    "PROFILES_INCOMPLETE_REMINDER_DAYS": Setting(
        7, "Days after confirmation when an incomplete profile is reminded (once)."
    ),
    "PROFILES_INACTIVE_DAYS": Setting(
        180, "An account not used for this many days counts as inactive in reports."
    ),
    "PROFILES_PERSONAL_DATA_PROVIDERS": Setting(
        [],
        "Dotted paths of extra PersonalDataProvider classes (export and erasure of a site's own "
        "personal data), added to those the apps register with register_saypro_personal_data.",
    ),
    "SUPPORT_REOPEN_DAYS": Setting(
        14, "Days after resolution during which the requester may reopen a request."
    ),
    "SUPPORT_AGENTS_SEE_ALL": Setting(
        False,
        "Whether Support Agents see every request in the admin (True) or only their own and "
        "unassigned ones (False); they still work only on their own and unassigned ones.",
    ),
    "SUPPORT_SLA": Setting(
        {
            "urgent": {"first_response": 10, "resolution": 4 * 60},
            "high": {"first_response": 60, "resolution": 24 * 60},
            "normal": {"first_response": 4 * 60, "resolution": 48 * 60},
            "low": {"first_response": 8 * 60, "resolution": 5 * 24 * 60},
        },
        "{priority: {'first_response': minutes, 'resolution': minutes}}: support targets in "
        "business minutes (see SAYPRO_SUPPORT_BUSINESS_HOURS), counted from logged_at.",
    ),
    "SUPPORT_BUSINESS_HOURS": Setting(
        {day: ("08:00", "17:00") for day in range(5)},
        "{weekday (0 = Monday): ('HH:MM', 'HH:MM')}: opening hours in TIME_ZONE; days missing "
        "from the mapping are closed.",
    ),
    "SUPPORT_HOLIDAYS": Setting(
        [], "ISO dates ('2026-12-25') on which support is closed; SLA clocks do not run."
    ),
    "SUPPORT_ATTACHMENT_MAX_BYTES": Setting(
        10 * 1024 * 1024, "Largest file (bytes) a requester may attach to a support request."
    ),
    "SUPPORT_ATTACHMENT_MAX_FILES": Setting(
        5, "Most files a requester may attach to one support request or message."
    ),
    "SUPPORT_VISITOR_LINK_MAX_AGE": Setting(
        90 * 24 * 3600,
        "Seconds a link to a request e-mailed to someone without an account stays valid. Every "
        "e-mail about the request carries a fresh one; after that, the visitor can have a new "
        "link sent to the request's address.",
    ),
    "SUPPORT_SLA_WARNING_MINUTES": Setting(
        30, "Supervisors are alerted this many minutes (wall clock) before an SLA breach."
    ),
    "MODERATION_AD_LIFETIME_DAYS": Setting(
        30, "Days an ad stays live after approval when its owner chose no expiry date."
    ),
    "MODERATION_AD_MAX_LIFETIME_DAYS": Setting(
        90, "Latest expiry date an owner may choose, in days from today (and what a renewal adds)."
    ),
    "MODERATION_EXPIRY_REMINDER_DAYS": Setting(
        3, "Owners are reminded this many days before their ad expires (once per expiry date)."
    ),
    "MODERATION_RENEWAL_NEEDS_REVIEW": Setting(
        False, "Whether renewing an ad sends it back through the moderation workflow."
    ),
    "MODERATION_REPORT_THRESHOLD": Setting(
        3, "Open reports from visitors after which a live ad is hidden until a moderator decides."
    ),
    "MODERATION_REPORT_LIMIT": Setting(
        (10, 3600), "Reports one visitor (by address) may send: (count, seconds)."
    ),
    "MODERATION_CURRENCY": Setting(
        "R", "Currency symbol or code shown before ad prices (empty: none); default the rand."
    ),
    "MODERATION_MAX_IMAGES": Setting(6, "Most images one ad may have."),
    "MODERATION_IMAGE_MAX_BYTES": Setting(5 * 1024 * 1024, "Largest ad image accepted."),
    "MODERATION_IMAGE_MIN_PIXELS": Setting(
        200, "Screening flags images narrower or shorter than this many pixels."
    ),
    "MODERATION_SCREENING_RULES": Setting(
        [
            "saypro_wagtail.moderation.screening.rules.BannedPhraseRule",
            "saypro_wagtail.moderation.screening.rules.LinkRule",
            "saypro_wagtail.moderation.screening.rules.PhoneNumberRule",
            "saypro_wagtail.moderation.screening.rules.RepeatedCharacterRule",
            "saypro_wagtail.moderation.screening.rules.DuplicateRule",
            "saypro_wagtail.moderation.screening.rules.ImageRule",
        ],
        "Dotted paths of the screening rules (subclasses of screening.rules.ScreeningRule).",
    ),
    "MODERATION_MAX_LINKS": Setting(2, "Screening flags text with more links than this."),
    "MODERATION_MAX_PHONE_NUMBERS": Setting(
        2, "Screening flags text with more phone numbers than this."
    ),
    "MODERATION_MAX_REPEATED_CHARACTERS": Setting(
        6, "Screening flags a character (or punctuation) repeated more times in a row."
    ),
    "MODERATION_DUPLICATE_DAYS": Setting(
        30, "Screening flags an ad that repeats another ad submitted in this many days."
    ),
    "REPORT_TARGETS": Setting(
        {
            "first_response_minutes": 10,
            "average_response_minutes": 30,
            "resolution_hours": 24,
            "closed_without_reopen_percent": 98,
        },
        "Support targets the monthly report compares with (keys as in the default).",
    ),
    "MONTHLY_REPORT_RECIPIENTS": Setting(
        [],
        "E-mail addresses that receive the previous month's report; an address of a user gets "
        "it in that user's language, others in LANGUAGE_CODE.",
    ),
    "MONTHLY_REPORT_DAY": Setting(5, "Day of the month on which the monthly report is sent."),
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
