"""What visitors read and search for, aggregated per day."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ArticleDailyViews(models.Model):
    """Page views of one article on one day, written in batches (never once per view)."""

    page = models.ForeignKey(
        "saypro_helpcenter.HelpArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="daily_views",
    )
    date = models.DateField(_("date"), db_index=True)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("article daily views")
        verbose_name_plural = _("article daily views")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="saypro_views_page_date")
        ]

    def __str__(self):
        return f"{self.page_id} on {self.date}: {self.views}"


class HelpSearchQuery(models.Model):
    """How often a search was made on one day in one language, and what it found."""

    query_string = models.CharField(_("search"), max_length=255)
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("help center search")
        verbose_name_plural = _("help center searches")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "locale", "date"], name="saypro_search_query_day"
            )
        ]

    def __str__(self):
        return self.query_string


class ArticleReviewReminder(models.Model):
    """Records that the owner was reminded of a review due on a date (so: once per cycle)."""

    page = models.ForeignKey(
        "saypro_helpcenter.HelpArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    due_on = models.DateField(_("due on"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(fields=["page", "due_on"], name="saypro_review_reminder_once")
        ]

    def __str__(self):
        return f"{self.page_id} due {self.due_on}"
