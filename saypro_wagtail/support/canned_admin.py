"""Canned responses in the admin (Snippets): supervisors write them, in each language, and agents
pick them when replying."""

from wagtail.snippets.models import register_snippet

from saypro_wagtail.snippet_visibility import VisibleSnippetViewSet

from .models import CannedResponse


class CannedResponseViewSet(VisibleSnippetViewSet):
    model = CannedResponse
    icon = "openquote"
    list_display = ["title", "locale"]
    list_filter = ["locale"]
    search_fields = ["title", "body"]


register_snippet(CannedResponseViewSet)
