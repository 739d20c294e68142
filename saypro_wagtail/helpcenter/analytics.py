"""Article views and searches, counted without a database write per request.

Views are buffered in process memory and written in one batch every few seconds (or every few
hundred views), per day and article. A process that dies loses at most that buffer, which is
fine for reading statistics and keeps the article page free of writes.
"""

import threading
import time
from collections import Counter
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from saypro_wagtail.conf import saypro_settings

from .models import ArticleDailyViews, HelpArticlePage, HelpSearchQuery


class ViewBuffer:
    """Counts views per (article, day) in memory and flushes them in batches."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts: Counter = Counter()
        self.last_flush = time.monotonic()

    def add(self, page_id: int) -> None:
        with self.lock:
            self.counts[(page_id, timezone.localdate())] += 1
            due = (
                sum(self.counts.values()) >= saypro_settings.HELPCENTER_VIEW_FLUSH_SIZE
                or time.monotonic() - self.last_flush
                >= saypro_settings.HELPCENTER_VIEW_FLUSH_SECONDS
            )
        if due:
            self.flush()

    def clear(self) -> None:
        """Forget the buffered views; the next flush is again a full period away."""
        with self.lock:
            self.counts.clear()
            self.last_flush = time.monotonic()

    def flush(self) -> int:
        """Write the buffered views; returns how many views were written."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
            self.last_flush = time.monotonic()
        # Articles deleted since they were read have nothing left to count against.
        page_ids = {page_id for page_id, _date in counts}
        existing = set(HelpArticlePage.objects.filter(pk__in=page_ids).values_list("pk", flat=True))
        written = 0
        for (page_id, date), views in counts.items():
            if page_id in existing:
                add_views(page_id, date, views)
                written += views
        return written


def add_views(page_id: int, date, views: int) -> None:
    """Add to the day's counter with an UPDATE ... SET views = views + n (exact in parallel)."""
    increment_daily_row(
        ArticleDailyViews.objects.filter(page_id=page_id, date=date),
        updates={"views": F("views") + views},
        create={"page_id": page_id, "date": date, "views": views},
    )


def increment_daily_row(rows, *, updates: dict, create: dict) -> None:
    """Apply ``updates`` (F() increments) to the one row of ``rows``, creating it if missing.

    Parallel requests may both find no row: the loser of the unique constraint updates instead.
    """
    if rows.update(**updates):
        return
    try:
        with transaction.atomic():
            rows.model.objects.create(**create)
    except IntegrityError:  # another process created the row first
        rows.update(**updates)


view_buffer = ViewBuffer()


def count_view(page_id: int) -> None:
    view_buffer.add(page_id)


def popular_articles(root, limit=5, days=None):
    """The most viewed live articles under ``root`` over the last days."""
    days = days or saypro_settings.HELPCENTER_POPULAR_DAYS
    since = timezone.localdate() - timedelta(days=days)
    return (
        HelpArticlePage.objects.live()
        .public()
        .descendant_of(root)
        .filter(daily_views__date__gte=since)
        .annotate(recent_views=Sum("daily_views__views"))
        .order_by("-recent_views", "title")
        .only("id", "title", "url_path", "summary", "path", "depth", "locale_id")[:limit]
    )


def record_search(query_string: str, locale, result_count: int) -> None:
    """Count a search of the day in its language, with whether it found anything."""
    query_string = normalise_query_string(query_string)[:255]
    if not query_string:
        return
    zero = 1 if result_count == 0 else 0
    today = timezone.localdate()
    increment_daily_row(
        HelpSearchQuery.objects.filter(query_string=query_string, locale=locale, date=today),
        updates={
            "hits": F("hits") + 1,
            "zero_result_hits": F("zero_result_hits") + zero,
            "last_result_count": result_count,
        },
        create={
            "query_string": query_string,
            "locale": locale,
            "date": today,
            "hits": 1,
            "zero_result_hits": zero,
            "last_result_count": result_count,
        },
    )
