"""Support requests: SQL queries of the admin listing (as a supervisor) and of the requester's
own list with 50 and with 5,000 requests (must be equal), and the time the Support KPIs report
takes over 100,000 requests on PostgreSQL.

Requests are bulk-created with explicit references (no reference counter) and rough due times.
"""

import statistics
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from bench.clients import get, verified_client
from bench.measure import queries
from saypro_wagtail.support.choices import (
    CATEGORY_CHOICES,
    CHANNEL_CHOICES,
    PRIORITY_CHOICES,
    STATUS_CHOICES,
)
from saypro_wagtail.support.models import Message, SatisfactionRating, SupportRequest
from saypro_wagtail.support.reporting import kpis

SIZES = (50, 5_000)
KPI_SIZE = 100_000
KPI_RUNS = 5
REQUESTER_LIST = "/en/support/requests/"
BATCH = 5_000


def codes(choices):
    return [code for code, _label in choices]


def add_requests(count: int, start: int, users: list, requester) -> None:
    """``count`` requests over the last 80 days, half of them the requester's, with a staff
    reply and a requester answer each, and a rating on every third."""
    now = timezone.now()
    statuses, channels = codes(STATUS_CHOICES), codes(CHANNEL_CHOICES)
    categories, priorities = codes(CATEGORY_CHOICES), codes(PRIORITY_CHOICES)
    for first in range(start, start + count, BATCH):
        numbers = range(first, min(first + BATCH, start + count))
        rows = []
        for n in numbers:
            logged_at = now - timedelta(minutes=17 * n % (80 * 24 * 60))
            status = statuses[n % len(statuses)]
            finished = status in ("resolved", "closed")
            rows.append(
                SupportRequest(
                    reference=f"BENCH-{n:07d}",
                    logged_at=logged_at,
                    subject=f"Bench request {n}",
                    description="...",
                    category=categories[n % len(categories)],
                    channel=channels[n % len(channels)],
                    priority=priorities[n % len(priorities)],
                    status=status,
                    escalation_tier=2 if status == "escalated" else 1,
                    requester=requester if n % 2 else None,
                    requester_name="" if n % 2 else f"Visitor {n}",
                    requester_email="" if n % 2 else f"visitor-{n}@example.com",
                    assigned_to=users[n % len(users)] if n % 5 else None,
                    first_response_at=logged_at + timedelta(minutes=n % 300) if n % 5 else None,
                    resolved_at=logged_at + timedelta(hours=n % 50) if finished else None,
                    reopened_count=1 if n % 11 == 0 else 0,
                    first_response_due_at=logged_at + timedelta(hours=2),
                    resolution_due_at=logged_at + timedelta(hours=30),
                )
            )
        created = SupportRequest.objects.bulk_create(rows)
        created = SupportRequest.objects.filter(
            reference__in=[row.reference for row in created]
        ).only("pk", "logged_at")
        messages, ratings = [], []
        for n, request in enumerate(created, first):
            messages += [
                Message(
                    request=request,
                    from_staff=True,
                    body="Reply",
                    created_at=request.logged_at + timedelta(minutes=n % 300),
                ),
                Message(
                    request=request,
                    body="Thanks",
                    created_at=request.logged_at + timedelta(minutes=n % 300 + 30),
                ),
            ]
            if n % 3 == 0:
                ratings.append(SatisfactionRating(request=request, score=n % 5 + 1))
        Message.objects.bulk_create(messages)
        SatisfactionRating.objects.bulk_create(ratings)


def requester_list_exists() -> bool:
    try:
        resolve(REQUESTER_LIST)
    except Resolver404:
        return False
    return True


def kpi_report():
    requests = SupportRequest.objects.all()
    kpis.summary(requests)
    list(kpis.per_agent(requests))


def run():
    User = get_user_model()
    supervisor = User.objects.get(username="supervisor")
    agent = User.objects.get(username="agent")
    requester = User.objects.get(username="applicant")
    pages = {
        "admin request listing (supervisor)": get(
            verified_client(supervisor),
            reverse(SupportRequest.snippet_viewset.get_url_name("list")),
        ),
        "KPI report page (supervisor)": get(
            verified_client(supervisor), reverse("saypro_support_reports:kpis")
        ),
    }
    rows = []
    if requester_list_exists():
        pages["requester's own list"] = get(verified_client(requester), REQUESTER_LIST)
    else:
        rows.append(f"note: {REQUESTER_LIST} does not exist yet; requester list not measured")
    SupportRequest.objects.filter(reference__startswith="BENCH-").delete()
    figures = {}
    added = 0
    for size in SIZES:
        add_requests(size - added, added, [agent, supervisor], requester)
        added = size
        for name, call in pages.items():
            call()  # warm caches
            figures[name, size] = queries(call)
    for name in pages:
        small, large = (figures[name, size] for size in SIZES)
        rows.append((f"{name}: SQL queries with {SIZES[0]} requests", small, "queries"))
        rows.append((f"{name}: SQL queries with {SIZES[1]:,} requests", large, "queries"))
        assert small == large, f"{name}: {small} queries with {SIZES[0]}, {large} with {SIZES[1]}"
    if connection.vendor != "postgresql":
        rows.append(
            f"note: the KPI report over {KPI_SIZE:,} requests is timed on PostgreSQL only "
            "(set DATABASE_URL)"
        )
        return rows
    add_requests(KPI_SIZE - added, added, [agent, supervisor], requester)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    times = []
    for _run in range(KPI_RUNS):
        started = time.perf_counter()
        kpi_report()
        times.append((time.perf_counter() - started) * 1000)
    rows.append(
        (
            f"KPI report figures over {SupportRequest.objects.count():,} requests: median",
            round(statistics.median(times), 1),
            "ms",
        )
    )
    started = time.perf_counter()
    response = verified_client(supervisor).get(
        reverse("saypro_support_reports:kpis"), {"period": "this_quarter"}
    )
    assert response.status_code == 200
    rows.append(
        (
            f"KPI report page (this quarter) with {KPI_SIZE:,} requests in the database",
            round((time.perf_counter() - started) * 1000, 1),
            "ms",
        )
    )
    return rows
