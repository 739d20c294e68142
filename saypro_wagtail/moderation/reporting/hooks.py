"""Admin URLs (``admin/reports/moderation/``) and Reports menu items of the moderation reports."""

from saypro_wagtail.reports import register_reports

from .views import REPORTS

register_reports(
    REPORTS,
    prefix="moderation",
    namespace="saypro_moderation_reports",
    icon="warning",
    first_order=980,
)
