"""System checks: what a site must install for the help center's pages to work."""

from django.apps import apps
from django.core.checks import Error, Warning

from saypro_wagtail.checks import app_urls


def helpcenter_configured(app_configs, **kwargs):
    problems = []
    if not apps.is_installed("wagtail.contrib.routable_page"):
        problems.append(
            Error(
                "The help center's pages use Wagtail's routable pages (search, votes), whose "
                "template tags are not available, so every help center page fails.",
                hint="Add 'wagtail.contrib.routable_page' to INSTALLED_APPS.",
                id="saypro_helpcenter.E201",
            )
        )
    if not apps.is_installed("wagtail.contrib.search_promotions"):
        problems.append(
            Warning(
                "Editors cannot promote help articles for a search term, and help center "
                "searches do not appear in Wagtail's search terms.",
                hint="Add 'wagtail.contrib.search_promotions' to INSTALLED_APPS.",
                id="saypro_helpcenter.W202",
            )
        )
    return problems


def helpcenter_urls(app_configs, **kwargs):
    return app_urls(
        "saypro_helpcenter",
        "suggestions",
        "saypro_wagtail.helpcenter.urls",
        "api/help/",
        missing_id="saypro_helpcenter.E203",
        hidden_id="saypro_helpcenter.E204",
    )
