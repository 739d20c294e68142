"""Reporting periods: a calendar month or quarter in the site's time zone."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

MONTH = "month"
QUARTER = "quarter"
KIND_CHOICES = [(MONTH, _("Month")), (QUARTER, _("Quarter"))]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """``kind`` is MONTH or QUARTER; ``first`` is its first day (the 1st of a month/quarter)."""

    kind: str
    first: date

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(MONTH, date(year, month, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        return cls(QUARTER, date(year, 3 * (quarter - 1) + 1, 1))

    @classmethod
    def containing(cls, kind: str, day: date) -> "Period":
        if kind == QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        return cls.month(day.year, day.month)

    @classmethod
    def last_complete(cls, kind: str = MONTH, today: date | None = None) -> "Period":
        """The latest period that has ended (last month on the 5th of this one)."""
        today = today or timezone.localdate()
        return cls.containing(kind, today).previous()

    @property
    def months(self) -> int:
        return 3 if self.kind == QUARTER else 1

    @property
    def last(self) -> date:
        """Its last day."""
        return date.fromordinal(_add_months(self.first, self.months).toordinal() - 1)

    @property
    def start(self) -> datetime:
        """First instant, aware, in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.first, time.min))

    @property
    def end(self) -> datetime:
        """First instant after the period (exclusive bound)."""
        return timezone.make_aware(datetime.combine(_add_months(self.first, self.months), time.min))

    def previous(self) -> "Period":
        return Period(self.kind, _add_months(self.first, -self.months))

    @property
    def label(self) -> str:
        """ "November 2026" or "Q4 2026", in the active language."""
        if self.kind == QUARTER:
            return _("Q%(quarter)d %(year)d") % {
                "quarter": (self.first.month - 1) // 3 + 1,
                "year": self.first.year,
            }
        return formats.date_format(self.first, "YEAR_MONTH_FORMAT")

    @property
    def slug(self) -> str:
        """``2026-11`` or ``2026-q4``: stable, for URLs and file names."""
        if self.kind == QUARTER:
            return f"{self.first.year}-q{(self.first.month - 1) // 3 + 1}"
        return f"{self.first:%Y-%m}"

    @classmethod
    def from_slug(cls, slug: str) -> "Period":
        """The inverse of :attr:`slug`; ValueError for anything else."""
        year, _sep, rest = slug.partition("-")
        if rest.lower().startswith("q"):
            quarter = int(rest[1:])
            if not 1 <= quarter <= 4:
                raise ValueError(slug)
            return cls.quarter(int(year), quarter)
        return cls.month(int(year), int(rest))
