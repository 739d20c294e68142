"""The help center's section of the monthly report: reading, helpfulness, searches, reviews and
translations in the period.

Figures come from the help center reports' aggregations (:mod:`.reporting.figures`): a fixed
number of queries however many views, votes or searches the period has.
"""

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant

from saypro_wagtail.figures import percent
from saypro_wagtail.monthly.sections import HOOK, ReportSection

from .models import ArticleDailyViews, ArticleRating, HelpArticlePage, HelpSearchQuery
from .reporting import figures
from .reviews import due_for_review

#: Rows of the "top" and "least" tables.
TOP = 10


def language_name(code: str) -> str:
    """A content language's name in the active language (its configured name otherwise)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return str(get_content_languages().get(code, code))


class HelpCenterSection(ReportSection):
    name = "helpcenter"
    title = _("Help center")
    order = 20
    metric_labels = {
        "article_views": _("Article views"),
        "helpful_votes": _("“Helpful” votes"),
        "not_helpful_votes": _("“Not helpful” votes"),
        "helpful_percent": _("Helpful votes (%)"),
        "searches": _("Searches"),
        "zero_result_searches": _("Searches without results"),
        "zero_result_rate": _("Searches without results (%)"),
        "overdue_reviews": _("Articles overdue for review at the end of the period"),
        "live_articles": _("Live articles in the default language"),
    }
    breakdown_titles = {
        "top_articles": _("Most read articles"),
        "least_helpful": _("Least helpful articles"),
        "zero_result_terms": _("Most frequent searches without results"),
        "translation_coverage": _("Translation coverage"),
    }
    column_labels = {
        "views": _("Views"),
        "helpful": _("Helpful"),
        "not_helpful": _("Not helpful"),
        "helpful_percent": _("Helpful (%)"),
        "zero_result_searches": _("Searches without results"),
        "searches": _("Searches"),
        "coverage_percent": _("Translated and live (%)"),
        "live_articles": _("Live articles"),
    }
    note_labels = {
        "current_articles": _(
            "Articles overdue for review and translation coverage describe the articles as they "
            "are when the report is made."
        ),
    }

    def compute(self, period) -> dict:
        days = {"date__gte": period.first, "date__lte": period.last}
        daily_views = ArticleDailyViews.objects.filter(**days)
        total_views = daily_views.aggregate(views=Sum("views"))["views"] or 0
        top_articles = list(figures.views_per_article(daily_views)[:TOP])

        ratings = ArticleRating.objects.filter(
            created_at__gte=period.start, created_at__lt=period.end
        )
        votes = ratings.aggregate(
            yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
        )
        least_helpful = list(figures.helpfulness_per_article(ratings)[:TOP])

        searches = HelpSearchQuery.objects.filter(**days)
        search_totals = searches.aggregate(searches=Sum("hits"), zero=Sum("zero_result_hits"))
        total_searches = search_totals["searches"] or 0
        zero_results = search_totals["zero"] or 0
        zero_terms = list(
            figures.searches_per_term(searches)
            .filter(zero_result_searches__gt=0)
            .order_by("-zero_result_searches", "query_string", "locale__language_code")[:TOP]
        )

        overdue = due_for_review(period.last).count()
        coverage = figures.translation_coverage()
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        reference = next((row.reference for row in coverage), 0)

        titles = dict(
            HelpArticlePage.objects.filter(
                pk__in={row["page_id"] for row in top_articles + least_helpful}
            ).values_list("pk", "title")
        )

        return {
            "metrics": [
                {"key": "article_views", "value": total_views, "unit": "count"},
                {"key": "helpful_votes", "value": votes["yes"], "unit": "count"},
                {"key": "not_helpful_votes", "value": votes["no"], "unit": "count"},
                {
                    "key": "helpful_percent",
                    "value": percent(votes["yes"], votes["yes"] + votes["no"]),
                    "unit": "percent",
                },
                {"key": "searches", "value": total_searches, "unit": "count"},
                {"key": "zero_result_searches", "value": zero_results, "unit": "count"},
                {
                    "key": "zero_result_rate",
                    "value": percent(zero_results, total_searches),
                    "unit": "percent",
                },
                {"key": "overdue_reviews", "value": overdue, "unit": "count"},
                {"key": "live_articles", "value": reference, "unit": "count"},
            ],
            "breakdowns": [
                {
                    "key": "top_articles",
                    "chart": True,
                    "columns": ["views"],
                    "rows": [
                        {
                            "key": row["page_id"],
                            "label": titles.get(row["page_id"], ""),
                            "values": [row["views"]],
                        }
                        for row in top_articles
                    ],
                },
                {
                    "key": "least_helpful",
                    "chart": False,
                    "columns": ["helpful", "not_helpful", "helpful_percent"],
                    "rows": [
                        {
                            "key": row["page_id"],
                            "label": titles.get(row["page_id"], ""),
                            "values": [row["yes"], row["no"], percent(row["yes"], row["votes"])],
                        }
                        for row in least_helpful
                    ],
                },
                {
                    "key": "zero_result_terms",
                    "chart": False,
                    "columns": ["zero_result_searches", "searches"],
                    "rows": [
                        {
                            "key": f"{row['locale__language_code']}:{row['query_string']}",
                            "label": row["query_string"],
                            "language": row["locale__language_code"],
                            "values": [row["zero_result_searches"], row["searches"]],
                        }
                        for row in zero_terms
                    ],
                },
                {
                    "key": "translation_coverage",
                    "chart": True,
                    "columns": ["coverage_percent", "live_articles"],
                    "rows": [
                        {
                            "key": row.language_code,
                            "label": "",
                            "values": [
                                percent(row.live_articles, row.reference),
                                row.live_articles,
                            ],
                        }
                        for row in coverage
                        if row.language_code != default
                    ],
                },
            ],
            "notes": ["current_articles"],
        }

    def row_label(self, breakdown_key: str, row: dict) -> str:
        if breakdown_key == "translation_coverage":
            return language_name(row["key"])
        if breakdown_key == "zero_result_terms":
            return _("%(term)s (%(language)s)") % {
                "term": row["label"],
                "language": language_name(row.get("language", "")),
            }
        return super().row_label(breakdown_key, row)


@hooks.register(HOOK)
def monthly_report_sections():
    return [HelpCenterSection()]
