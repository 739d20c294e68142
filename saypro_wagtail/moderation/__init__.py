"""Classified ads moderated through Wagtail workflows and user reports."""
