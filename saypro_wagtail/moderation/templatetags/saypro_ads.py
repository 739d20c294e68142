"""The link to the classified ads page a site's header can drop in:
``{% include "saypro_moderation/includes/ads_link.html" %}``, or the tag alone."""

from django import template
from django.conf import settings
from django.utils import translation

from ..models import AdIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def ads_page_url(context) -> str:
    """The ads page in the current language (else the default one); empty if none is live."""
    pages = AdIndexPage.objects.live()
    page = (
        pages.filter(locale__language_code=translation.get_language()).first()
        or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    return page.get_url(context.get("request")) if page else ""
