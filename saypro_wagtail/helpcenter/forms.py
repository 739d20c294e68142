from django import forms
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.search_queries import SearchQueryField

HELPFUL_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class FeedbackForm(forms.Form):
    """A vote, a comment, or both. ``website`` is a honeypot that people never see."""

    helpful = forms.ChoiceField(
        label=_("Was this helpful?"), choices=HELPFUL_CHOICES, required=False
    )
    comment = forms.CharField(
        label=_("What was missing or unclear?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean(self):
        data = super().clean()
        if not data.get("helpful") and not data.get("comment", "").strip():
            raise forms.ValidationError(_("Choose Yes or No, or write a comment."))
        return data


class SearchForm(forms.Form):
    q = SearchQueryField(label=_("Search the help center"))
    category = forms.TypedChoiceField(
        label=_("Category"), required=False, coerce=int, empty_value=None
    )
    audience = forms.ChoiceField(label=_("For"), required=False)

    def __init__(self, *args, categories=(), audiences=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.pk, category.title) for category in categories
        ]
        self.fields["audience"].choices = [("", _("Everyone"))] + list(audiences)
