"""Monthly report: time to compute every section for last month, and the admin report page,
over 100,000 support requests, 100,000 help-center ratings and 20,000 moderated ads
(PostgreSQL only: `make bench BENCH=monthly DATABASE_URL=postgres://...`).

The data is kept between runs (it takes a while to create); `--rebuild` drops and recreates it.
Support requests are shared with the support benchmark (references ``BENCH-…``).
"""

import statistics
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from bench.bench_support import add_requests
from bench.clients import verified_client
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import compute_all, registered_sections
from saypro_wagtail.monthly.views import user_can_view
from saypro_wagtail.support.models import SupportRequest

REQUIRES = "postgresql"
REQUESTS = 100_000
RATINGS = 100_000
ADS = 20_000
RUNS = 5
BATCH = 5_000
AD_PREFIX = "Bench monthly ad"
RATING_PREFIX = "bench-monthly-"
DAYS = 80  # spread over the last DAYS days: last month is complete, the one before partly


def bench_users():
    User = get_user_model()

    def user(name):
        found = User.objects.filter(username=name).first()
        return found or User.objects.create_user(f"bench-{name}", f"bench-{name}@example.com")

    return {name: user(name) for name in ("supervisor", "agent", "applicant", "moderator")}


def ensure_requests(users, rebuild: bool) -> str:
    existing = SupportRequest.objects.filter(reference__startswith="BENCH-")
    if rebuild:
        existing.delete()
    count = existing.count()
    if count >= REQUESTS:
        return f"support requests: kept from an earlier run ({count:,})"
    existing.delete()
    add_requests(REQUESTS, 0, [users["agent"], users["supervisor"]], users["applicant"])
    return f"support requests: created {REQUESTS:,}"


def ensure_ratings(rebuild: bool) -> str:
    from saypro_wagtail.helpcenter.models import ArticleRating, HelpArticlePage

    existing = ArticleRating.objects.filter(visitor_key__startswith=RATING_PREFIX)
    if rebuild:
        existing.delete()
    count = existing.count()
    if count >= RATINGS:
        return f"help-center ratings: kept from an earlier run ({count:,})"
    existing.delete()
    articles = list(HelpArticlePage.objects.live().values_list("pk", flat=True))
    if not articles:
        return "help-center ratings: the demo has no live article; none created"
    now = timezone.now()
    for first in range(0, RATINGS, BATCH):
        rows = []
        for n in range(first, min(first + BATCH, RATINGS)):
            moment = now - timedelta(minutes=(n * 13) % (DAYS * 24 * 60))
            rows.append(
                ArticleRating(
                    page_id=articles[n % len(articles)],
                    visitor_key=f"{RATING_PREFIX}{n:07d}",
                    helpful=n % 4 != 0,
                    comment="The screenshots are out of date." if n % 40 == 0 else "",
                    created_at=moment,
                    updated_at=moment,
                )
            )
        ArticleRating.objects.bulk_create(rows)
    return f"help-center ratings: created {RATINGS:,} over {len(articles)} articles"


def ensure_ads(users, rebuild: bool) -> str:
    from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES
    from saypro_wagtail.moderation.choices import (
        APPROVED,
        DECISION_APPROVED,
        DECISION_REJECTED,
        REJECTED,
        REVIEW,
    )
    from saypro_wagtail.moderation.models import ClassifiedAd, ModerationDecision

    existing = ClassifiedAd.objects.filter(title__startswith=AD_PREFIX)
    content_type = ContentType.objects.get_for_model(ClassifiedAd)
    if rebuild:
        ModerationDecision.objects.filter(
            content_type=content_type,
            object_id__in=[str(pk) for pk in existing.values_list("pk", flat=True)],
        ).delete()
        existing.delete()
    count = existing.count()
    if count >= ADS:
        return f"ads: kept from an earlier run ({count:,})"
    existing.delete()
    now = timezone.now()
    categories = [code for code, _label in AD_CATEGORY_CHOICES]
    for first in range(0, ADS, BATCH):
        numbers = range(first, min(first + BATCH, ADS))
        ads = []
        for n in numbers:
            status = (APPROVED, REVIEW, REJECTED)[n % 3]
            submitted = now - timedelta(minutes=(n * 59) % (DAYS * 24 * 60) + 60)
            ads.append(
                ClassifiedAd(
                    title=f"{AD_PREFIX} {n}",
                    category=categories[n % len(categories)],
                    description="A bench ad with a short description.",
                    location="Cape Town",
                    owner=users["applicant"],
                    language="en",
                    live=status == APPROVED,
                    moderation_status=status,
                    submitted_at=submitted,
                    created_at=submitted,
                    expires_at=now + timedelta(days=20),
                )
            )
        ClassifiedAd.objects.bulk_create(ads)
        created = ClassifiedAd.objects.filter(title__in=[f"{AD_PREFIX} {n}" for n in numbers]).only(
            "pk", "moderation_status", "submitted_at"
        )
        decisions = [
            ModerationDecision(
                content_type=content_type,
                object_id=str(ad.pk),
                outcome=DECISION_APPROVED
                if ad.moderation_status == APPROVED
                else DECISION_REJECTED,
                reason_code="" if ad.moderation_status == APPROVED else "prohibited",
                moderator=users["moderator"],
                submitted_at=ad.submitted_at,
                decided_at=ad.submitted_at + timedelta(hours=ad.pk % 40 + 1),
            )
            for ad in created
            if ad.moderation_status != REVIEW
        ]
        ModerationDecision.objects.bulk_create(decisions)
    return f"ads: created {ADS:,} with their decisions"


def median_ms(call, runs=RUNS) -> float:
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def run(options=None):
    rebuild = bool(getattr(options, "rebuild", False))
    if connection.vendor != "postgresql":
        return ["note: the monthly report is timed on PostgreSQL only (set DATABASE_URL)"]
    users = bench_users()
    rows = [
        ensure_requests(users, rebuild),
        ensure_ratings(rebuild),
        ensure_ads(users, rebuild),
    ]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    sections = registered_sections()
    rows.append(f"sections: {', '.join(section.name for section in sections) or 'none yet'}")
    period = Period.last_complete()
    figures = compute_all(period, sections)  # warm up
    rows.append(
        (
            f"compute_all({period.slug}): median of {RUNS}",
            median_ms(lambda: compute_all(period, sections)),
            "ms",
        )
    )
    for section in sections:
        rows.append(
            (
                f"  section {section.name}",
                median_ms(lambda section=section: section.compute(period)),
                "ms",
            )
        )
    quarter = Period.last_complete("quarter")
    rows.append(
        (f"compute_all({quarter.slug})", median_ms(lambda: compute_all(quarter, sections), 3), "ms")
    )
    supervisor = users["supervisor"]
    if not user_can_view(supervisor):
        supervisor.is_superuser = True
        supervisor.save(update_fields=["is_superuser"])
    client = verified_client(supervisor)
    url = reverse("saypro_monthly_report:report")

    def page():
        response = client.get(url, {"period": period.slug})
        assert response.status_code == 200, response.status_code

    page()
    rows.append(
        (f"report page ({period.slug}, supervisor): median of {RUNS}", median_ms(page), "ms")
    )
    for name, data in figures.items():
        for metric in data.get("metrics", []):
            value = metric.get("value")
            if isinstance(value, int | float) and not isinstance(value, bool):
                rows.append(
                    (f"  {name}.{metric['key']} ({metric.get('unit', 'count')})", value, "")
                )
            else:
                rows.append(f"  {name}.{metric['key']}: no data")
    return rows
