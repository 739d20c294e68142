"""Recording "Was this helpful?" votes so that the totals stay exact under concurrency."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import ArticleRating, ArticleRatingSummary


@dataclass(frozen=True)
class Voter:
    """Who votes: a signed-in user, or an anonymous visitor's key."""

    user: object = None
    visitor_key: str | None = None

    def lookup(self) -> dict:
        if self.user is not None and self.user.is_authenticated:
            return {"user": self.user}
        return {"visitor_key": self.visitor_key, "user": None}


def record_vote(page, voter: Voter, helpful: bool, comment: str | None = None) -> ArticleRating:
    """Create or change the voter's rating of ``page`` and adjust the totals in the database.

    The rating row is locked while it changes, and the totals move by ``F()`` expressions, so
    parallel votes (or a double click) never lose or double-count a vote.
    """
    for attempt in range(3):
        try:
            with transaction.atomic():
                return _record_vote(page, voter, helpful, comment)
        except IntegrityError:  # a parallel first vote of the same voter won the race
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _record_vote(page, voter, helpful, comment):
    ArticleRatingSummary.objects.bulk_create(
        [ArticleRatingSummary(page_id=page.pk)], ignore_conflicts=True
    )
    rating = ArticleRating.objects.select_for_update().filter(page=page, **voter.lookup()).first()
    summary = ArticleRatingSummary.objects.filter(page_id=page.pk)
    if rating is None:
        rating = ArticleRating.objects.create(
            page=page, helpful=helpful, comment=comment or "", **voter.lookup()
        )
        summary.update(**{_column(helpful): F(_column(helpful)) + 1})
        return rating
    if rating.helpful != helpful:
        summary.update(
            **{
                _column(helpful): F(_column(helpful)) + 1,
                _column(rating.helpful): F(_column(rating.helpful)) - 1,
            }
        )
        rating.helpful = helpful
    if comment is not None:
        rating.comment = comment
    rating.updated_at = timezone.now()
    rating.save(update_fields=["helpful", "comment", "updated_at"])
    return rating


def _column(helpful: bool) -> str:
    return "helpful" if helpful else "not_helpful"


def vote_of(page, voter: Voter):
    """The voter's current rating of the page, or None."""
    lookup = voter.lookup()
    if lookup.get("user") is None and not lookup.get("visitor_key"):
        return None
    return ArticleRating.objects.filter(page=page, **lookup).first()
