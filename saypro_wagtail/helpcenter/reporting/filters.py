"""Filters of the help center reports (invalid input shows as a form error, never a 500)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.coreutils import get_content_languages

from ..models import (
    ArticleDailyViews,
    ArticleRating,
    HelpArticlePage,
    HelpCategoryPage,
    HelpSearchQuery,
)


def language_filter(field_name):
    return django_filters.ChoiceFilter(
        field_name=field_name,
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )


def date_filter(field_name, label):
    return django_filters.DateFromToRangeFilter(
        field_name=field_name, label=label, widget=DateRangePickerWidget
    )


class CategoryFilter(django_filters.ModelChoiceFilter):
    """Articles anywhere under a category (any depth)."""

    def __init__(self, *, prefix="", **kwargs):
        self.prefix = prefix
        kwargs.setdefault("label", _("Category"))
        kwargs.setdefault("queryset", HelpCategoryPage.objects.order_by("path"))
        super().__init__(**kwargs)

    def filter(self, qs, category):
        if not category:
            return qs
        return qs.filter(
            **{
                f"{self.prefix}path__startswith": category.path,
                f"{self.prefix}depth__gt": category.depth,
            }
        )


class HelpfulnessFilterSet(WagtailFilterSet):
    language = language_filter("page__locale__language_code")
    category = CategoryFilter(prefix="page__")
    created_at = date_filter("created_at__date", _("Votes between"))

    class Meta:
        model = ArticleRating
        fields = []


class MostViewedFilterSet(WagtailFilterSet):
    language = language_filter("page__locale__language_code")
    category = CategoryFilter(prefix="page__")
    date = date_filter("date", _("Read between"))

    class Meta:
        model = ArticleDailyViews
        fields = []


class SearchTermsFilterSet(WagtailFilterSet):
    language = language_filter("locale__language_code")
    date = date_filter("date", _("Searched between"))
    zero_results = django_filters.BooleanFilter(
        label=_("Only searches without results"),
        method="filter_zero_results",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = HelpSearchQuery
        fields = []

    def filter_zero_results(self, queryset, name, value):
        # Applied by the report after it sums the days (a HAVING), so that a search's totals
        # keep the days on which it did find something.
        return queryset


class ReviewDueFilterSet(WagtailFilterSet):
    # WagtailFilterSet adds a "locale" filter itself on translatable models.
    category = CategoryFilter()
    content_owner = django_filters.ModelChoiceFilter(
        label=_("Owner"),
        queryset=lambda request: HelpArticlePage.content_owner.field.related_model.objects.filter(
            pk__in=HelpArticlePage.objects.values("content_owner")
        ),
    )

    class Meta:
        model = HelpArticlePage
        fields = []


class CoverageFilterSet(WagtailFilterSet):
    missing_in = django_filters.ChoiceFilter(
        label=_("Missing in"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=_("Any language"),
        method="filter_missing_in",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = HelpArticlePage
        fields = []

    def filter_missing_in(self, queryset, name, language_code):
        translated = HelpArticlePage.objects.filter(locale__language_code=language_code).values(
            "translation_key"
        )
        return queryset.exclude(translation_key__in=translated)
