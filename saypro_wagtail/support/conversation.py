"""The requester's side of the conversation: reading, replying, read receipts, notifications.

Internal notes never leave this module's querysets and never trigger a message to the
requester. The admin calls :func:`mark_read` with ``viewer_is_staff=True`` when staff open a
request, so the requester sees "Read" under their own messages.

The notifications app is imported where it is used: without the core app installed, the URLs
must still load so that the system check can say what is missing.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.roles import SUPPORT_SUPERVISORS

from . import links
from .intake import save_attachments
from .lifecycle import REQUESTER_REPLIED, ActionRefused
from .models import Attachment, Message, SatisfactionRating, SupportRequest

STAFF_REPLY = "saypro_support/notifications/staff_reply"
REQUESTER_REPLY = "saypro_support/notifications/requester_reply"

# Notification events (see notification_events.py); members can switch them off.
REPLY_EVENT = "saypro_support.staff_reply"
REQUESTER_REPLY_EVENT = "saypro_support.requester_reply"


def visible_messages():
    """Messages the requester may see: never internal notes."""
    return Message.objects.filter(internal=False)


def requester_requests(user):
    """A member's requests, newest first, with the number of staff messages they have not read."""
    return (
        SupportRequest.objects.filter(requester=user)
        .annotate(
            unread_count=Count(
                "messages",
                filter=Q(
                    messages__from_staff=True,
                    messages__internal=False,
                    messages__read_at__isnull=True,
                ),
            )
        )
        .order_by("-logged_at", "-pk")
    )


def conversation(support_request):
    """The request's visible messages with their attachments, oldest first (two queries)."""
    return list(
        visible_messages()
        .filter(request=support_request)
        .select_related("author")
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("pk")))
    )


def request_attachments(support_request):
    """Files attached to the request itself (not to a message)."""
    return list(support_request.attachments.filter(message__isnull=True))


def mark_read(support_request, viewer_is_staff):
    """Read receipts: the viewer has now read every message the other side sent."""
    return Message.objects.filter(
        request=support_request,
        internal=False,
        from_staff=not viewer_is_staff,
        read_at__isnull=True,
    ).update(read_at=timezone.now())


@transaction.atomic
def requester_reply(support_request, body, *, by=None, attachments=()):
    """A message from the requester (a member, or a visitor when ``by`` is None)."""
    if not support_request.is_open:
        raise ActionRefused(
            _("This request is %(status)s. Reopen it to write again.")
            % {"status": support_request.get_status_display().lower()}
        )
    author = by if by is not None and by.is_authenticated else None
    message = Message.objects.create(request=support_request, author=author, body=body)
    save_attachments(support_request, attachments, by=author, message=message)
    log(
        instance=support_request,
        action=REQUESTER_REPLIED,
        user=author,
        data={"message": message.pk},
    )
    return message


def notify_requester_of_reply(message):
    """E-mail the requester about a staff reply, in their language, with a link back."""
    from saypro_wagtail.notifications import send_email
    from saypro_wagtail.notifications.events import user_wants

    if message.internal or not message.from_staff:
        return None  # internal notes never reach the requester
    support_request = message.request
    requester = support_request.requester
    if requester is not None and not user_wants(requester, REPLY_EVENT):
        return None
    if not support_request.contact_email:
        return None
    return send_email(
        to=support_request.contact_email,
        user=requester,
        language=support_request.language or None,
        template=STAFF_REPLY,
        context={
            "support_request": support_request,
            "message": message,
            "contact_name": support_request.contact_name,
            "request_url": links.requester_url(support_request),
        },
    )


def staff_to_notify(support_request):
    """The assigned agent, or the supervisors when nobody has the request yet."""
    if support_request.assigned_to_id:
        return [support_request.assigned_to]
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=SUPPORT_SUPERVISORS)
        .exclude(email="")
        .distinct()
    )


def notify_staff_of_requester_reply(message):
    from saypro_wagtail.notifications import send_email
    from saypro_wagtail.notifications.events import user_wants

    if message.internal or message.from_staff:
        return []
    support_request = message.request
    sent = []
    for member in staff_to_notify(support_request):
        if not member.email or not user_wants(member, REQUESTER_REPLY_EVENT):
            continue
        edit_url = AdminURLFinder(member).get_edit_url(support_request) or ""
        sent.append(
            send_email(
                to=member.email,
                user=member,
                template=REQUESTER_REPLY,
                context={
                    "support_request": support_request,
                    "message": message,
                    "admin_url": f"{saypro_settings.site_url}{edit_url}" if edit_url else "",
                },
            )
        )
    return sent


SATISFACTION = "saypro_support/notifications/satisfaction"


def ask_for_rating(support_request):
    """E-mail the requester the link to rate how the request was handled (once per request)."""
    from saypro_wagtail.notifications import send_email

    if SatisfactionRating.objects.filter(request=support_request).exists():
        return None
    if not support_request.contact_email:
        return None
    return send_email(
        to=support_request.contact_email,
        user=support_request.requester,
        language=support_request.language or None,
        template=SATISFACTION,
        context={
            "support_request": support_request,
            "contact_name": support_request.contact_name,
            "rating_url": links.rating_url(support_request),
            "request_url": links.requester_url(support_request),
        },
    )


def visible_attachments(support_request):
    """Files the requester may download: never those of an internal note."""
    return Attachment.objects.filter(request=support_request).exclude(message__internal=True)
