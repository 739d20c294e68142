"""System checks: what a site must set up for support requests to work."""

from saypro_wagtail.checks import app_urls


def support_urls(app_configs, **kwargs):
    return app_urls(
        "saypro_support",
        "deflection",
        "saypro_wagtail.support.urls",
        "support/",
        missing_id="saypro_support.E301",
        hidden_id="saypro_support.E302",
    )
