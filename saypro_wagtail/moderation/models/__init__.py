"""Models of the saypro_moderation app."""

from .ads import AbstractClassifiedAd, AdImage, ClassifiedAd, ClassifiedAdQuerySet
from .decisions import ModerationDecision, RejectionReason
from .moderated import ModeratedMixin
from .pages import AdIndexPage
from .reports import ContentReport
from .review_task import ModeratorReviewTask
from .screening import BannedPhrase, ScreeningHit, ScreeningResult
from .screening_task import ScreeningTask

__all__ = [
    "AbstractClassifiedAd",
    "AdImage",
    "AdIndexPage",
    "BannedPhrase",
    "ClassifiedAd",
    "ClassifiedAdQuerySet",
    "ContentReport",
    "ModeratedMixin",
    "ModerationDecision",
    "ModeratorReviewTask",
    "RejectionReason",
    "ScreeningHit",
    "ScreeningResult",
    "ScreeningTask",
]
