"""The support reports' bar chart: the shared one of :mod:`saypro_wagtail.charts`."""

from saypro_wagtail.charts import bar_chart as _bar_chart


def bar_chart(chart_id: str, title: str, bars: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per ``(label, value)``, scaled to the largest; "" when all are 0."""
    return _bar_chart(chart_id, title, bars, empty_when_zero=True)


__all__ = ["bar_chart"]
