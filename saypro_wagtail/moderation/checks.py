"""System checks: what a site must set up for ad owners' pages to work."""

from saypro_wagtail.checks import app_urls


def moderation_urls(app_configs, **kwargs):
    return app_urls(
        "saypro_moderation",
        "my_ads",
        "saypro_wagtail.moderation.urls",
        "ads/",
        missing_id="saypro_moderation.E401",
        hidden_id="saypro_moderation.E402",
    )
