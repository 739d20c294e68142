"""Turn stored figures (see :mod:`.sections`) into what people read, in the active language.

The admin page, the printable version, the exports and the e-mail all use :func:`build_report`,
so a saved copy renders exactly like the live report. Figures of sections that are no longer
installed are skipped; keys a section does not know are shown as they are.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .sections import registered_sections

#: How many metrics of each section the e-mail shows.
HEADLINE_METRICS = 3

UNIT_FORMATS = {
    "percent": _("%(value)s%%"),
    "minutes": _("%(value)s min"),
    "hours": _("%(value)s h"),
    "days": _("%(value)s days"),
    "score": _("%(value)s / 5"),
}
NO_DATA = "—"


def format_number(value) -> str:
    """A number with the active language's separators; at most one decimal."""
    if value is None:
        return NO_DATA
    if isinstance(value, float) and not value.is_integer():
        return number_format(round(value, 1), decimal_pos=1, force_grouping=True)
    return number_format(int(value), force_grouping=True)


def format_value(value, unit: str = "count") -> str:
    """``value`` with its unit, e.g. "1 234", "85,5 %", "8.5 min"; a dash for no data."""
    if value is None:
        return NO_DATA
    text = format_number(value)
    template = UNIT_FORMATS.get(unit)
    return str(template % {"value": text}) if template else text


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass
class Change:
    """Change from the previous period: ``direction`` is "up", "down" or "same"."""

    direction: str
    percent: float | None  # None when the previous value was 0

    @property
    def arrow(self) -> str:
        return {"up": "↑", "down": "↓"}.get(self.direction, "→")

    @property
    def description(self) -> str:
        """Words for the arrow (screen readers, spreadsheets)."""
        return str({"up": _("up"), "down": _("down")}.get(self.direction, _("no change")))

    @property
    def percent_text(self) -> str:
        if self.percent is None:
            return ""
        return str(_("%(value)s%%") % {"value": format_number(abs(self.percent))})

    def __str__(self):
        return " ".join(part for part in (self.arrow, self.percent_text) if part)


def change_between(value, previous) -> Change | None:
    if not (_is_number(value) and _is_number(previous)):
        return None
    if value == previous:
        return Change("same", None)
    direction = "up" if value > previous else "down"
    percent = round((value - previous) * 100 / previous, 1) if previous else None
    return Change(direction, percent)


@dataclass
class MetricRow:
    key: str
    label: str
    unit: str
    value: object
    previous: object
    target: object = None
    better: str = ""

    @property
    def value_text(self) -> str:
        return format_value(self.value, self.unit)

    @property
    def previous_text(self) -> str:
        return format_value(self.previous, self.unit)

    @property
    def target_text(self) -> str:
        return format_value(self.target, self.unit) if self.target is not None else ""

    @property
    def change(self) -> Change | None:
        return change_between(self.value, self.previous)

    @property
    def has_target(self) -> bool:
        return self.target is not None

    @property
    def met(self) -> bool | None:
        """Whether the target is met; None without a target or without data."""
        if not (_is_number(self.target) and _is_number(self.value)):
            return None
        if self.better == "lower":
            return self.value <= self.target
        return self.value >= self.target

    @property
    def met_text(self) -> str:
        if self.met is None:
            return NO_DATA if self.has_target else ""
        return str(_("met") if self.met else _("not met"))


@dataclass
class BreakdownTable:
    key: str
    title: str
    columns: list
    rows: list  # [(label, [formatted values], [raw values])]
    chart: str = ""


@dataclass
class RenderedSection:
    name: str
    title: str
    metrics: list = field(default_factory=list)
    breakdowns: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def headline_metrics(self) -> list:
        return self.metrics[:HEADLINE_METRICS]

    @property
    def is_empty(self) -> bool:
        return not (self.metrics or self.breakdowns)


def _row_label(section, breakdown_key, row) -> str:
    try:
        return str(section.row_label(breakdown_key, row))
    except Exception:  # noqa: BLE001 - a copy may hold rows the section no longer knows
        return str(row.get("label") or row.get("key", ""))


def _breakdown(section, breakdown: dict, with_charts: bool, chart_prefix: str) -> BreakdownTable:
    from saypro_wagtail.charts import bar_chart

    key = str(breakdown.get("key", ""))
    title = section.breakdown_title(key)
    columns = [section.column_label(column) for column in breakdown.get("columns", [])]
    rows = []
    for row in breakdown.get("rows", []):
        values = list(row.get("values", []))
        rows.append((_row_label(section, key, row), [format_number(v) for v in values], values))
    chart = ""
    if with_charts and breakdown.get("chart") and rows:
        bars = [(label, raw[0] if raw and _is_number(raw[0]) else 0) for label, _text, raw in rows]
        chart = bar_chart(f"{chart_prefix}-{section.name}-{key}", title, bars)
    return BreakdownTable(key, title, columns, rows, chart)


def build_report(
    figures: dict,
    previous_figures: dict | None = None,
    *,
    sections=None,
    with_charts=True,
    chart_prefix: str = "chart-monthly",
) -> list[RenderedSection]:
    """One :class:`RenderedSection` per installed section that has figures, in order."""
    previous_figures = previous_figures or {}
    rendered = []
    for section in registered_sections() if sections is None else sections:
        data = figures.get(section.name)
        if not isinstance(data, dict):
            continue
        before = previous_figures.get(section.name) or {}
        previous_values = {
            metric.get("key"): metric.get("value") for metric in before.get("metrics", [])
        }
        metrics = [
            MetricRow(
                key=str(metric.get("key", "")),
                label=section.metric_label(metric.get("key", "")),
                unit=metric.get("unit", "count"),
                value=metric.get("value"),
                previous=previous_values.get(metric.get("key")),
                target=metric.get("target"),
                better=metric.get("better", "higher"),
            )
            for metric in data.get("metrics", [])
        ]
        breakdowns = [
            _breakdown(section, breakdown, with_charts, chart_prefix)
            for breakdown in data.get("breakdowns", [])
        ]
        notes = [section.note_label(note) for note in data.get("notes", [])]
        rendered.append(
            RenderedSection(section.name, str(section.title), metrics, breakdowns, notes)
        )
    return rendered
