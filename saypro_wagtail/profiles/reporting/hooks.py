"""Admin URLs and Reports menu items of the account reports (``admin/reports/accounts/``)."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import REPORTS, user_can_view_reports


class AccountReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_reports(request.user)


def report_urls():
    urls = []
    for view in REPORTS:
        urls += [
            path(f"{view.url_name}/", view.as_view(), name=view.url_name),
            path(
                f"{view.url_name}/results/",
                view.as_view(results_only=True),
                name=f"{view.url_name}_results",
            ),
        ]
    return urls


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/accounts/", include((report_urls(), "saypro_profiles_reports")))]


def register_menu_item(view, order):
    @hooks.register("register_reports_menu_item")
    def menu_item():
        return AccountReportMenuItem(
            view.page_title,
            reverse(f"saypro_profiles_reports:{view.url_name}"),
            name=f"saypro-accounts-{view.url_name}",
            icon_name="user",
            order=order,
        )


for number, report in enumerate(REPORTS):
    register_menu_item(report, 950 + number)
