"""What moderators keep for screening (banned phrases) and what screening found."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BannedPhrase(models.Model):
    """A word or phrase that screening flags, in one language or in all of them."""

    phrase = models.CharField(_("word or phrase"), max_length=200)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        # Not ``choices=settings.LANGUAGES``: that would tie the migration to one site's languages.
        help_text=_("A language code such as “fr”. Leave empty to check ads in every language."),
    )
    note = models.CharField(
        _("note for moderators"), max_length=255, blank=True, help_text=_("Why it is banned.")
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("banned phrase")
        verbose_name_plural = _("banned phrases")
        ordering = ["phrase"]
        constraints = [
            models.UniqueConstraint(
                fields=["phrase", "language"], name="saypro_banned_phrase_unique"
            )
        ]

    def __str__(self):
        return self.phrase


class ScreeningResult(models.Model):
    """One automatic screening of one revision of moderated content."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    task_state = models.ForeignKey(
        "wagtailcore.TaskState", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    flagged = models.BooleanField(_("flagged"), default=False)
    created_at = models.DateTimeField(_("screened at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("screening result")
        verbose_name_plural = _("screening results")
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class ScreeningHit(models.Model):
    """One reason a screening flagged content: the rule and what it found."""

    result = models.ForeignKey(ScreeningResult, on_delete=models.CASCADE, related_name="hits")
    rule = models.CharField(_("rule"), max_length=50, db_index=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("screening hit")
        verbose_name_plural = _("screening hits")

    def __str__(self):
        return self.rule

    @property
    def description(self) -> str:
        """The hit as a sentence for moderators and owners (see ``screening.describe_hit``)."""
        from ..screening import describe_hit

        return describe_hit(self.rule, self.detail)
