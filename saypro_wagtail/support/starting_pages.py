"""The contact support page a new site starts with (``manage.py saypro_setup_pages``)."""

from django.utils.translation import gettext as _

from saypro_wagtail.starting_pages import StartingPage, paragraphs

from .models.pages import ContactSupportPage


def contact_support():
    return {
        "title": _("Contact support"),
        "intro": paragraphs(_("Tell us what went wrong. We answer by e-mail.")),
        "thank_you": paragraphs(_("Thank you. We have received your request.")),
    }


def starting_pages() -> list[StartingPage]:
    return [StartingPage(ContactSupportPage, "contact-support", contact_support)]
