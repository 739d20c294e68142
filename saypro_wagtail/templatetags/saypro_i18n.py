"""Template tags for multilingual pages."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

register = template.Library()


@dataclass
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool


@register.simple_tag(takes_context=True)
def saypro_language_links(context, page):
    """Links to the live translations of ``page``, the current one first, in one query.

    Only languages the page really exists in are listed, so a visitor never lands on a 404.
    """
    # Error pages and non-Wagtail views may have no page, or a "page" that is something else.
    if not isinstance(page, Page) or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    request = context.get("request")
    names = get_content_languages()
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    links = [
        LanguageLink(
            language_code=translation.locale.language_code,
            name=names.get(translation.locale.language_code, translation.locale.language_code),
            url=translation.get_url(request),
            is_current=translation.pk == page.pk,
        )
        for translation in translations
    ]
    links.sort(key=lambda link: not link.is_current)
    return links if len(links) > 1 else []
