"""Links to the account pages for the site header (the profiles app's own tags)."""

from saypro_wagtail.profiles.templatetags.saypro_accounts import register  # noqa: F401
