"""The requester's rating of how a request was handled, asked for after resolution."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SatisfactionRating(models.Model):
    request = models.OneToOneField(
        "saypro_support.SupportRequest",
        verbose_name=_("support request"),
        on_delete=models.CASCADE,
        related_name="satisfaction",
    )
    score = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("rated at"), default=timezone.now)

    class Meta:
        verbose_name = _("satisfaction rating")
        verbose_name_plural = _("satisfaction ratings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="saypro_csat_score_1_to_5"
            )
        ]

    def __str__(self):
        return f"{self.request_id}: {self.score}"
