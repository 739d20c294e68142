"""What a model needs to go through screening, moderator review and visitor reports.

Any snippet or page model with Wagtail's ``WorkflowMixin`` and ``DraftStateMixin`` can opt in by
also inheriting :class:`ModeratedMixin` (first, before Wagtail's mixins) and, where its fields
differ from an ad's, overriding the ``get_moderation_*`` methods. The screening task, the report
form and the moderation queues only use this API, never a model's own fields.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import DRAFT, STATUS_CHOICES


class ModeratedMixin(models.Model):
    """Fields and hooks shared by every moderated model (an abstract model)."""

    moderation_status = models.CharField(
        _("moderation status"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=DRAFT,
        db_index=True,
        editable=False,
    )
    screening_flagged = models.BooleanField(
        _("flagged by screening"),
        default=False,
        editable=False,
        help_text=_("The last automatic screening found something for a moderator to check."),
    )
    open_reports = models.PositiveIntegerField(
        _("open reports"), default=0, editable=False, db_index=True
    )
    submitted_at = models.DateTimeField(_("last submitted"), null=True, blank=True, editable=False)

    # Text fields screened for banned words, links, phone numbers and repetition.
    moderation_text_fields = ("title", "description")
    # Fields about the object as a whole, not one version of it: publishing a revision must not
    # bring back the values they had when that revision was saved.
    moderation_state_fields = (
        "moderation_status",
        "screening_flagged",
        "open_reports",
        "submitted_at",
    )

    class Meta:
        abstract = True

    def with_content_json(self, content):
        # Wagtail's own mixins keep ``live``, ``locked`` and the like the same way. This only
        # works when ModeratedMixin comes before WorkflowMixin in the model's bases.
        obj = super().with_content_json(content)
        for name in self.moderation_state_fields:
            setattr(obj, name, getattr(self, name))
        return obj

    def get_moderation_text(self) -> dict[str, str]:
        """Field name → text that screening reads."""
        return {name: getattr(self, name, "") or "" for name in self.moderation_text_fields}

    def get_moderation_images(self) -> list:
        """Image files (Django ``FieldFile`` objects) that screening checks."""
        return []

    def get_moderation_owner(self):
        """The user told about decisions, or None."""
        return getattr(self, "owner", None)

    def get_moderation_language(self) -> str:
        """Language code of the content, used to pick banned phrases."""
        return getattr(self, "language", "") or ""

    def get_moderation_title(self) -> str:
        return str(self)

    def get_public_url(self, request=None) -> str:
        """Where visitors see it, or ``""``; used in e-mails and the reports queue."""
        return ""
