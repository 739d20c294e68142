"""Filters of the account reports (invalid input is a form error, never a 500)."""

from datetime import timedelta

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from saypro_wagtail.conf import saypro_settings

from ..choices import USER_TYPE_CHOICES
from ..models import Profile

UNCONFIRMED = "unconfirmed"
DEACTIVATED = "deactivated"
DORMANT = "dormant"
ACCOUNT_KIND_CHOICES = [
    (UNCONFIRMED, _("E-mail not confirmed")),
    (DEACTIVATED, _("Deactivated")),
    (DORMANT, _("Not signed in lately")),
]


def user_type_filter():
    return django_filters.ChoiceFilter(
        field_name="user_type",
        label=_("User type"),
        choices=USER_TYPE_CHOICES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )


def dormant_since():
    return timezone.now() - timedelta(days=saypro_settings.PROFILES_INACTIVE_DAYS)


def account_kind_q(kind) -> Q:
    """Profiles whose account is of ``kind`` (one of ACCOUNT_KIND_CHOICES)."""
    if kind == UNCONFIRMED:
        return Q(email_confirmed_at__isnull=True)
    if kind == DEACTIVATED:
        return Q(user__is_active=False)
    since = dormant_since()
    # Confirmed and active, but no sign-in for the period (or never, for an older account).
    return Q(email_confirmed_at__isnull=False, user__is_active=True) & (
        Q(user__last_login__lt=since) | Q(user__last_login__isnull=True, created_at__lt=since)
    )


class RegistrationsFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        field_name="created_at__date",
        label=_("Registered between"),
        widget=DateRangePickerWidget,
    )
    user_type = user_type_filter()

    class Meta:
        model = Profile
        fields = []


class AccountsFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=ACCOUNT_KIND_CHOICES,
        empty_label=_("All"),
        method="filter_kind",
        widget=forms.RadioSelect,
    )
    user_type = user_type_filter()

    class Meta:
        model = Profile
        fields = []

    def filter_kind(self, queryset, name, kind):
        return queryset.filter(account_kind_q(kind)) if kind else queryset
