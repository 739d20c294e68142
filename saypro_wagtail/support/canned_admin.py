"""Canned responses in the admin (Snippets): supervisors write them, in each language, and agents
pick them when replying."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from saypro_wagtail.snippet_visibility import PolicyChooserViewSet

from .models import CannedResponse


class CannedResponseViewSet(SnippetViewSet):
    model = CannedResponse
    icon = "openquote"
    chooser_viewset_class = PolicyChooserViewSet
    list_display = ["title", "locale"]
    list_filter = ["locale"]
    search_fields = ["title", "body"]


register_snippet(CannedResponseViewSet)
