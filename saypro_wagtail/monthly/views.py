"""Admin views of the monthly report: the live report, its exports and printable version,
saving a copy, the saved copies and each copy (rendered from its stored figures).

Every view needs ``saypro_wagtail.view_monthly_report`` (Support Supervisors and superusers).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .exports import FORMATS, export_response
from .forms import PeriodForm
from .models import MonthlyReport
from .periods import Period
from .rendering import build_report
from .sections import compute_all, registered_sections

PERMISSION = "saypro_wagtail.view_monthly_report"
NAMESPACE = "saypro_monthly_report"


def user_can_view(user) -> bool:
    return bool(user.is_active and user.has_perm(PERMISSION))


class MonthlyReportPermissionMixin:
    """Refuses everyone without the monthly report permission."""

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RenderedReportMixin(MonthlyReportPermissionMixin, WagtailAdminTemplateMixin):
    """Shows figures in the admin, as CSV/XLSX (``?export=``) or printable (``?print=1``)."""

    template_name = "saypro_wagtail/monthly/report.html"
    print_template_name = "saypro_wagtail/monthly/print.html"
    header_icon = "table"
    page_title = _("Monthly report")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:report"), "label": _("Monthly report")},
        ]

    def render_report(self, period: Period, figures: dict, previous_figures: dict, **context):
        export = self.request.GET.get("export")
        if export in FORMATS:
            sections = build_report(figures, previous_figures, with_charts=False)
            return export_response(sections, export, self.get_filename(period))
        printing = bool(self.request.GET.get("print"))
        context.update(
            period=period,
            previous_period=period.previous(),
            sections=build_report(figures, previous_figures),
            any_section_installed=bool(registered_sections()),
            printing=printing,
        )
        if printing:
            return TemplateResponse(self.request, self.print_template_name, context)
        return self.render_to_response(self.get_context_data(**context))

    def get_filename(self, period: Period) -> str:
        return f"monthly-report-{period.slug}"


class MonthlyReportView(RenderedReportMixin, TemplateView):
    """The live report of a chosen period (the last complete month by default)."""

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET if "period" in request.GET else None)
        if form.is_bound and not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, any_section_installed=True, sections=[]),
                status=400,
            )
        period = form.cleaned_data["period"] if form.is_bound else form.default_period
        sections = registered_sections()
        figures = compute_all(period, sections) if sections else {}
        previous = compute_all(period.previous(), sections) if sections else {}
        return self.render_report(period, figures, previous, form=form)


class SaveMonthlyReportView(MonthlyReportPermissionMixin, TemplateView):
    """POST: store the figures of a period (and of the one before) as a copy."""

    http_method_names = ["post"]

    def http_method_not_allowed(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(["POST"])

    def post(self, request, *args, **kwargs):
        form = PeriodForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The report could not be saved: choose a period first."))
            return redirect(f"{NAMESPACE}:report")
        period = form.cleaned_data["period"]
        report = MonthlyReport.objects.create(
            kind=period.kind,
            period_start=period.first,
            figures=compute_all(period),
            previous_figures=compute_all(period.previous()),
            created_by=request.user,
        )
        messages.success(
            request, _("A copy of the %(period)s report was saved.") % {"period": period.label}
        )
        return redirect(f"{NAMESPACE}:saved", pk=report.pk)


class SavedMonthlyReportsView(
    MonthlyReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """The saved copies, newest first."""

    template_name = "saypro_wagtail/monthly/saved_list.html"
    page_title = _("Saved monthly reports")
    header_icon = "folder-open-inverse"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:report"), "label": _("Monthly report")},
            {"url": "", "label": _("Saved monthly reports")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reports = MonthlyReport.objects.select_related("created_by").order_by("-created_at", "-pk")
        context["page"] = Paginator(reports, self.paginate_by).get_page(self.request.GET.get("p"))
        return context


class SavedMonthlyReportView(RenderedReportMixin, TemplateView):
    """One saved copy, rendered from its stored figures."""

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(f"{NAMESPACE}:saved_list"), "label": _("Saved monthly reports")},
        ]

    def get(self, request, pk, *args, **kwargs):
        report = get_object_or_404(MonthlyReport.objects.select_related("created_by"), pk=pk)
        self.page_subtitle = report.period.label
        return self.render_report(
            report.period,
            report.figures or {},
            report.previous_figures or {},
            saved_report=report,
            saved_on=date_format(timezone.localtime(report.created_at), "DATETIME_FORMAT"),
        )

    def get_filename(self, period: Period) -> str:
        return f"monthly-report-{period.slug}-saved-{self.kwargs['pk']}"
