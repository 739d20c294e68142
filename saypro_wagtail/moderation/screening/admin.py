"""Banned phrases in the Wagtail admin: a snippet that Ad Moderators keep.

Wagtail's model permission policy decides who sees the menu item and the screens: Ad
Moderators have add/change/delete/view (``wagtail_hooks.MODERATOR_PERMISSIONS``).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet

from saypro_wagtail.snippet_visibility import VisibleSnippetViewSet

from ..models import BannedPhrase
from .rules import BannedPhraseRule, fold


def language_choices():
    return [("", _("All languages")), *settings.LANGUAGES]


def language_name(code: str) -> str:
    if not code:
        return str(_("All languages"))
    return str(dict(settings.LANGUAGES).get(code, code))


class BannedPhraseForm(WagtailAdminModelForm):
    """The phrase, tidied; the language as a choice of the site's languages or all of them."""

    language = forms.TypedChoiceField(
        label=_("language"),
        choices=language_choices,
        required=False,
        empty_value="",
        help_text=_("Only ads in this language are checked for the phrase."),
    )

    def clean_phrase(self):
        phrase = " ".join((self.cleaned_data.get("phrase") or "").split())
        if BannedPhraseRule.pattern(phrase) is None:
            raise forms.ValidationError(
                _("Enter at least one letter or digit: punctuation alone is ignored.")
            )
        return phrase

    def clean(self):
        cleaned = super().clean()
        phrase = cleaned.get("phrase")
        if phrase is None or "language" in self.errors:
            return cleaned
        language = cleaned.get("language", "")
        others = BannedPhrase.objects.filter(language=language).exclude(pk=self.instance.pk)
        # Screening ignores case and accents, so "Argent facile" repeats "argent FACILE".
        wanted = fold(phrase)
        if any(fold(other) == wanted for other in others.values_list("phrase", flat=True)):
            self.add_error(
                "phrase",
                _("This phrase is already on the list for this language."),
            )
        return cleaned

    class Meta:
        model = BannedPhrase
        fields = ["phrase", "language", "note", "active"]


class BannedPhraseViewSet(VisibleSnippetViewSet):
    model = BannedPhrase
    icon = "warning"
    menu_label = _("Banned phrases")
    menu_name = "banned_phrases"
    menu_order = 310
    add_to_admin_menu = True
    menu_hook = "register_saypro_moderation_menu_item"  # inside the "Moderation" menu
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    search_fields = ["phrase", "note"]
    list_filter = ["active", "language"]
    list_per_page = 50
    list_display = [
        "phrase",
        Column(
            "language",
            label=_("Language"),
            accessor=lambda phrase: language_name(phrase.language),
            sort_key="language",
        ),
        "note",
        BooleanColumn("active", label=_("Active")),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("phrase"),
            FieldPanel("language"),
            FieldPanel("note"),
            FieldPanel("active"),
        ],
        base_form_class=BannedPhraseForm,
    )


register_snippet(BannedPhraseViewSet)
