"""Models of the shared ``saypro_wagtail`` app."""

from .monthly.models import MonthlyReport, MonthlyReportDelivery
from .notifications.models import Notification

__all__ = ["MonthlyReport", "MonthlyReportDelivery", "Notification"]
