"""Small server-rendered SVG bar charts (no JavaScript, no build step).

Each chart is an image with an accessible name; the report's table next to it is its text
equivalent, so screen reader users get the same figures.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string

ROW_HEIGHT = 26
LABEL_WIDTH = 220
BAR_AREA = 320
VALUE_WIDTH = 70


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
    highlight: bool

    @property
    def text_x(self) -> float:
        return LABEL_WIDTH + self.width + 6


def bar_chart(chart_id: str, title: str, bars: list[Bar], unit: str = "") -> str:
    """Horizontal bars scaled to the largest value."""
    if not bars:
        return ""
    largest = max(bar.value for bar in bars) or 1
    drawn = [
        DrawnBar(
            label=bar.label if len(bar.label) <= 30 else bar.label[:29] + "…",
            value=bar.value,
            y=index * ROW_HEIGHT,
            width=max(1.0, BAR_AREA * bar.value / largest) if bar.value else 0,
            highlight=bar.highlight,
        )
        for index, bar in enumerate(bars)
    ]
    return render_to_string(
        "saypro_helpcenter/reporting/bar_chart.html",
        {
            "chart_id": chart_id,
            "title": title,
            "bars": drawn,
            "unit": unit,
            "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
            "height": len(bars) * ROW_HEIGHT,
            "label_width": LABEL_WIDTH,
            "value_x": LABEL_WIDTH + 6,
        },
    )
