"""Admin URLs (``admin/reports/accounts/``) and Reports menu items of the account reports."""

from saypro_wagtail.reports import register_reports

from .views import REPORTS

register_reports(
    REPORTS, prefix="accounts", namespace="saypro_profiles_reports", icon="user", first_order=950
)
