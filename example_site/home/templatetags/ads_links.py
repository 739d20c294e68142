"""The link to the classified ads page for the site header (the moderation app's own tag)."""

from saypro_wagtail.moderation.templatetags.saypro_ads import register  # noqa: F401
