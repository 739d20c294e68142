"""Classified ads: SQL queries of the moderation queue (the admin ad listing, as a moderator), of
the public ads page and of the "Moderation outcomes" report, with 50 and with 5,000 ads (must be
equal).

Ads are bulk-created (no revisions, no workflow): a third live and approved, a third awaiting
review, a third with changes requested; each has a decision, and every tenth a visitor's report.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from bench.clients import get, verified_client
from bench.measure import queries
from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES
from saypro_wagtail.moderation.choices import (
    APPROVED,
    DECISION_APPROVED,
    DECISION_REJECTED,
    REJECTED,
    REPORT_UPHELD,
    REVIEW,
)
from saypro_wagtail.moderation.models import (
    AdIndexPage,
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
)

SIZES = (50, 5_000)
BATCH = 2_000
PREFIX = "Bench ad"
QUEUE_URL_NAME = "wagtailsnippets_saypro_moderation_classifiedad:list"
REPORT_URL_NAME = "saypro_moderation_reports:outcomes"


def add_ads(count: int, start: int, owner, moderator) -> None:
    now = timezone.now()
    categories = [code for code, _label in AD_CATEGORY_CHOICES]
    content_type = ContentType.objects.get_for_model(ClassifiedAd)
    for first in range(start, start + count, BATCH):
        numbers = range(first, min(first + BATCH, start + count))
        ads = []
        for n in numbers:
            status = (APPROVED, REVIEW, REJECTED)[n % 3]
            ads.append(
                ClassifiedAd(
                    title=f"{PREFIX} {n}",
                    category=categories[n % len(categories)],
                    description="A bench ad with a short description.",
                    location="Cape Town",
                    owner=owner,
                    language="en",
                    live=status == APPROVED,
                    moderation_status=status,
                    submitted_at=now - timedelta(hours=n % 500 + 5),
                    created_at=now - timedelta(minutes=n),
                    expires_at=now + timedelta(days=20),
                )
            )
        ClassifiedAd.objects.bulk_create(ads)
        created = ClassifiedAd.objects.filter(title__in=[f"{PREFIX} {n}" for n in numbers]).only(
            "pk", "moderation_status", "submitted_at"
        )
        decisions, reports = [], []
        for ad in created:
            if ad.moderation_status == REVIEW:
                continue
            decisions.append(
                ModerationDecision(
                    content_type=content_type,
                    object_id=str(ad.pk),
                    outcome=DECISION_APPROVED
                    if ad.moderation_status == APPROVED
                    else DECISION_REJECTED,
                    reason_code="" if ad.moderation_status == APPROVED else "prohibited",
                    moderator=moderator,
                    submitted_at=ad.submitted_at,
                    decided_at=ad.submitted_at + timedelta(hours=ad.pk % 40 + 1),
                )
            )
            if ad.pk % 10 == 0:
                reports.append(
                    ContentReport(
                        content_type=content_type,
                        object_id=str(ad.pk),
                        reason="scam",
                        reporter_key=f"bench-{ad.pk}",
                        status=REPORT_UPHELD,
                        decided_at=now - timedelta(hours=1),
                    )
                )
        ModerationDecision.objects.bulk_create(decisions)
        ContentReport.objects.bulk_create(reports)


def run():
    User = get_user_model()
    moderator = User.objects.filter(username="moderator").first()
    owner = User.objects.filter(username="advertiser").first() or User.objects.create_user(
        "bench-advertiser", "bench-advertiser@example.com"
    )
    rows = []
    if moderator is None:
        return ["note: the demo has no 'moderator' user; nothing measured"]
    client = verified_client(moderator)
    pages = {}
    for label, name in (
        ("moderation queue (admin ad listing, moderator)", QUEUE_URL_NAME),
        ("Moderation outcomes report (moderator)", REPORT_URL_NAME),
    ):
        try:
            pages[label] = get(client, reverse(name))
        except NoReverseMatch:
            rows.append(f"note: {name} does not exist yet; not measured")
    listing = (
        AdIndexPage.objects.live().filter(locale__language_code="en").first()
        or AdIndexPage.objects.live().first()
    )
    if listing is not None:
        pages["public ads page (visitor)"] = get(Client(), listing.url)
    else:
        rows.append("note: no live ads page in the demo; the public listing is not measured")

    ClassifiedAd.objects.filter(title__startswith=PREFIX).delete()
    figures = {}
    added = 0
    for size in SIZES:
        add_ads(size - added, added, owner, moderator)
        added = size
        for name, call in pages.items():
            call()  # warm caches
            figures[name, size] = queries(call)
    for name in pages:
        small, large = (figures[name, size] for size in SIZES)
        rows.append((f"{name}: SQL queries with {SIZES[0]} ads", small, "queries"))
        rows.append((f"{name}: SQL queries with {SIZES[1]:,} ads", large, "queries"))
        assert small == large, f"{name}: {small} queries with {SIZES[0]}, {large} with {SIZES[1]}"
    return rows
