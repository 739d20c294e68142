"""The scheduled delivery: on ``SAYPRO_MONTHLY_REPORT_DAY`` (or any later day of the month) the
previous month's report is saved once and e-mailed once to each of
``SAYPRO_MONTHLY_REPORT_RECIPIENTS``.

Both steps are claims the database enforces: one scheduled copy per period (a unique
constraint) and one delivery per copy and address (another). Running the task twice, or on two
workers at once, therefore sends one e-mail per recipient and period; an address added later in
the month gets the report on the next run.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import send_email
from saypro_wagtail.notifications.language import recipient_language

from .models import MonthlyReport, MonthlyReportDelivery
from .periods import MONTH, Period
from .sections import compute_all

logger = logging.getLogger("saypro_wagtail.monthly")

EMAIL_TEMPLATE = "saypro_wagtail/email/monthly_report"


def scheduled_copy(period: Period) -> MonthlyReport:
    """The period's scheduled copy, computed and saved by whoever gets there first."""
    lookup = {"kind": period.kind, "period_start": period.first, "scheduled": True}
    existing = MonthlyReport.objects.filter(**lookup).first()
    if existing is not None:
        return existing
    figures = compute_all(period)
    previous_figures = compute_all(period.previous())
    try:
        with transaction.atomic():
            return MonthlyReport.objects.create(
                **lookup, figures=figures, previous_figures=previous_figures
            )
    except IntegrityError:  # another worker saved it meanwhile
        return MonthlyReport.objects.get(**lookup)


def recipients() -> list[str]:
    """The configured addresses, without blanks or repeats (case-insensitively)."""
    addresses = {}
    for address in saypro_settings.MONTHLY_REPORT_RECIPIENTS or []:
        address = (address or "").strip()
        if address:
            addresses.setdefault(address.lower(), address)
    return list(addresses.values())


def users_by_email(addresses) -> dict:
    """Active users with these addresses (one query), by lower-case address."""
    lowered = [address.lower() for address in addresses]
    users = (
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=lowered, is_active=True)
        .order_by("pk")
    )
    found = {}
    for user in users:
        found.setdefault(user.email_lower, user)
    return found


def send_monthly_report(today=None) -> int:
    """Save and send last month's report if it is time; returns how many e-mails were queued."""
    today = today or timezone.localdate()
    if today.day < saypro_settings.MONTHLY_REPORT_DAY:
        return 0
    addresses = recipients()
    if not addresses:
        return 0
    report = scheduled_copy(Period.last_complete(MONTH, today))
    already = set(
        MonthlyReportDelivery.objects.filter(report=report).values_list("email", flat=True)
    )
    users = users_by_email(addresses)
    queued = 0
    for address in addresses:
        if address in already:
            continue
        user = users.get(address.lower())
        with translation.override(settings.LANGUAGE_CODE):
            language = recipient_language(user)
        try:
            with transaction.atomic():
                # The delivery row is the claim: a second run (or worker) fails here and skips.
                MonthlyReportDelivery.objects.create(
                    report=report, email=address, language=language
                )
                send_email(
                    to=address,
                    user=user,
                    template=EMAIL_TEMPLATE,
                    context={"report": report},
                    language=language,
                )
        except IntegrityError:
            continue
        queued += 1
    if queued:
        logger.info("Monthly report %s sent to %d recipient(s).", report.period.slug, queued)
    return queued
