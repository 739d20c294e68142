"""The account reports' chart: the shared one in :mod:`saypro_wagtail.charts`."""

from saypro_wagtail.charts import COLOURS, Series, stacked_bar_chart

__all__ = ["COLOURS", "Series", "stacked_bar_chart"]
