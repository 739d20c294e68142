"""The contact page's submissions in the admin."""

from wagtail.contrib.forms.views import SubmissionsListView

from saypro_wagtail.spreadsheets import SafeSpreadsheetExportMixin


class ContactSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Wagtail's list of form submissions, whose CSV/XLSX cells cannot become formulas (visitors
    write them)."""
