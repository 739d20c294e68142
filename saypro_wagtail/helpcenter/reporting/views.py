"""The help center's Wagtail reports, each with filters, CSV/XLSX export and a chart.

Figures come from database aggregation; each report page costs the same number of queries
however many rows it shows (the rows' pages, translations and comments are fetched in bulk).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.reports import AppReportView

from ..models import (
    ArticleDailyViews,
    ArticleRating,
    HelpArticlePage,
    HelpSearchQuery,
)
from ..reviews import due_for_review
from . import figures, filters
from .charts import Bar, bar_chart

VIEW_REPORTS = "saypro_helpcenter.view_helpcenter_reports"
COMMENTS_PER_ARTICLE = 3


class HelpReportView(AppReportView):
    """A help center report: only for people with the "view help center reports" permission."""

    permission = VIEW_REPORTS
    url_namespace = "saypro_helpcenter_reports"
    filename_prefix = "help"
    header_icon = "help"
    results_template_name = "saypro_helpcenter/reporting/results.html"

    def filter_queryset(self, queryset):
        return self.aggregate(super().filter_queryset(queryset))

    def aggregate(self, queryset):
        return queryset

    def filter_value(self, name):
        """A filter's cleaned value, or None when the filters are invalid or unset."""
        if self.filters is None or not self.filters.is_valid():
            return None
        return self.filters.form.cleaned_data.get(name)

    def get(self, request, *args, **kwargs):
        self.object_list = self.get_filtered_queryset()
        context = self.get_context_data()
        context["object_list"] = self.decorate_paginated_queryset(context["object_list"])
        if not self.is_export:
            bars = self.chart_bars(context["object_list"])
            context["chart"] = bar_chart(f"chart-{self.url_name}", str(self.chart_title), bars)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = [
            (name, self.export_headings.get(name, name)) for name in self.list_export
        ]
        return context

    def chart_bars(self, rows) -> list[Bar]:
        return []


def page_rows(page_ids):
    """Titles, languages and URLs of articles by id, in one query."""
    return {
        page.pk: page
        for page in HelpArticlePage.objects.filter(pk__in=list(page_ids))
        .select_related("locale")
        .only("id", "title", "translation_key", "locale__language_code", "path", "depth")
    }


def language_name(code):
    return get_content_languages().get(code, code)


@dataclass
class HelpfulnessRow:
    page_id: int
    title: str = ""
    language: str = ""
    helpful: int = 0
    not_helpful: int = 0
    all_languages_helpful: int = 0
    all_languages_total: int = 0
    comments: list = field(default_factory=list)

    @property
    def total(self):
        return self.helpful + self.not_helpful

    @property
    def helpful_percent(self):
        return round(100 * self.helpful / self.total) if self.total else None

    @property
    def all_languages_percent(self):
        if not self.all_languages_total:
            return None
        return round(100 * self.all_languages_helpful / self.all_languages_total)

    @property
    def comments_text(self):
        return " | ".join(self.comments)


class HelpfulnessReportView(HelpReportView):
    page_title = _("Article helpfulness")
    url_name = "helpfulness"
    chart_title = _("Share of “helpful” votes, least helpful articles first (%)")
    filterset_class = filters.HelpfulnessFilterSet
    list_export = [
        "title",
        "language",
        "helpful",
        "not_helpful",
        "helpful_percent",
        "all_languages_percent",
        "all_languages_total",
        "comments_text",
    ]
    export_headings = {
        "title": _("Article"),
        "language": _("Language"),
        "helpful": _("Helpful"),
        "not_helpful": _("Not helpful"),
        "helpful_percent": _("Helpful (%)"),
        "all_languages_percent": _("Helpful, all languages (%)"),
        "all_languages_total": _("Votes, all languages"),
        "comments_text": _("Latest comments"),
    }

    def get_queryset(self):
        return ArticleRating.objects.all()

    def aggregate(self, ratings):
        return figures.helpfulness_per_article(ratings)

    def decorate_paginated_queryset(self, object_list):
        rows = [
            HelpfulnessRow(item["page_id"], helpful=item["yes"], not_helpful=item["no"])
            for item in object_list
        ]
        pages = page_rows(row.page_id for row in rows)
        votes = ArticleRating.objects.all()
        dates = self.filter_value("created_at")
        if dates:  # the same period for the all-languages figures
            if dates.start:
                votes = votes.filter(created_at__date__gte=dates.start)
            if dates.stop:
                votes = votes.filter(created_at__date__lte=dates.stop)
        keys = {page.translation_key for page in pages.values()}
        across = {
            item["page__translation_key"]: item
            for item in votes.filter(page__translation_key__in=keys)
            .values("page__translation_key")
            .annotate(helpful=Count("pk", filter=Q(helpful=True)), total=Count("pk"))
        }
        comments = self.latest_comments(votes, list(pages))
        for row in rows:
            page = pages.get(row.page_id)
            if page is None:
                continue
            row.title = page.title
            row.language = language_name(page.locale.language_code)
            overall = across.get(page.translation_key, {})
            row.all_languages_helpful = overall.get("helpful", 0)
            row.all_languages_total = overall.get("total", 0)
            row.comments = comments.get(row.page_id, [])
        return rows

    @staticmethod
    def latest_comments(votes, page_ids):
        """The latest few "No" comments of each article, in one query."""
        ranked = (
            votes.filter(page_id__in=page_ids, helpful=False)
            .exclude(comment="")
            .annotate(
                rank=Window(
                    RowNumber(), partition_by=[F("page_id")], order_by=F("created_at").desc()
                )
            )
            .filter(rank__lte=COMMENTS_PER_ARTICLE)
            .values_list("page_id", "comment")
        )
        comments = {}
        for page_id, comment in ranked:
            comments.setdefault(page_id, []).append(comment)
        return comments

    def chart_bars(self, rows):
        return [
            Bar(row.title, row.helpful_percent or 0, highlight=(row.helpful_percent or 0) < 50)
            for row in rows[:10]
        ]


