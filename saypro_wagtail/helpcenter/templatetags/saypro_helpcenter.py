"""Template tags of the help center pages."""

import re
from dataclasses import dataclass

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from ..ratings import vote_of
from ..toc import add_heading_anchors
from ..visitors import voter_for

register = template.Library()


@register.simple_tag
def breadcrumb_pages(page, root):
    """The pages from the help center root down to the parent of ``page``, in one query.

    Plain pages (not ``.specific()``): a crumb needs only a title and a URL.
    """
    if root is None or page.pk == root.pk:
        return []
    return list(Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth"))


@register.simple_tag(takes_context=True)
def article_body(context, page):
    """Render the body blocks, giving each h2 the anchor the table of contents links to."""
    parts, counter = [], 0
    for block in page.body:
        html = block.render(context=context.flatten())
        if block.block_type in ("text", "steps"):
            html, counter = add_heading_anchors(html, counter)
        parts.append(f'<div class="help-block help-block--{block.block_type}">{html}</div>')
    return mark_safe("\n".join(parts))


@register.filter
def highlight(text, query):
    """Escape ``text`` and wrap the words of ``query`` in <mark>."""
    words = [re.escape(word) for word in str(query or "").split() if len(word) > 1]
    escaped = escape(text or "")
    if not words:
        return mark_safe(escaped)
    pattern = re.compile("(" + "|".join(words) + ")", re.IGNORECASE)
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))


@register.simple_tag(takes_context=True)
def visitor_vote(context, page):
    """The current visitor's rating of the article, or None."""
    request = context.get("request")
    if request is None:
        return None
    voter, _new_key = voter_for(request)
    return vote_of(page, voter)


@dataclass
class HelpLanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    translated: bool


@register.simple_tag(takes_context=True)
def help_language_links(context, page, root):
    """Every language the help center exists in; languages lacking this page link to a notice.

    Two queries, whatever the number of languages.
    """
    request = context.get("request")
    if not root:
        return []
    names = get_content_languages()
    translations = {
        p.locale_id: p
        for p in page.get_translations(inclusive=True).live().public().select_related("locale")
    }
    roots = root.get_translations(inclusive=True).live().public().select_related("locale")
    links = []
    for other_root in roots.order_by("locale__language_code"):
        code = other_root.locale.language_code
        translation = translations.get(other_root.locale_id)
        if translation is not None:
            url = translation.get_url(request)
        else:
            url = other_root.get_url(request) + other_root.reverse_subpage(
                "untranslated", kwargs={"translation_key": page.translation_key}
            )
        links.append(
            HelpLanguageLink(
                code,
                names.get(code, code),
                url,
                is_current=other_root.locale_id == page.locale_id,
                translated=translation is not None,
            )
        )
    links.sort(key=lambda link: not link.is_current)
    return links if len(links) > 1 else []


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current URL's query string with ``page`` set to ``number``."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()
