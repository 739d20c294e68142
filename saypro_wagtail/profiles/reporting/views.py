"""Account reports in the Wagtail admin: registrations per day and user type, and accounts that
need attention (unconfirmed, deactivated, not signed in lately). Filters, CSV/XLSX, a chart.

Figures are aggregated in the database; a page costs the same few queries whatever its size.
"""

from datetime import timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import multigetattr

from saypro_wagtail.reports import AppReportView

from ..choices import USER_TYPE_CHOICES
from ..models import Profile
from ..useradmin.access import manageable_users
from . import filters
from .charts import Series, stacked_bar_chart

VIEW_REPORTS = "saypro_profiles.view_registration_reports"
DEFAULT_DAYS = 30


class AccountReportView(AppReportView):
    """An account report: only for people with the "view registration reports" permission."""

    permission = VIEW_REPORTS
    url_namespace = "saypro_profiles_reports"
    filename_prefix = "accounts"
    header_icon = "user"
    results_template_name = "saypro_profiles/reports/results.html"

    def filter_value(self, name):
        """A filter's cleaned value, or None when the filters are invalid or unset."""
        if self.filters is None or not self.filters.is_valid():
            return None
        return self.filters.form.cleaned_data.get(name)

    def filter_queryset(self, queryset):
        return self.aggregate(super().filter_queryset(queryset))

    def aggregate(self, queryset):
        return queryset

    def get(self, request, *args, **kwargs):
        self.object_list = self.get_filtered_queryset()
        context = self.get_context_data()
        context["object_list"] = self.decorate_paginated_queryset(context["object_list"])
        if not self.is_export:
            context["chart"] = self.chart()
            context["table"] = [
                {
                    "cells": [multigetattr(row, name) for name in self.list_export],
                    "url": self.row_url(row),
                }
                for row in context["object_list"]
            ]
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = [self.export_headings[name] for name in self.list_export]
        return context

    def chart(self) -> str:
        return ""

    def row_url(self, row):
        return ""


def counts_by_user_type():
    return {
        "total": Count("pk"),
        **{code: Count("pk", filter=Q(user_type=code)) for code, _label in USER_TYPE_CHOICES},
    }


class RegistrationsReportView(AccountReportView):
    """New accounts per day, split by user type; the last 30 days unless a range is chosen."""

    page_title = _("Registrations")
    url_name = "registrations"
    chart_title = _("New accounts per day and user type")
    filterset_class = filters.RegistrationsFilterSet
    verbose_name_plural = _("days")
    list_export = ["day", *(code for code, _label in USER_TYPE_CHOICES), "total"]
    export_headings = {
        "day": _("Day"),
        **dict(USER_TYPE_CHOICES),
        "total": _("Total"),
    }

    def get_queryset(self):
        return Profile.objects.all()

    @property
    def default_period(self) -> bool:
        dates = self.filter_value("created_at")
        return not dates or not (dates.start or dates.stop)

    def aggregate(self, profiles):
        if self.default_period:
            since = timezone.localdate() - timedelta(days=DEFAULT_DAYS - 1)
            profiles = profiles.filter(created_at__date__gte=since)
        self.period_profiles = profiles
        # order_by(): clear any default ordering, which would split the groups.
        return (
            profiles.order_by()
            .annotate(day=TruncDate("created_at"))
            .values("day")
            .annotate(**counts_by_user_type())
            .order_by("day")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["default_period"] = self.default_period
        context["default_days"] = DEFAULT_DAYS
        totals = self.period_profiles.order_by().aggregate(**counts_by_user_type())
        context["totals"] = [totals[name] for name in self.list_export[1:]]
        return context

    def chart(self):
        rows = [
            (f"{row['day']:%Y-%m-%d}", [row[code] for code, _label in USER_TYPE_CHOICES])
            for row in self.paginated_rows
        ]
        series = [Series(str(label)) for _code, label in USER_TYPE_CHOICES]
        return stacked_bar_chart("chart-registrations", str(self.chart_title), series, rows)

    def decorate_paginated_queryset(self, object_list):
        self.paginated_rows = list(object_list)
        return self.paginated_rows


class AccountsReportView(AccountReportView):
    """Accounts that need attention: unconfirmed e-mail, deactivated, or not signed in lately."""

    page_title = _("Unconfirmed and inactive accounts")
    url_name = "accounts"
    chart_title = _("Accounts needing attention, by kind")
    filterset_class = filters.AccountsFilterSet
    verbose_name_plural = _("accounts")
    list_export = [
        "username",
        "name",
        "email",
        "user_type_label",
        "kinds_text",
        "created_at",
        "age_days",
        "last_login",
    ]
    export_headings = {
        "username": _("User name"),
        "name": _("Name"),
        "email": _("E-mail"),
        "user_type_label": _("User type"),
        "kinds_text": _("Why listed"),
        "created_at": _("Registered"),
        "age_days": _("Days since registration"),
        "last_login": _("Last sign-in"),
    }

    def get_queryset(self):
        profiles = Profile.objects.select_related("user")
        if not self.request.user.is_superuser:  # User Managers never see staff accounts
            profiles = profiles.filter(user__in=manageable_users(self.request.user))
        return profiles

    def aggregate(self, profiles):
        self.kind_counts = profiles.order_by().aggregate(
            **{
                kind: Count("pk", filter=filters.account_kind_q(kind))
                for kind, _label in filters.ACCOUNT_KIND_CHOICES
            }
        )
        any_kind = Q()
        for kind, _label in filters.ACCOUNT_KIND_CHOICES:
            any_kind |= filters.account_kind_q(kind)
        return profiles.filter(any_kind).order_by("created_at", "pk")

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        rows = list(object_list)
        for profile in rows:
            user = profile.user
            profile.username = user.get_username()
            profile.email = user.email
            profile.user_type_label = profile.get_user_type_display()
            profile.age_days = (today - timezone.localdate(profile.created_at)).days
            profile.last_login = user.last_login
            kinds = account_kinds(profile)
            profile.kinds_text = ", ".join(
                str(label) for kind, label in filters.ACCOUNT_KIND_CHOICES if kind in kinds
            )
        return rows

    def row_url(self, profile):
        try:
            return reverse("wagtailusers_users:edit", args=[profile.user_id])
        except NoReverseMatch:
            return ""

    def chart(self):
        rows = [
            (str(label), [self.kind_counts[kind]]) for kind, label in filters.ACCOUNT_KIND_CHOICES
        ]
        return stacked_bar_chart(
            "chart-accounts", str(self.chart_title), [Series(str(_("Accounts")))], rows
        )


def account_kinds(profile) -> set:
    """Why ``profile``'s account is listed (the same rules as ``filters.account_kind_q``)."""
    user = profile.user
    kinds = set()
    if profile.email_confirmed_at is None:
        kinds.add(filters.UNCONFIRMED)
    if not user.is_active:
        kinds.add(filters.DEACTIVATED)
    since = filters.dormant_since()
    if profile.email_confirmed_at is not None and user.is_active:
        last_seen = user.last_login or profile.created_at  # never signed in: since registration
        if last_seen < since:
            kinds.add(filters.DORMANT)
    return kinds


REPORTS = [RegistrationsReportView, AccountsReportView]
