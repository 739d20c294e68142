"""Admin URLs of the monthly report (``admin/reports/monthly/``)."""

from django.urls import path

from . import views

app_name = views.NAMESPACE
urlpatterns = [
    path("", views.MonthlyReportView.as_view(), name="report"),
    path("save/", views.SaveMonthlyReportView.as_view(), name="save"),
    path("saved/", views.SavedMonthlyReportsView.as_view(), name="saved_list"),
    path("saved/<int:pk>/", views.SavedMonthlyReportView.as_view(), name="saved"),
]
