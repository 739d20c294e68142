"""The registration page a new site starts with (``manage.py saypro_setup_pages``)."""

from django.utils.translation import gettext as _

from saypro_wagtail.starting_pages import StartingPage, paragraphs

from .models.pages import RegistrationPage


def registration():
    return {
        "title": _("Create an account"),
        "intro": paragraphs(
            _("With an account you can keep your profile and follow your requests.")
        ),
    }


def starting_pages() -> list[StartingPage]:
    return [StartingPage(RegistrationPage, "register", registration)]
