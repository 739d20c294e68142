"""The classified ads page a new site starts with (``manage.py saypro_setup_pages``)."""

from django.utils.translation import gettext as _

from saypro_wagtail.starting_pages import StartingPage, paragraphs

from .models.pages import AdIndexPage


def classified_ads():
    return {
        "title": _("Classified ads"),
        "intro": paragraphs(_("Browse the ads by category or search them.")),
    }


def starting_pages() -> list[StartingPage]:
    return [StartingPage(AdIndexPage, "ads", classified_ads)]
