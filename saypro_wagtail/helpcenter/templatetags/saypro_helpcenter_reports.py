"""Template tags of the help center's admin reports."""

from django import template
from wagtail.coreutils import multigetattr

register = template.Library()


@register.simple_tag
def report_cell(row, name):
    """The value of one report column for one row (the same accessor the export uses)."""
    value = multigetattr(row, name)
    return "" if value is None else value
