"""The moderation report's filters: a date range and the length of a period (invalid input is a
form error, never a 500)."""

from datetime import timedelta

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from ..models import ModerationDecision
from .figures import DAY, MONTH, WEEK

DEFAULT_DAYS = 30
# Longest range shown per day: a longer one is counted per week or per month instead.
MAX_DAYS_PER_DAY = 400
INTERVAL_CHOICES = [(DAY, _("Day")), (WEEK, _("Week")), (MONTH, _("Month"))]


def _day(value):
    """The filter gives aware datetimes at the start or end of a day: the day itself."""
    if value is None:
        return None
    return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()


class RangeForm(forms.Form):
    def clean(self):
        data = super().clean()
        dates = data.get("decided")
        if dates and dates.start and dates.stop and dates.start > dates.stop:
            self.add_error("decided", _("The last day must not be before the first day."))
        return data


class OutcomesFilterSet(WagtailFilterSet):
    """The view reads the cleaned values; the filters themselves leave the queryset alone."""

    decided = django_filters.DateFromToRangeFilter(
        label=_("Between"), method="keep", widget=DateRangePickerWidget
    )
    interval = django_filters.ChoiceFilter(
        label=_("Figures per"),
        choices=INTERVAL_CHOICES,
        empty_label=None,
        method="keep",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ModerationDecision
        fields = []
        form = RangeForm

    def keep(self, queryset, name, value):
        return queryset

    def chosen(self):
        """``(first day, last day, interval, default period?)``; the last 30 days by default."""
        data = self.form.cleaned_data if self.is_valid() else {}
        dates = data.get("decided")
        today = timezone.localdate()
        first, last = (_day(dates.start), _day(dates.stop)) if dates else (None, None)
        default = not (first or last)
        last = last or today
        first = first or (last - timedelta(days=DEFAULT_DAYS - 1))
        interval = data.get("interval") or DAY
        if interval == DAY and (last - first).days >= MAX_DAYS_PER_DAY:
            interval = MONTH
        return first, last, interval, default
