"""What every saypro-wagtail admin report shares: a permission, URLs and a Reports menu item.

An app declares its report views (subclasses of :class:`AppReportView`) and registers them once
from its ``wagtail_hooks``::

    register_reports(REPORTS, prefix="help", namespace="saypro_helpcenter_reports",
                     icon="help", first_order=900)
"""

from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView

from .spreadsheets import SafeSpreadsheetExportMixin


class AppReportView(SafeSpreadsheetExportMixin, ReportView):
    """A report only people with ``permission`` may open (checked here and in the menu).

    Its CSV/XLSX export neutralises formulas and drops control characters in every cell
    (visitors' searches, names and subjects end up there)."""

    permission = ""  # "app_label.codename"
    url_namespace = ""
    url_name = ""
    filename_prefix = ""
    chart_title = ""

    @classmethod
    def user_can_view(cls, user) -> bool:
        return user.is_active and user.has_perm(cls.permission)

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def index_url_name(self):
        return f"{self.url_namespace}:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"{self.url_namespace}:{self.url_name}_results"

    def get_filename(self):
        name = self.url_name.replace("_", "-")
        return f"{self.filename_prefix}-{name}-{timezone.localdate():%Y-%m-%d}"


class ReportMenuItem(MenuItem):
    def __init__(self, view, *args, **kwargs):
        self.view = view
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return self.view.user_can_view(request.user)


def register_reports(views, *, prefix: str, namespace: str, icon: str, first_order: int):
    """Admin URLs under ``admin/reports/<prefix>/`` and one Reports menu item per view."""

    def report_urls():
        urls = []
        for view in views:
            route = view.url_name.replace("_", "-")
            urls += [
                path(f"{route}/", view.as_view(), name=view.url_name),
                path(
                    f"{route}/results/",
                    view.as_view(results_only=True),
                    name=f"{view.url_name}_results",
                ),
            ]
        return urls

    @hooks.register("register_admin_urls")
    def register_report_urls():
        return [path(f"reports/{prefix}/", include((report_urls(), namespace)))]

    for order, view in enumerate(views, start=first_order):
        register_menu_item(view, namespace, prefix, icon, order)


def register_menu_item(view, namespace, prefix, icon, order):
    @hooks.register("register_reports_menu_item")
    def menu_item():
        return ReportMenuItem(
            view,
            view.page_title,
            reverse(f"{namespace}:{view.url_name}"),
            name=f"saypro-{prefix}-{view.url_name.replace('_', '-')}",
            icon_name=icon,
            order=order,
        )
