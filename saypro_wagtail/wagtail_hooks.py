"""Admin wiring of the shared app: the monthly report (Reports menu, URLs, its role) and the
site history narrowed to what each app lets a user see."""

from django.apps import apps
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .monthly import admin_urls as monthly_urls
from .monthly.views import NAMESPACE, PERMISSION, user_can_view
from .roles import SUPPORT_SUPERVISORS, Role


@hooks.register("register_saypro_roles")
def register_monthly_report_roles():
    # Roles merge by name: this adds the permission to the support app's supervisors. Without
    # the support app there are no supervisors; superusers (or a site's own role) read it.
    if not apps.is_installed("saypro_wagtail.support"):
        return []
    return [Role(SUPPORT_SUPERVISORS, (PERMISSION,))]


@hooks.register("register_admin_urls")
def register_monthly_report_urls():
    return [path("reports/monthly/", include((monthly_urls.urlpatterns, NAMESPACE)))]


class MonthlyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_monthly_report_menu_item():
    return MonthlyReportMenuItem(
        _("Monthly report"),
        reverse(f"{NAMESPACE}:report"),
        name="saypro-monthly-report",
        icon_name="table",
        order=890,
    )


@hooks.register("register_reports_menu_item")
def register_saved_monthly_reports_menu_item():
    return MonthlyReportMenuItem(
        _("Saved monthly reports"),
        reverse(f"{NAMESPACE}:saved_list"),
        name="saypro-saved-monthly-reports",
        icon_name="folder-open-inverse",
        order=891,
    )


@hooks.register("register_log_actions", order=1)  # after Wagtail's own registration
def read_model_log_entries_through_their_visibility(actions):
    """Wagtail's site history shows each app's objects only as far as the app lets the user see
    them (:mod:`saypro_wagtail.log_visibility`)."""
    from django.db import models
    from wagtail.models import ModelLogEntry

    from .log_entries import VisibleModelLogEntry

    actions.register_model(models.Model, VisibleModelLogEntry)
    # Same table: reading both would list every entry twice.
    actions.log_entry_models.discard(ModelLogEntry)
