"""Request references ``SCMR-YYMM-####``: a sequence per month of logging, never duplicated.

The counter row of the month is incremented with an UPDATE inside the creating transaction, so
concurrent creators queue on its row lock (PostgreSQL) or on the database write lock (SQLite)
and each gets the next number.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX = "SCMR"


class ReferenceCounter(models.Model):
    month = models.CharField(_("month (YYMM)"), max_length=4, primary_key=True)
    last = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{PREFIX}-{self.month}: {self.last}"


def next_reference(logged_at=None) -> str:
    """The next free reference of the month ``logged_at`` falls in (local time)."""
    month = timezone.localtime(logged_at or timezone.now()).strftime("%y%m")
    with transaction.atomic():
        if not ReferenceCounter.objects.filter(month=month).update(last=F("last") + 1):
            try:
                with transaction.atomic():
                    ReferenceCounter.objects.create(month=month, last=1)
            except IntegrityError:  # another creator made the month's row first
                ReferenceCounter.objects.filter(month=month).update(last=F("last") + 1)
        number = ReferenceCounter.objects.filter(month=month).values_list("last", flat=True).get()
    return f"{PREFIX}-{month}-{number:04d}"
