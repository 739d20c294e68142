from wagtail.snippets.models import register_snippet

from .models import CommunityNotice

register_snippet(CommunityNotice)
