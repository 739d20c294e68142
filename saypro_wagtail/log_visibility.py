"""Which log entries of a model an admin user may read in Wagtail's site history.

Wagtail shows every log entry of a model to anyone with any permission on it, so an agent
would read the entries (titles, actions) of requests their listing hides, and a User Manager
the sign-ins of staff accounts. An app narrows its models with :func:`register_log_visibility`,
passing ``visible(user)``, the queryset of instances the user may see (PermissionDenied for
none); the shared app's log entry model (:mod:`saypro_wagtail.log_entries`) applies it.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast

_visible_by_model = {}


def register_log_visibility(model, visible):
    """Show ``user`` the log entries of ``model`` only for the instances ``visible(user)``."""
    _visible_by_model[model] = visible


def narrow_log_entries(entries, user):
    """``entries`` (model log entries) without those of instances hidden from ``user``."""
    if user.is_superuser:
        return entries
    for model, visible in _visible_by_model.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        try:
            shown = visible(user)
        except PermissionDenied:
            entries = entries.exclude(content_type=content_type)
            continue
        if not shown.query.has_filters():
            continue  # every instance: nothing to hide
        # Log entries keep the object's key as text.
        keys = shown.annotate(_log_key=Cast("pk", CharField())).values("_log_key")
        entries = entries.exclude(Q(content_type=content_type) & ~Q(object_id__in=keys))
    return entries
