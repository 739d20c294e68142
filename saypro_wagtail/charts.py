"""Small server-rendered SVG bar charts (no JavaScript), shared by every admin report: a plain
bar chart (:func:`bar_chart`: support, help center, the monthly report) and a stacked one
(:func:`stacked_bar_chart`: accounts, moderation).

Each chart is an image with an accessible name (``role="img"`` and ``<title>``); the report's
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


BAR_ROW_HEIGHT = 26
BAR_LABEL_WIDTH = 220
BAR_VALUE_WIDTH = 70
BAR_LABEL_LENGTH = 30
BAR_COLOUR = "#0b5cad"
HIGHLIGHT_COLOUR = "#b3261e"


@dataclass
class Bar:
    label: str
    value: float
    highlight: bool = False  # drawn in the warning colour (e.g. zero-result searches)


@dataclass
class DrawnBar:
    label: str
    value: float
    y: int
    width: float
    colour: str

    @property
    def text_x(self) -> float:
        return BAR_LABEL_WIDTH + self.width + 6


def bar_chart(
    chart_id: str, title: str, bars: list, unit: str = "", *, empty_when_zero: bool = False
) -> str:
    """Horizontal bars scaled to the largest value; "" when there are no bars.

    ``bars`` are :class:`Bar` or ``(label, value)`` pairs; ``unit`` follows each value (e.g.
    "%"); ``empty_when_zero`` also draws nothing when every value is 0. Long labels are cut
    (the table next to the chart has them in full).
    """
    bars = [bar if isinstance(bar, Bar) else Bar(str(bar[0]), bar[1]) for bar in bars]
    largest = max((bar.value or 0 for bar in bars), default=0)
    if not bars or (empty_when_zero and not largest):
        return ""
    largest = largest or 1
    drawn = []
    for index, bar in enumerate(bars):
        label = str(bar.label)
        if len(label) > BAR_LABEL_LENGTH:
            label = label[: BAR_LABEL_LENGTH - 1] + "…"
        value = bar.value or 0
        drawn.append(
            DrawnBar(
                label=label,
                value=value,
                y=index * BAR_ROW_HEIGHT,
                width=max(1.0, BAR_AREA * value / largest) if value > 0 else 0,
                colour=HIGHLIGHT_COLOUR if bar.highlight else BAR_COLOUR,
            )
        )
    return render_to_string(
        "saypro_wagtail/reports/bar_chart.html",
        {
            "chart_id": chart_id,
            "title": title,
            "bars": drawn,
            "unit": unit,
            "width": BAR_LABEL_WIDTH + BAR_AREA + BAR_VALUE_WIDTH,
            "height": len(drawn) * BAR_ROW_HEIGHT,
            "label_width": BAR_LABEL_WIDTH,
        },
    )


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
