"""Admin URLs and Reports menu items of the help center reports."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import REPORTS, user_can_view_reports


class HelpReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_reports(request.user)


def report_urls():
    urls = []
    for view in REPORTS:
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
    return [
        path("reports/help/", include((report_urls(), "saypro_helpcenter_reports"))),
    ]


def register_menu_item(view, order):
    @hooks.register("register_reports_menu_item")
    def menu_item():
        return HelpReportMenuItem(
            view.page_title,
            reverse(f"saypro_helpcenter_reports:{view.url_name}"),
            name=f"saypro-help-{view.url_name.replace('_', '-')}",
            icon_name="help",
            order=order,
        )


for number, report in enumerate(REPORTS):
    register_menu_item(report, 900 + number)
