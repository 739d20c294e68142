"""A server-rendered SVG bar chart (no JavaScript) for the support reports.

The chart is an image with an accessible name (``role="img"`` and ``<title>``); the table next
to it in the report holds the same figures as text.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string

ROW_HEIGHT = 26
LABEL_WIDTH = 170
BAR_AREA = 320
VALUE_WIDTH = 60


@dataclass
class DrawnBar:
    label: str
    value: int
    y: int
    width: float

    @property
    def text_x(self) -> float:
        return LABEL_WIDTH + self.width + 6


def bar_chart(chart_id: str, title: str, bars: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per ``(label, value)``, scaled to the largest; "" when all are 0."""
    largest = max((value for _label, value in bars), default=0)
    if not largest:
        return ""
    drawn = [
        DrawnBar(str(label), value, index * ROW_HEIGHT, BAR_AREA * value / largest)
        for index, (label, value) in enumerate(bars)
    ]
    return render_to_string(
        "saypro_support/reporting/bar_chart.html",
        {
            "chart_id": chart_id,
            "title": title,
            "bars": drawn,
            "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
            "height": len(drawn) * ROW_HEIGHT,
            "label_x": LABEL_WIDTH - 8,
            "bar_x": LABEL_WIDTH,
        },
    )
