"""Models of the help center: pages, ratings and analytics."""

from .analytics import ArticleDailyViews, ArticleReviewReminder, HelpSearchQuery
from .pages import (
    AUDIENCE_CHOICES,
    AbstractHelpArticlePage,
    FAQPage,
    HelpArticlePage,
    HelpArticleRelatedLink,
    HelpArticleTag,
    HelpCategoryPage,
    HelpCenterPage,
)
from .ratings import ArticleRating, ArticleRatingSummary

__all__ = [
    "AUDIENCE_CHOICES",
    "AbstractHelpArticlePage",
    "ArticleDailyViews",
    "ArticleRating",
    "ArticleRatingSummary",
    "ArticleReviewReminder",
    "FAQPage",
    "HelpArticlePage",
    "HelpArticleRelatedLink",
    "HelpArticleTag",
    "HelpCategoryPage",
    "HelpCenterPage",
    "HelpSearchQuery",
]
