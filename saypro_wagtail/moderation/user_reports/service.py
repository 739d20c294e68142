"""Visitors' reports about live moderated content, and the moderators' decisions on them.

Works for any model with :class:`~saypro_wagtail.moderation.models.ModeratedMixin` and Wagtail's
``DraftStateMixin``: :func:`report_content` records one report per visitor and item and hides
the item once enough visitors reported it; :func:`uphold` removes it and tells its owner why;
:func:`dismiss` clears the reports and shows a hidden item again.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from saypro_wagtail import ratelimit
from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import notify_user

from .. import lifecycle
from ..choices import HIDDEN, REPORT_DISMISSED, REPORT_OPEN, REPORT_UPHELD
from ..models import ContentReport

REMOVED_TEMPLATE = "saypro_moderation/email/ad_removed"
RATE_LIMIT_SCOPE = "moderation-report"


class ReportRefused(Exception):
    """A report that was not recorded; ``message`` says why, for the visitor."""

    code = "refused"

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class AlreadyReported(ReportRefused):
    code = "already_reported"


class TooManyReports(ReportRefused):
    code = "rate_limited"


class NotReportable(ReportRefused):
    code = "not_reportable"


def reporter_key(request) -> str:
    """A hash naming the visitor: their account, else their session and address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        value = f"user:{user.pk}"
    else:
        session = request.session
        if not session.session_key:
            session.save()
        value = f"session:{session.session_key}:{ratelimit.client_address(request)}"
    return salted_hmac("saypro_moderation.reporter", value, algorithm="sha256").hexdigest()


def is_reportable(obj) -> bool:
    """Only what visitors can see may be reported: live and not expired."""
    return bool(getattr(obj, "live", True)) and not getattr(obj, "is_expired", False)


def reports_for(obj):
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return ContentReport.objects.filter(content_type=content_type, object_id=str(obj.pk))


def report_content(obj, *, reason, message="", request) -> ContentReport:
    """Record one visitor's report about ``obj``; hide it once the threshold is reached.

    Raises :class:`AlreadyReported`, :class:`TooManyReports` or :class:`NotReportable` (each with
    a message for the visitor) instead of recording the report.
    """
    if not is_reportable(obj):
        raise NotReportable(_("This item is no longer shown, so it cannot be reported."))
    key = reporter_key(request)
    existing = reports_for(obj).filter(reporter_key=key)
    if existing.exists():
        raise AlreadyReported(
            _("You have already reported this. Thank you: a moderator will look at it.")
        )
    limit, period = saypro_settings.MODERATION_REPORT_LIMIT
    if not ratelimit.allow(
        RATE_LIMIT_SCOPE, ratelimit.client_address(request) or key, limit, period
    ):
        raise TooManyReports(
            _("You have sent many reports in a short time. Please try again later.")
        )
    user = getattr(request, "user", None)
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    model = type(obj)
    try:
        with transaction.atomic():
            report = ContentReport.objects.create(
                content_type=content_type,
                object_id=str(obj.pk),
                reason=reason,
                message=message or "",
                reporter=user if user is not None and user.is_authenticated else None,
                reporter_key=key,
            )
            model._default_manager.filter(pk=obj.pk).update(open_reports=F("open_reports") + 1)
            # Fresh from the row: a full save later (unpublish) must not write back a stale count.
            obj.open_reports = (
                model._default_manager.filter(pk=obj.pk)
                .values_list("open_reports", flat=True)
                .get()
            )
            log(
                instance=obj,
                action=lifecycle.REPORTED_ACTION,
                user=None,
                data={"reason": reason, "report": report.pk},
            )
            if (
                obj.open_reports >= saypro_settings.MODERATION_REPORT_THRESHOLD
                and obj.moderation_status != HIDDEN
            ):
                lifecycle.hide_after_reports(obj)
    except IntegrityError as error:  # the same visitor, twice at once
        raise AlreadyReported(
            _("You have already reported this. Thank you: a moderator will look at it.")
        ) from error
    return report


def _close_reports(obj, status, moderator, note):
    now = timezone.now()
    reports = list(reports_for(obj).filter(status=REPORT_OPEN))
    reports_for(obj).filter(status=REPORT_OPEN).update(
        status=status, decided_by=moderator, decided_at=now, decision_note=note or ""
    )
    type(obj)._default_manager.filter(pk=obj.pk).update(open_reports=0)
    obj.open_reports = 0
    return reports


def uphold(obj, moderator, note=""):
    """The reports were right: remove ``obj`` for good and e-mail its owner why."""
    with transaction.atomic():
        reports = _close_reports(obj, REPORT_UPHELD, moderator, note)
        if not reports:
            raise lifecycle.ActionRefused(_("There are no open reports about this item."))
        lifecycle.remove(obj, moderator, note)
        owner = obj.get_moderation_owner()
        if owner is not None:
            one_per_reason = list({report.reason: report for report in reports}.values())
            notify_user(
                owner,
                REMOVED_TEMPLATE,
                {
                    "title": obj.get_moderation_title(),
                    "reports": one_per_reason,
                    "note": note or "",
                },
            )
    return reports


def dismiss(obj, moderator, note=""):
    """The reports were wrong: close them and show a hidden ``obj`` again."""
    with transaction.atomic():
        reports = _close_reports(obj, REPORT_DISMISSED, moderator, note)
        if not reports:
            raise lifecycle.ActionRefused(_("There are no open reports about this item."))
        if obj.moderation_status == HIDDEN:
            lifecycle.restore(obj, moderator)
    return reports
