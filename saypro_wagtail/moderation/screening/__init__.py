"""Automatic screening of moderated content: pluggable rules, a runner, and the Celery task.

- :mod:`.rules`: :class:`~.rules.ScreeningRule` and the built-in rules, chosen by
  ``SAYPRO_MODERATION_SCREENING_RULES``.
- :mod:`.runner`: ``screen(obj)`` and the workflow's Celery task ``screen_content``.
- :mod:`.admin`: the banned phrases in the Wagtail admin.

For admin screens and e-mails: ``describe_hit(rule_code, detail)`` gives the sentence for one
hit, ``describe_result(result)`` the sentences of a whole screening, and
``latest_result(obj)`` the last screening of an object.
"""

from .rules import ScreeningRule, describe_hit, fold, get_rules

__all__ = [
    "ScreeningRule",
    "describe_hit",
    "describe_result",
    "fold",
    "get_rules",
    "latest_result",
]


def describe_result(result) -> list[str]:
    """The sentences of a ScreeningResult's hits (prefetch ``hits`` when listing many)."""
    if result is None:
        return []
    return [describe_hit(hit.rule, hit.detail) for hit in result.hits.all()]


def latest_result(obj):
    """The most recent ScreeningResult of ``obj`` (with its hits), or None."""
    from django.contrib.contenttypes.models import ContentType

    from ..models import ScreeningResult

    return (
        ScreeningResult.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )
        .prefetch_related("hits")
        .order_by("-created_at", "-pk")
        .first()
    )
