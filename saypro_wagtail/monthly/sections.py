"""What an app contributes to the monthly report: one section of standard figures.

An app registers instances of a :class:`ReportSection` subclass::

    @hooks.register("register_saypro_monthly_report_sections")
    def monthly_report_sections():
        return [SupportSection()]

``compute(period)`` returns JSON-serialisable figures in this shape (the report view, exports,
printable version, saved copies and e-mails render it; sections write no templates)::

    {
        "metrics": [
            # unit: "count", "percent", "minutes", "hours", "days" or "score" (e.g. CSAT 1–5).
            {"key": "requests", "value": 120, "unit": "count"},
            # With a target: "better" is "lower" or "higher"; the report shows met / not met.
            {"key": "first_response", "value": 8.5, "unit": "minutes", "target": 10,
             "better": "lower"},
            # value None means "no data in the period" (shown as a dash, not as 0).
        ],
        "breakdowns": [
            # A table (and, with "chart": True, a bar chart with the table as its text
            # equivalent). Each row has a stable "key" and a "label" for data that has no
            # translation (an article title, a person); "values" follow "columns".
            {"key": "by_channel", "chart": True, "columns": ["requests"],
             "rows": [{"key": "portal", "label": "", "values": [12]}]},
        ],
        "notes": [],  # keys of short remarks (see note_labels), e.g. "median_sampled"
    }

Labels are never stored: the report is rendered (and e-mailed) in each reader's language, so a
section maps keys to lazily translated labels (``metric_labels``, ``breakdown_titles``,
``column_labels``, ``note_labels``, and :meth:`row_label` for choice values). Saved copies keep
the figures, so a report opened later shows them as they were.
"""

from wagtail import hooks

HOOK = "register_saypro_monthly_report_sections"

UNITS = ("count", "percent", "minutes", "hours", "days", "score")


class ReportSection:
    """One app's part of the monthly report. Subclass and register an instance."""

    #: Stable identifier, used as the key of the saved figures and in exports.
    name: str = ""
    #: Heading of the section (lazily translated).
    title = ""
    #: Sections are shown by ascending order.
    order: int = 50
    metric_labels: dict = {}
    breakdown_titles: dict = {}
    column_labels: dict = {}
    note_labels: dict = {}

    def compute(self, period) -> dict:
        """Figures for ``period`` (a :class:`~.periods.Period`), in the shape above."""
        raise NotImplementedError

    def row_label(self, breakdown_key: str, row: dict) -> str:
        """The label of a breakdown row in the active language (choices are translated here)."""
        return row.get("label") or str(row["key"])

    def metric_label(self, key: str) -> str:
        return str(self.metric_labels.get(key, key))

    def breakdown_title(self, key: str) -> str:
        return str(self.breakdown_titles.get(key, key))

    def column_label(self, key: str) -> str:
        return str(self.column_labels.get(key, key))

    def note_label(self, key: str) -> str:
        return str(self.note_labels.get(key, key))


def registered_sections() -> list[ReportSection]:
    """The sections of the installed apps, in order; one per name."""
    sections = {}
    for hook in hooks.get_hooks(HOOK):
        for section in hook():
            sections.setdefault(section.name, section)
    return sorted(sections.values(), key=lambda section: (section.order, section.name))


def compute_all(period, sections=None) -> dict:
    """``{section name: figures}`` for every registered section."""
    return {section.name: section.compute(period) for section in sections or registered_sections()}
