"""The help center a new site starts with: its front page, a category and a welcome article
that tells editors how to fill it (``manage.py saypro_setup_pages``)."""

from django.utils.translation import gettext as _

from saypro_wagtail.starting_pages import StartingPage, paragraphs

from .models import HelpArticlePage, HelpCategoryPage, HelpCenterPage


def help_center():
    return {
        "title": _("Help center"),
        "intro": paragraphs(_("Find answers to common questions, or ask us for help.")),
    }


def getting_started():
    return {
        "title": _("Getting started"),
        "intro": paragraphs(_("First steps with this site and its help center.")),
    }


def welcome_article():
    return {
        "title": _("Welcome to the help center"),
        "summary": _("How this help center is organised and how editors add articles to it."),
        "body": [
            (
                "text",
                paragraphs(
                    _(
                        "Articles are grouped in categories. Visitors can search them, say "
                        "whether an article helped, and contact support when it did not."
                    ),
                ),
            ),
            (
                "steps",
                {
                    "heading": _("Add your own articles"),
                    "steps": [
                        {
                            "title": _("Sign in to the Wagtail admin"),
                            "text": paragraphs(
                                _("Editors need the Help Center Editors or Publishers role.")
                            ),
                        },
                        {
                            "title": _("Open the help center under Pages"),
                            "text": paragraphs(
                                _("Add a category for each topic, such as Payments or Accounts.")
                            ),
                        },
                        {
                            "title": _("Write an article in a category"),
                            "text": paragraphs(
                                _(
                                    "Its summary is shown in listings and search results. "
                                    "Publish it, or submit it for review."
                                )
                            ),
                        },
                        {
                            "title": _("Translate it"),
                            "text": paragraphs(
                                _(
                                    "Use “Translate” in the page's menu to add it in the site's "
                                    "other languages."
                                )
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": paragraphs(
                        _("Replace or delete this article once your own articles are published.")
                    ),
                },
            ),
        ],
    }


def starting_pages() -> list[StartingPage]:
    article = StartingPage(HelpArticlePage, "welcome", welcome_article)
    category = StartingPage(HelpCategoryPage, "getting-started", getting_started, (article,))
    return [
        StartingPage(
            HelpCenterPage,
            "help",
            help_center,
            (category,),
            links=(("support_page", "saypro_support.ContactSupportPage"),),
        )
    ]
