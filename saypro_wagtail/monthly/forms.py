"""The form that picks the period of the monthly report."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .periods import MONTH, QUARTER, Period

RECENT_MONTHS = 24
RECENT_QUARTERS = 8


def recent_periods(kind: str, count: int, today=None) -> list[Period]:
    """The ``count`` latest complete periods of ``kind``, newest first."""
    period = Period.last_complete(kind, today)
    periods = []
    for _index in range(count):
        periods.append(period)
        period = period.previous()
    return periods


class PeriodForm(forms.Form):
    """A month (of the last 24) or a quarter (of the last 8), as a period slug."""

    period = forms.ChoiceField(
        label=_("Period"),
        help_text=_("A month or a quarter that has ended."),
        error_messages={"invalid_choice": _("Choose a month or a quarter from the list.")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        today = today or timezone.localdate()
        months = recent_periods(MONTH, RECENT_MONTHS, today)
        quarters = recent_periods(QUARTER, RECENT_QUARTERS, today)
        self.fields["period"].choices = [
            (_("Months"), [(period.slug, period.label) for period in months]),
            (_("Quarters"), [(period.slug, period.label) for period in quarters]),
        ]
        self.fields["period"].initial = months[0].slug
        self.default_period = months[0]

    def clean_period(self) -> Period:
        return Period.from_slug(self.cleaned_data["period"])
