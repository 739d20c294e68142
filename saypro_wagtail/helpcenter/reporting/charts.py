"""The help center reports' bar chart: the shared one of :mod:`saypro_wagtail.charts`."""

from saypro_wagtail.charts import Bar, bar_chart

__all__ = ["Bar", "bar_chart"]
