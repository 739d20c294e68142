"""Admin URLs (``admin/reports/support/``) and Reports menu items of the support reports."""

from saypro_wagtail.reports import register_reports

from .views import REPORTS

register_reports(
    REPORTS, prefix="support", namespace="saypro_support_reports", icon="help", first_order=970
)
