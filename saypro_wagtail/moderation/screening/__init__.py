"""Automatic screening of moderated content: pluggable rules, a runner, and the Celery task."""
