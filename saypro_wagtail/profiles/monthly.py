"""The registrations section of the monthly report (see :mod:`saypro_wagtail.monthly.sections`).

One query whatever the volume. Which accounts each figure counts:

- ``new_accounts``: profiles created in the period (``period.start <= created_at <
  period.end``, in the site's time zone), split ``by_user_type``. Like the Registrations report
  (:mod:`.reporting.views`), every account counts, staff included: that report has no notion
  of excluding staff, and the two must agree for the same dates.
- ``staff_accounts``: how many of those new accounts are staff (people who can use the Wagtail
  admin, see :mod:`.staff`) when the report is computed, so readers can tell them apart.
- ``confirmed``: of the new accounts, those whose e-mail address is confirmed when the report
  is computed (accounts made by staff are confirmed on creation), the same state the
  "E-mail not confirmed" account report shows; ``confirmed_percent`` is their share (None
  when there are no new accounts).
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.figures import percent
from saypro_wagtail.monthly.sections import HOOK, ReportSection

from .choices import USER_TYPE_CHOICES
from .models import Profile
from .staff import staff_users


class RegistrationsSection(ReportSection):
    name = "registrations"
    title = _("Registrations")
    order = 30
    metric_labels = {
        "new_accounts": _("New accounts"),
        "confirmed": _("E-mail confirmed"),
        "confirmed_percent": _("New accounts with a confirmed e-mail"),
        "staff_accounts": _("Staff accounts"),
    }
    breakdown_titles = {"by_user_type": _("New accounts by user type")}
    column_labels = {"accounts": _("Accounts")}
    note_labels = {}
    user_type_labels = dict(USER_TYPE_CHOICES)

    def compute(self, period) -> dict:
        figures = (
            Profile.objects.filter(created_at__gte=period.start, created_at__lt=period.end)
            .order_by()
            .aggregate(
                total=Count("pk"),
                confirmed=Count("pk", filter=Q(email_confirmed_at__isnull=False)),
                staff=Count("pk", filter=Q(user__in=staff_users().values("pk"))),
                **{
                    f"type_{code}": Count("pk", filter=Q(user_type=code))
                    for code, _label in USER_TYPE_CHOICES
                },
            )
        )
        return {
            "metrics": [
                {"key": "new_accounts", "value": figures["total"], "unit": "count"},
                {"key": "confirmed", "value": figures["confirmed"], "unit": "count"},
                {
                    "key": "confirmed_percent",
                    "value": percent(figures["confirmed"], figures["total"]),
                    "unit": "percent",
                },
                {"key": "staff_accounts", "value": figures["staff"], "unit": "count"},
            ],
            "breakdowns": [
                {
                    "key": "by_user_type",
                    "chart": True,
                    "columns": ["accounts"],
                    "rows": [
                        {"key": code, "label": "", "values": [figures[f"type_{code}"]]}
                        for code, _label in USER_TYPE_CHOICES
                    ],
                }
            ],
            "notes": [],
        }

    def row_label(self, breakdown_key: str, row: dict) -> str:
        label = self.user_type_labels.get(row["key"]) if breakdown_key == "by_user_type" else None
        return str(label) if label is not None else super().row_label(breakdown_key, row)


@hooks.register(HOOK)
def monthly_report_sections():
    return [RegistrationsSection()]
