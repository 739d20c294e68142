"""Filters of the admin user list: user type, e-mail confirmed, two-step verification."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.boolean_radio_select import BooleanRadioSelect
from wagtail.users.views.users import UserFilterSet

from ..choices import USER_TYPE_CHOICES
from ..models import Profile


class SayproUserFilterSet(UserFilterSet):
    """Wagtail's user filters (active, administrator, last login, group) and ours.

    ``mfa_enabled`` filters on the annotation the index view adds.
    """

    user_type = django_filters.ChoiceFilter(
        field_name="saypro_profile__user_type",
        label=_("User type"),
        choices=USER_TYPE_CHOICES,
        empty_label=_("All"),
    )
    email_confirmed = django_filters.BooleanFilter(
        label=_("E-mail confirmed"),
        method="filter_email_confirmed",
        widget=BooleanRadioSelect,
    )
    mfa_enabled = django_filters.BooleanFilter(
        field_name="mfa_enabled",
        label=_("Two-step verification on"),
        widget=BooleanRadioSelect,
    )

    class Meta(UserFilterSet.Meta):
        fields = []

    def filter_email_confirmed(self, queryset, name, value):
        # Like the sign-in backend: an account without a profile counts as confirmed.
        unconfirmed = Profile.objects.filter(email_confirmed_at__isnull=True).values("user_id")
        if value:
            return queryset.exclude(pk__in=unconfirmed)
        return queryset.filter(pk__in=unconfirmed)
