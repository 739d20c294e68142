"""Filters of the support request listing, and the SLA states the listing and panels share."""

from datetime import timedelta

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from ..choices import (
    CATEGORY_CHOICES,
    CHANNEL_CHOICES,
    OPEN_STATUSES,
    PRIORITY_CHOICES,
    STATUS_CHOICES,
)
from ..lifecycle import SUPERVISE, WORK
from ..models import SupportRequest

DUE_SOON = timedelta(hours=2)

BREACHED = "breached"
DUE_SOON_STATE = "due_soon"
ON_TIME = "on_time"
SLA_STATE_CHOICES = [
    (BREACHED, _("Breached")),
    (DUE_SOON_STATE, _("Due within 2 hours")),
    (ON_TIME, _("On time")),
]


def due_before(moment) -> Q:
    """Open requests with a target before ``moment``: the first response (until someone
    replies) or the resolution."""
    first_response = Q(first_response_at__isnull=True, first_response_due_at__lt=moment)
    return Q(status__in=OPEN_STATUSES) & (first_response | Q(resolution_due_at__lt=moment))


def breached(now=None) -> Q:
    return due_before(now or timezone.now())


def due_soon(now=None) -> Q:
    """Open requests not breached yet but with a target in the next two hours."""
    now = now or timezone.now()
    return due_before(now + DUE_SOON) & ~due_before(now)


def support_staff():
    """Users who may be assigned requests: the choices of the assignee filter."""
    permission = Q(groups__permissions__codename__in=[WORK.split(".")[1], SUPERVISE.split(".")[1]])
    users = get_user_model().objects.filter(permission | Q(is_superuser=True), is_active=True)
    return users.distinct().order_by(get_user_model().USERNAME_FIELD)


class SupportRequestFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=STATUS_CHOICES)
    priority = django_filters.MultipleChoiceFilter(label=_("Priority"), choices=PRIORITY_CHOICES)
    category = django_filters.ChoiceFilter(label=_("Category"), choices=CATEGORY_CHOICES)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=CHANNEL_CHOICES)
    assigned_to = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=lambda request: support_staff(), null_label=_("Nobody")
    )
    sla = django_filters.ChoiceFilter(
        label=_("SLA"), choices=SLA_STATE_CHOICES, method="filter_sla"
    )

    class Meta:
        model = SupportRequest
        fields = []

    def filter_sla(self, queryset, name, value):
        now = timezone.now()
        if value == BREACHED:
            return queryset.filter(breached(now))
        if value == DUE_SOON_STATE:
            return queryset.filter(due_soon(now))
        return queryset.exclude(due_before(now + DUE_SOON))
