"""CSV and XLSX files of the monthly report: every figure, then the breakdown tables."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _

from saypro_wagtail.spreadsheets import safe_cell

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")


def report_rows(rendered_sections) -> list[list]:
    """The rows of the export, headings included, labels in the active language."""
    rows = [
        [
            _("Section"),
            _("Figure"),
            _("Value"),
            _("Previous value"),
            _("Change"),
            _("Target"),
            _("Met"),
        ]
    ]
    for section in rendered_sections:
        for metric in section.metrics:
            change = metric.change
            rows.append(
                [
                    section.title,
                    metric.label,
                    metric.value,
                    metric.previous,
                    " ".join(filter(None, [change.description, change.percent_text]))
                    if change
                    else "",
                    metric.target,
                    metric.met_text,
                ]
            )
    for section in rendered_sections:
        for breakdown in section.breakdowns:
            rows.append([])
            rows.append([section.title, breakdown.title, _("Row"), *breakdown.columns])
            for label, _texts, values in breakdown.rows:
                rows.append([section.title, breakdown.title, label, *values])
    return rows


def _cell(value):
    # Labels can hold what visitors typed (searches, subjects): no formulas, no control characters.
    return "" if value is None else safe_cell(value)


def export_response(rendered_sections, file_format: str, filename: str) -> HttpResponse:
    rows = report_rows(rendered_sections)
    if file_format == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=_("Monthly report")[:31])
        for row in rows:
            sheet.append([_cell(value) for value in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            writer.writerow([_cell(value) for value in row])
        # The byte order mark lets spreadsheet programs read the file as UTF-8.
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response