@dataclass
class ViewsRow:
    page_id: int
    views: int
    title: str = ""
    language: str = ""


class MostViewedReportView(HelpReportView):
    page_title = _("Most read articles")
    url_name = "most_viewed"
    chart_title = _("Views of the ten most read articles")
    filterset_class = filters.MostViewedFilterSet
    list_export = ["title", "language", "views"]
    export_headings = {"title": _("Article"), "language": _("Language"), "views": _("Views")}

    def get_queryset(self):
        return ArticleDailyViews.objects.all()

    def aggregate(self, daily_views):
        if not self.filter_value("date"):  # default: the recent "popular" window
            since = timezone.localdate() - timedelta(days=saypro_settings.HELPCENTER_POPULAR_DAYS)
            daily_views = daily_views.filter(date__gte=since)
        return figures.views_per_article(daily_views)

    def decorate_paginated_queryset(self, object_list):
        rows = [ViewsRow(item["page_id"], item["views"]) for item in object_list]
        pages = page_rows(row.page_id for row in rows)
        for row in rows:
            if row.page_id in pages:
                row.title = pages[row.page_id].title
                row.language = language_name(pages[row.page_id].locale.language_code)
        return rows

    def chart_bars(self, rows):
        return [Bar(row.title, row.views) for row in rows[:10]]


@dataclass
class SearchRow:
    query_string: str
    language_code: str
    searches: int
    zero_result_searches: int

    @property
    def language(self):
        return language_name(self.language_code)


class SearchTermsReportView(HelpReportView):
    page_title = _("Help center searches")
    url_name = "searches"
    chart_title = _("Most frequent searches (red: searches that found nothing)")
    filterset_class = filters.SearchTermsFilterSet
    list_export = ["query_string", "language", "searches", "zero_result_searches"]
    export_headings = {
        "query_string": _("Search"),
        "language": _("Language"),
        "searches": _("Searches"),
        "zero_result_searches": _("Searches without results"),
    }

    def get_queryset(self):
        return HelpSearchQuery.objects.all()

    def aggregate(self, searches):
        totals = figures.searches_per_term(searches)
        if self.filter_value("zero_results"):
            totals = totals.filter(zero_result_searches__gt=0)
        return totals

    def decorate_paginated_queryset(self, object_list):
        return [
            SearchRow(
                item["query_string"],
                item["locale__language_code"],
                item["searches"],
                item["zero_result_searches"],
            )
            for item in object_list
        ]

    def chart_bars(self, rows):
        return [
            Bar(f"{row.query_string} ({row.language_code})", row.searches,
                highlight=row.zero_result_searches == row.searches)
            for row in rows[:10]
        ]  # fmt: skip


class ReviewDueReportView(HelpReportView):
    page_title = _("Articles due for review")
    url_name = "review_due"
    chart_title = _("Days overdue")
    filterset_class = filters.ReviewDueFilterSet
    list_export = [
        "title",
        "language",
        "owner_name",
        "last_reviewed",
        "review_due_on",
        "days_overdue",
    ]
    export_headings = {
        "title": _("Article"),
        "language": _("Language"),
        "owner_name": _("Owner"),
        "last_reviewed": _("Last reviewed"),
        "review_due_on": _("Due on"),
        "days_overdue": _("Days overdue"),
    }

    def get_queryset(self):
        return due_for_review()

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for page in object_list:
            owner = page.content_owner or page.owner
            page.owner_name = owner.get_full_name() or owner.get_username() if owner else ""
            page.language = language_name(page.locale.language_code)
            page.days_overdue = (today - page.review_due_on).days
        return object_list

    def chart_bars(self, rows):
        return [Bar(page.title, page.days_overdue, highlight=True) for page in list(rows)[:10]]


class TranslationCoverageReportView(HelpReportView):
    """Per language: how many of the default language's articles exist and are live in it.

    The table lists articles (filter "missing in" to see what to translate next); the summary
    per language is the chart and the table above it.
    """

    page_title = _("Translation coverage")
    url_name = "coverage"
    chart_title = _("Live articles per language, as a share of the default language (%)")
    filterset_class = filters.CoverageFilterSet
    list_export = ["title", "language", "translated_into"]
    export_headings = {
        "title": _("Article"),
        "language": _("Language"),
        "translated_into": _("Live in"),
    }

    def get_queryset(self):
        default = Locale.get_default()
        return (
            HelpArticlePage.objects.filter(locale=default)
            .select_related("locale")
            .order_by("title", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        live = {}
        for key, code in (
            HelpArticlePage.objects.live()
            .filter(translation_key__in=[page.translation_key for page in pages])
            .values_list("translation_key", "locale__language_code")
        ):
            live.setdefault(key, []).append(code)
        for page in pages:
            page.language = language_name(page.locale.language_code)
            page.translated_into = ", ".join(sorted(live.get(page.translation_key, [])))
        return pages

    @cached_property
    def coverage(self) -> list[figures.CoverageRow]:
        """One row per content language, from two aggregate queries."""
        return figures.translation_coverage()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = self.coverage
        return context

    def chart_bars(self, rows):
        return [
            Bar(row.language, row.coverage_percent or 0, highlight=(row.coverage_percent or 0) < 50)
            for row in self.coverage
        ]


REPORTS = [
    HelpfulnessReportView,
    MostViewedReportView,
    SearchTermsReportView,
    ReviewDueReportView,
    TranslationCoverageReportView,
]
