"""A small server-rendered SVG stacked bar chart (no JavaScript), shared by the admin reports
(accounts, moderation).

The chart is an image with an accessible name (``role="img"`` and ``<title>``); the report's
table beside it holds the same figures as text.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string

ROW_HEIGHT = 24
LABEL_WIDTH = 130
BAR_AREA = 380
VALUE_WIDTH = 60
LEGEND_HEIGHT = 28
# Distinguishable colours with enough contrast on white (WCAG 3:1 for graphics).
COLOURS = ["#0b5cad", "#b35c00", "#2e7d32", "#8e24aa", "#b3261e", "#00695c", "#5d4037"]


@dataclass
class Series:
    label: str
    colour: str = ""


@dataclass
class Segment:
    x: float
    width: float
    colour: str
    label: str
    value: int


@dataclass
class DrawnRow:
    label: str
    total: int
    y: int
    segments: list

    @property
    def total_x(self) -> float:
        return LABEL_WIDTH + sum(segment.width for segment in self.segments) + 6


def stacked_bar_chart(chart_id: str, title: str, series: list, rows: list) -> str:
    """Horizontal bars, one per ``(label, values)`` row, split by ``series``; "" if no rows."""
    if not rows:
        return ""
    series = [
        Series(item.label, item.colour or COLOURS[index % len(COLOURS)])
        for index, item in enumerate(series)
    ]
    largest = max(sum(values) for _label, values in rows) or 1
    drawn = []
    for index, (label, values) in enumerate(rows):
        x = LABEL_WIDTH
        segments = []
        for item, value in zip(series, values, strict=True):
            width = BAR_AREA * value / largest
            if value:
                segments.append(Segment(x, width, item.colour, item.label, value))
            x += width
        drawn.append(DrawnRow(label, sum(values), LEGEND_HEIGHT + index * ROW_HEIGHT, segments))
    legend_step = (LABEL_WIDTH + BAR_AREA + VALUE_WIDTH) // max(len(series), 1)
    return render_to_string(
        "saypro_wagtail/reports/stacked_bar_chart.html",
        {
            "chart_id": chart_id,
            "title": title,
            "rows": drawn,
            "legend": [
                {"label": item.label, "colour": item.colour, "x": index * legend_step}
                for index, item in enumerate(series)
            ]
            if len(series) > 1
            else [],
            "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
            "height": LEGEND_HEIGHT + len(rows) * ROW_HEIGHT,
            "label_x": LABEL_WIDTH - 8,
        },
    )
