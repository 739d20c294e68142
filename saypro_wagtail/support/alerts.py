"""SLA alerts: supervisors hear once when a request is about to miss a target, and once more
when it has missed it.

Run by Celery beat every five minutes (:func:`send_sla_alerts`). Each alert is recorded as an
:class:`~.models.SLAAlert` (unique per request and kind) before it is e-mailed, so a second run,
or two runs at once, never repeat one. Each supervisor gets one e-mail per run listing the new
alerts rather than one e-mail per request.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from saypro_wagtail.notifications import notify_user
from saypro_wagtail.roles import SUPPORT_SUPERVISORS

from . import sla
from .choices import OPEN_STATUSES
from .models import SLAAlert, SupportRequest

TEMPLATE = "saypro_support/notifications/sla_alert"

# (alert kind, SLA kind, stage): breaches first, so a request already past its due time is
# reported as breached rather than as due soon.
STAGES = [
    (SLAAlert.FIRST_RESPONSE_BREACHED, sla.FIRST_RESPONSE, sla.BREACHED),
    (SLAAlert.RESOLUTION_BREACHED, sla.RESOLUTION, sla.BREACHED),
    (SLAAlert.FIRST_RESPONSE_DUE_SOON, sla.FIRST_RESPONSE, sla.DUE_SOON),
    (SLAAlert.RESOLUTION_DUE_SOON, sla.RESOLUTION, sla.DUE_SOON),
]
BREACH_OF = {
    SLAAlert.FIRST_RESPONSE_DUE_SOON: SLAAlert.FIRST_RESPONSE_BREACHED,
    SLAAlert.RESOLUTION_DUE_SOON: SLAAlert.RESOLUTION_BREACHED,
}


def supervisors():
    """Active users with an e-mail address in the Support Supervisors group or holding the
    supervise permission directly (superusers only if they hold it explicitly: they are
    administrators, not necessarily the support team)."""
    permission = Permission.objects.filter(
        content_type__app_label="saypro_support", codename="supervise_supportrequest"
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(groups__name=SUPPORT_SUPERVISORS)
            | Q(groups__permissions__in=permission)
            | Q(user_permissions__in=permission)
        )
        .distinct()
        .order_by("pk")
    )


def pending(kind: str, stage: str, now):
    """Open requests in ``stage`` for the SLA ``kind`` that are still waiting for it."""
    requests = SupportRequest.objects.filter(status__in=OPEN_STATUSES)
    if kind == sla.FIRST_RESPONSE:
        requests = requests.filter(first_response_at__isnull=True)
    if stage == sla.BREACHED:
        return requests.filter(sla.breached_q(kind, now))
    return requests.filter(sla.due_soon_q(kind, now))


def record_new_alerts(now=None) -> list:
    """Create the alerts not sent yet and return them (with their requests)."""
    now = now or timezone.now()
    created = []
    for alert_kind, kind, stage in STAGES:
        requests = pending(kind, stage, now).exclude(sla_alerts__kind=alert_kind)
        if alert_kind in BREACH_OF:  # no "due soon" once the breach was reported
            requests = requests.exclude(sla_alerts__kind=BREACH_OF[alert_kind])
        for support_request in requests.select_related("assigned_to").order_by("pk"):
            try:
                with transaction.atomic():
                    created.append(
                        SLAAlert.objects.create(
                            request=support_request, kind=alert_kind, sent_at=now
                        )
                    )
            except IntegrityError:
                continue  # another run recorded it first
    return created


def send_sla_alerts(now=None) -> int:
    """E-mail every supervisor the new alerts; returns how many alerts were new."""
    alerts = record_new_alerts(now)
    if alerts:
        alerts.sort(key=lambda alert: (not alert.is_breach, alert.due_at, alert.request_id))
        for supervisor in supervisors():
            notify_user(supervisor, TEMPLATE, {"alerts": alerts})
    return len(alerts)
