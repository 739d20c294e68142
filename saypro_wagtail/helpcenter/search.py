"""Searching help articles in one language, with filters and editors' promoted results."""

from dataclasses import dataclass, field

from django.apps import apps
from wagtail.search.utils import normalise_query_string

from saypro_wagtail.search_queries import run_search

from .models import HelpArticlePage


@dataclass
class SearchOutcome:
    query: str
    results: object  # a Wagtail search result set (sliceable, has .count())
    promoted: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.results.count() + len(self.promoted)


def article_queryset(root, *, category=None, audience=None):
    articles = HelpArticlePage.objects.live().public().descendant_of(category or root)
    if audience:
        articles = articles.filter(audience__in=[audience, "everyone"])
    return articles


def search_articles(root, query, *, category=None, audience=None) -> SearchOutcome:
    """Full-text search of the articles under ``root`` (so: in the root's language)."""
    articles = article_queryset(root, category=category, audience=audience)
    promoted = promoted_articles(query, articles)
    if promoted:
        articles = articles.exclude(pk__in=[page.pk for page in promoted])

    def search(words):
        results = articles.search(words, operator="and")
        if not results.count():
            # All words matched nothing: fall back to any word, best matches first.
            results = articles.search(words, operator="or")
            results.count()
        return results

    return SearchOutcome(query, run_search(search, query, articles.none()), promoted)


def promoted_articles(query, articles) -> list:
    """Articles that editors promoted for this query (Wagtail's search promotions)."""
    if not apps.is_installed("wagtail.contrib.search_promotions"):
        return []
    from wagtail.contrib.search_promotions.models import SearchPromotion

    page_ids = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query), page__isnull=False
        )
        .order_by("sort_order")
        .values_list("page_id", flat=True)
    )
    by_id = {page.pk: page for page in articles.filter(pk__in=list(page_ids))}
    return [by_id[pk] for pk in page_ids if pk in by_id]


def suggest_articles(root, query, limit):
    """As-you-type suggestions: autocomplete on titles and summaries."""
    articles = HelpArticlePage.objects.live().public().descendant_of(root)
    return run_search(lambda words: list(articles.autocomplete(words)[:limit]), query, [])


def add_promotion_hit(query: str) -> None:
    """Count the search for Wagtail's own "Promoted search results" screens."""
    if apps.is_installed("wagtail.contrib.search_promotions"):
        from wagtail.contrib.search_promotions.models import Query

        Query.get(query).add_hit()
