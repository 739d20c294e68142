""" "Was this helpful?" votes and their per-article totals."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ArticleRating(models.Model):
    """One visitor's vote on one article (one translation), with an optional comment.

    A visitor is a signed-in user, or else a random key kept in a signed cookie; each may vote
    once per article and change their vote later.
    """

    page = models.ForeignKey(
        "saypro_helpcenter.HelpArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # NULL (not "") for signed-in voters, so the per-visitor unique constraint ignores them.
    visitor_key = models.CharField(  # noqa: DJ001
        _("visitor key"), max_length=64, null=True, blank=True
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("article rating")
        verbose_name_plural = _("article ratings")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"],
                condition=models.Q(user__isnull=False),
                name="saypro_rating_one_per_user",
            ),
            models.UniqueConstraint(
                fields=["page", "visitor_key"],
                condition=models.Q(visitor_key__isnull=False),
                name="saypro_rating_one_per_visitor",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | models.Q(visitor_key__isnull=False),
                name="saypro_rating_has_voter",
            ),
        ]
        permissions = [("view_helpcenter_reports", _("Can view help center reports"))]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.helpful else 'no'}"


class ArticleRatingSummary(models.Model):
    """Running totals of an article's votes, kept exact with database-side updates.

    Stored apart from the page so that publishing a revision never overwrites them.
    """

    page = models.OneToOneField(
        "saypro_helpcenter.HelpArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="rating_summary",
    )
    helpful = models.PositiveIntegerField(_("helpful"), default=0)
    not_helpful = models.PositiveIntegerField(_("not helpful"), default=0)

    class Meta:
        verbose_name = _("article rating summary")
        verbose_name_plural = _("article rating summaries")

    def __str__(self):
        return f"{self.page_id}: {self.helpful} yes, {self.not_helpful} no"

    @property
    def total(self):
        return self.helpful + self.not_helpful

    @property
    def helpful_percent(self):
        return round(100 * self.helpful / self.total) if self.total else None
