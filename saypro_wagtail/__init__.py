"""saypro-wagtail: reusable Wagtail apps for help, accounts, support and ad moderation.

``saypro_wagtail`` itself is a small Django app (label ``saypro_wagtail``) that the four
feature apps build on: package settings, roles, notifications and the shared templates.
"""

from .__version__ import __version__

__all__ = ["__version__"]
