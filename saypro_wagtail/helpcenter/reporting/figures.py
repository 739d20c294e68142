"""Help center figures shared by the admin reports and the monthly report section.

Each function returns a queryset (or a short list) aggregated in the database, so the caller
pays a fixed number of queries however many votes, views or searches there are.
"""

from dataclasses import dataclass

from django.db.models import Avg, Case, Count, FloatField, Q, Sum, Value, When
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from ..models import HelpArticlePage, HelpCategoryPage


def views_per_article(daily_views):
    """``{"page_id", "views"}`` per article, most read first."""
    return daily_views.values("page_id").annotate(views=Sum("views")).order_by("-views", "page_id")


def helpfulness_per_article(ratings):
    """``{"page_id", "yes", "no", "votes", "share"}`` per article, least helpful first.

    Annotation names differ from the model's fields ("helpful") so they do not shadow them.
    """
    return (
        ratings.values("page_id")
        .annotate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
            votes=Count("pk"),
            share=Avg(  # the mean of 1 (yes) and 0 (no); PostgreSQL cannot cast booleans
                Case(When(helpful=True, then=Value(1.0)), default=Value(0.0)),
                output_field=FloatField(),
            ),
        )
        .order_by("share", "-votes", "page_id")
    )


def searches_per_term(searches):
    """``{"query_string", "locale__language_code", "searches", "zero_result_searches"}``."""
    return (
        searches.values("query_string", "locale__language_code")
        .annotate(searches=Sum("hits"), zero_result_searches=Sum("zero_result_hits"))
        .order_by("-searches", "query_string")
    )


@dataclass
class CoverageRow:
    language_code: str
    articles: int
    live_articles: int
    categories: int
    reference: int

    @property
    def language(self):
        return get_content_languages().get(self.language_code, self.language_code)

    @property
    def coverage_percent(self):
        return round(100 * self.live_articles / self.reference) if self.reference else None


def translation_coverage() -> list[CoverageRow]:
    """One row per content language (live articles against the default language's), from two
    aggregate queries (and the default locale)."""
    articles = {
        item["locale__language_code"]: item
        # order_by(): the pages' default ordering (path) would split the groups.
        for item in HelpArticlePage.objects.order_by()
        .values("locale__language_code")
        .annotate(articles=Count("pk"), live_articles=Count("pk", filter=Q(live=True)))
    }
    categories = dict(
        HelpCategoryPage.objects.order_by()
        .values("locale__language_code")
        .annotate(count=Count("pk"))
        .values_list("locale__language_code", "count")
    )
    default_code = Locale.get_default().language_code
    reference = articles.get(default_code, {}).get("live_articles", 0)
    return [
        CoverageRow(
            code,
            articles.get(code, {}).get("articles", 0),
            articles.get(code, {}).get("live_articles", 0),
            categories.get(code, 0),
            reference,
        )
        for code in get_content_languages()
    ]
