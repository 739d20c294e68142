"""Account links a site's base template can drop in:
``{% include "saypro_profiles/includes/account_links.html" %}``, or the tag alone."""

from django import template
from django.conf import settings
from django.utils import translation

from ..models import RegistrationPage

register = template.Library()


@register.simple_tag(takes_context=True)
def registration_page_url(context) -> str:
    """The sign-up page in the current language (else the default one); empty if none is live."""
    pages = RegistrationPage.objects.live()
    page = (
        pages.filter(locale__language_code=translation.get_language()).first()
        or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    return page.get_url(context.get("request")) if page else ""
