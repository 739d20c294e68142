"""Moderation reports in the Wagtail admin (see :mod:`.views`)."""
