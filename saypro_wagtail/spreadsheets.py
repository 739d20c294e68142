"""Cells that are safe to put in a CSV or XLSX file made from what visitors typed.

Two things go wrong with such text in a spreadsheet:

- a cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is taken for a
  formula by spreadsheet programs, so a visitor's search ``=HYPERLINK(...)`` becomes a live link
  in an administrator's report ("CSV injection"). Such text gets a leading apostrophe, as OWASP
  advises, and is shown as typed;
- control characters are not allowed in XLSX (XML) at all: openpyxl refuses the whole file. They
  are removed from both formats, so CSV and XLSX show the same text.

Every export of the package goes through :func:`safe_cell`: the admin reports through
:class:`SafeSpreadsheetExportMixin`, the monthly report through its own writer.
"""

import re

from django.utils.encoding import force_str
from django.utils.functional import Promise
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A plain number written as text ("-12", "+3.5") is not a formula: it stays as it is.
PLAIN_NUMBER_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def safe_cell(value):
    """``value`` as a spreadsheet cell: text neutralised, anything else (numbers, dates) kept."""
    if isinstance(value, Promise):
        value = force_str(value)
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if text.startswith(FORMULA_PREFIXES) and not PLAIN_NUMBER_RE.fullmatch(text):
        return "'" + text
    return text


class SafeSpreadsheetExportMixin:
    """For views built on Wagtail's ``SpreadsheetExportMixin`` (``ReportView``, ``IndexView``):
    every exported value, after Wagtail's own preprocessing, goes through :func:`safe_cell`."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))
