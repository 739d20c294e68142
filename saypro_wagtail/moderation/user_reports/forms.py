"""The "report this" form visitors fill in, and the moderator's note on a decision."""

from django import forms
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.forms import AccessibleFormMixin

from ..choices import REPORT_REASON_CHOICES


class ReportForm(AccessibleFormMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"),
        choices=REPORT_REASON_CHOICES,
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional. Anything that helps a moderator understand the problem."),
    )
    # Left empty by people; filled in by many bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why you decided this. When a report is upheld, the owner reads it."),
    )
