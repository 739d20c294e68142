"""Models of the shared ``saypro_wagtail`` app."""

from .log_entries import VisibleModelLogEntry
from .monthly.models import MonthlyReport, MonthlyReportDelivery
from .notifications.models import Notification

__all__ = ["MonthlyReport", "MonthlyReportDelivery", "Notification", "VisibleModelLogEntry"]
