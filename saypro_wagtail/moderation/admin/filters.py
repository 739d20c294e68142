"""Filters of the classified ads listing."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES

from ..choices import STATUS_CHOICES
from ..models import ClassifiedAd

YES_NO = [("true", _("Yes")), ("false", _("No"))]


class ClassifiedAdFilterSet(WagtailFilterSet):
    moderation_status = django_filters.MultipleChoiceFilter(
        label=_("Moderation status"), choices=STATUS_CHOICES
    )
    category = django_filters.ChoiceFilter(label=_("Category"), choices=AD_CATEGORY_CHOICES)
    screening_flagged = django_filters.BooleanFilter(
        label=_("Flagged by screening"),
        widget=django_filters.widgets.BooleanWidget(),
    )
    has_open_reports = django_filters.BooleanFilter(
        label=_("Has open reports"),
        method="filter_has_open_reports",
        widget=django_filters.widgets.BooleanWidget(),
    )
    live = django_filters.BooleanFilter(
        label=_("Live"), widget=django_filters.widgets.BooleanWidget()
    )

    class Meta:
        model = ClassifiedAd
        fields = []

    def filter_has_open_reports(self, queryset, name, value):
        if value is None:
            return queryset
        if value:
            return queryset.filter(open_reports__gt=0)
        return queryset.filter(open_reports=0)
