"""Admin URLs (``admin/reports/help/``) and Reports menu items of the help center reports."""

from saypro_wagtail.reports import register_reports

from .views import REPORTS

register_reports(
    REPORTS, prefix="help", namespace="saypro_helpcenter_reports", icon="help", first_order=900
)
