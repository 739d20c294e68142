"""Wagtail's model log entries, read through :mod:`saypro_wagtail.log_visibility`.

A proxy of ``ModelLogEntry`` (same table, same entries) that the shared app's
``wagtail_hooks`` puts in Wagtail's log registry in place of ``ModelLogEntry``: Wagtail's
site history asks it which entries a user may read.
"""

from wagtail.models import ModelLogEntry
from wagtail.models.audit_log import ModelLogEntryManager

from .log_visibility import narrow_log_entries


class VisibleModelLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        return narrow_log_entries(super().viewable_by_user(user), user)


class VisibleModelLogEntry(ModelLogEntry):
    objects = VisibleModelLogEntryManager()

    class Meta:
        proxy = True
        # Nobody is given rights on it: it is Wagtail's log entries, read differently.
        default_permissions = ()
