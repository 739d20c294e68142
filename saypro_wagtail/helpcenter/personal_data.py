"""The help center's personal data: a signed-in user's article ratings and their comments.

The provider has the shape of ``saypro_wagtail.profiles.data_rights.PersonalDataProvider``
without importing it, so the help center also works without the profiles app (only the profiles
app asks the ``register_saypro_personal_data`` hook).
"""

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import ArticleRating

# Erased votes keep a visitor key of their own (a vote needs a user or a key), not the person's.
ERASED_VISITOR_PREFIX = "erased-"


class ArticleRatingDataProvider:
    """Votes and comments on help articles. Erasure keeps the vote, so totals stay right."""

    name = "help_center_ratings"
    label = _("Help article ratings")

    def export(self, user):
        return list(
            ArticleRating.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values(
                "page_id",
                "page__title",
                "page__locale__language_code",
                "helpful",
                "comment",
                "created_at",
                "updated_at",
            )
        )

    def erase(self, user):
        ArticleRating.objects.filter(user=user).update(
            user=None,
            comment="",
            visitor_key=Concat(Value(ERASED_VISITOR_PREFIX), Cast("pk", CharField())),
        )


@hooks.register("register_saypro_personal_data")
def register_helpcenter_personal_data():
    return [ArticleRatingDataProvider()]
