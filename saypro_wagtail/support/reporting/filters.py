"""The period filter of the support reports (invalid input is a form error, never a 500)."""

from datetime import date, timedelta

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import AdminDateInput

from .. import sla
from ..choices import STATUS_CHOICES
from ..models import SupportRequest

THIS_MONTH = "this_month"
LAST_MONTH = "last_month"
THIS_QUARTER = "this_quarter"
LAST_QUARTER = "last_quarter"
CUSTOM = "custom"
PERIOD_CHOICES = [
    (THIS_MONTH, _("This month")),
    (LAST_MONTH, _("Last month")),
    (THIS_QUARTER, _("This quarter")),
    (LAST_QUARTER, _("Last quarter")),
    (CUSTOM, _("Dates below")),
]


def _month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def period_dates(period: str, start=None, end=None, today=None) -> tuple[date, date]:
    """First and last day (inclusive) of a period."""
    today = today or timezone.localdate()
    if period == CUSTOM:
        return start, end
    if period in (THIS_QUARTER, LAST_QUARTER):
        first = _month_start(today, (today.month - 1) % 3 + (3 if period == LAST_QUARTER else 0))
        length = 3
    else:
        first = _month_start(today, 1 if period == LAST_MONTH else 0)
        length = 1
    following = _month_start(first, -length)
    return first, following - timedelta(days=1)


class PeriodForm(forms.Form):
    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if data.get("period") == CUSTOM:
            if not start:
                self.add_error("start", _("Choose the first day of the period."))
            if not end:
                self.add_error("end", _("Choose the last day of the period."))
        if start and end and start > end:
            self.add_error("end", _("The last day must not be before the first day."))
        return data


class PeriodFilterSet(WagtailFilterSet):
    """Requests logged in a month, a quarter or between two dates (filtered by the view)."""

    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=PERIOD_CHOICES,
        empty_label=None,
        method="keep",
        widget=forms.RadioSelect,
    )
    start = django_filters.DateFilter(
        label=_("From (dates below)"), method="keep", widget=AdminDateInput
    )
    end = django_filters.DateFilter(
        label=_("To (dates below)"), method="keep", widget=AdminDateInput
    )

    class Meta:
        model = SupportRequest
        fields = []
        form = PeriodForm

    def keep(self, queryset, name, value):
        return queryset  # the view applies the period once all fields are known

    def dates(self) -> tuple[date, date]:
        data = self.form.cleaned_data if self.is_valid() else {}
        period = data.get("period") or THIS_MONTH
        if period != CUSTOM and (data.get("start") or data.get("end")):
            period = CUSTOM  # dates typed in without choosing "dates below"
        if period == CUSTOM and not (data.get("start") and data.get("end")):
            period = THIS_MONTH
        return period_dates(period, data.get("start"), data.get("end"))


def sla_state_q(state: str, now=None):
    """Requests in an SLA state: breached (either target), due soon, or on time."""
    now = now or timezone.now()
    breached = sla.breached_q(sla.FIRST_RESPONSE, now) | sla.breached_q(sla.RESOLUTION, now)
    due_soon = sla.due_soon_q(sla.FIRST_RESPONSE, now) | sla.due_soon_q(sla.RESOLUTION, now)
    if state == sla.BREACHED:
        return breached
    if state == sla.DUE_SOON:
        return due_soon & ~breached
    return ~breached & ~due_soon


class RequestsFilterSet(WagtailFilterSet):
    logged_at = django_filters.DateFromToRangeFilter(
        field_name="logged_at__date", label=_("Logged between"), widget=DateRangePickerWidget
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    sla_state = django_filters.ChoiceFilter(
        label=_("Service level"),
        choices=sla.STATE_CHOICES,
        empty_label=_("All"),
        method="filter_sla_state",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SupportRequest
        fields = []

    def filter_sla_state(self, queryset, name, state):
        return queryset.filter(sla_state_q(state)) if state else queryset
