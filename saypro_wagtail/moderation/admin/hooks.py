"""Admin wiring of classified ads (in progress: a plain snippet registration for now)."""

from wagtail.snippets.models import register_snippet

from ..models import ClassifiedAd

register_snippet(ClassifiedAd)
