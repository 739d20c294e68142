"""Moderation records made directly, at known times, for the report tests' hand-made datasets."""

from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import WorkflowState

from saypro_wagtail.moderation import lifecycle
from saypro_wagtail.moderation.choices import REPORT_OPEN, SCAM
from saypro_wagtail.moderation.models import (
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
    ScreeningHit,
    ScreeningResult,
)


def noon(day, hours=0):
    """Noon of ``day`` plus ``hours``: the same calendar day in any time zone of the test run."""
    return timezone.make_aware(datetime.combine(day, time(12))) + timedelta(hours=hours)


def _ad_reference(ad):
    return {
        "content_type": ContentType.objects.get_for_model(ClassifiedAd),
        "object_id": str(ad.pk),
    }


def decide(ad, outcome, moderator, day, waited_hours, reason_code=""):
    """A decision at noon of ``day`` on a submission made ``waited_hours`` before."""
    return ModerationDecision.objects.create(
        **_ad_reference(ad),
        outcome=outcome,
        reason_code=reason_code,
        moderator=moderator,
        submitted_at=noon(day, -waited_hours),
        decided_at=noon(day),
    )


def report(ad, key, status, day, reason=SCAM):
    """A visitor's report made the day before ``day`` and decided (unless open) on ``day``."""
    return ContentReport.objects.create(
        **_ad_reference(ad),
        reason=reason,
        reporter_key=key,
        status=status,
        created_at=noon(day, -24),
        decided_at=None if status == REPORT_OPEN else noon(day),
    )


def screened(ad, day, *rules):
    """A screening on ``day`` that hit ``rules`` (none: a clean one)."""
    result = ScreeningResult.objects.create(
        **_ad_reference(ad), flagged=bool(rules), created_at=noon(day)
    )
    for rule in rules:
        ScreeningHit.objects.create(result=result, rule=rule)


def submitted(ad, owner, day):
    """Submitted through the workflow, dated an hour before noon of ``day``."""
    lifecycle.submit(ad, owner)  # starts the workflow; screening would run after commit
    WorkflowState.objects.filter(object_id=str(ad.pk)).update(created_at=noon(day, -1))
