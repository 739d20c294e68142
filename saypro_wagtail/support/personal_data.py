"""Support's personal data: a user's requests and conversations, exported and erased.

The provider has the shape of ``saypro_wagtail.profiles.data_rights.PersonalDataProvider``
without importing it, so support also works without the profiles app (only the profiles app
asks the ``register_saypro_personal_data`` hook). Erasure keeps the organisation's record of
each request (reference, status, times, staff replies, score) and removes what the requester
wrote or told about themselves.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import ModelLogEntry
from wagtail.search import index

from .models import Attachment, Message, SatisfactionRating, SupportRequest

ERASED_TEXT = _("[removed at the requester's request]")


def requests_of(user):
    """Requests the user made signed in, or as a visitor with their e-mail address."""
    email = getattr(user, get_user_model().get_email_field_name(), "")
    mine = Q(requester=user)
    if email:
        mine |= Q(requester__isnull=True, requester_email__iexact=email)
    return SupportRequest.objects.filter(mine)


def export_attachments(attachments):
    # Names and sizes only: the files stay in private storage.
    return [
        {
            "name": attachment.original_name,
            "size": attachment.size,
            "uploaded_at": attachment.uploaded_at,
        }
        for attachment in attachments
    ]


class SupportDataProvider:
    """Support requests, their public conversation, attachments and satisfaction ratings."""

    name = "support_requests"
    label = _("Support requests")

    def export(self, user):
        public_messages = Message.objects.filter(internal=False).prefetch_related(
            Prefetch("attachments", queryset=Attachment.objects.order_by("pk"))
        )
        requests = (
            SupportRequest.objects.filter(requester=user)
            .select_related("satisfaction")
            .prefetch_related(
                Prefetch("messages", queryset=public_messages),
                Prefetch(
                    "attachments",
                    queryset=Attachment.objects.filter(message__isnull=True).order_by("pk"),
                    to_attr="request_attachments",
                ),
            )
            .order_by("logged_at", "pk")
        )
        return [self.export_request(support_request) for support_request in requests]

    def export_request(self, support_request):
        try:
            rating = support_request.satisfaction
        except SatisfactionRating.DoesNotExist:
            rating = None
        return {
            "reference": support_request.reference,
            "logged_at": support_request.logged_at,
            "channel": support_request.get_channel_display(),
            "subject": support_request.subject,
            "category": support_request.get_category_display(),
            "description": support_request.description,
            "status": support_request.get_status_display(),
            "priority": support_request.get_priority_display(),
            "resolution": support_request.resolution,
            "resolved_at": support_request.resolved_at,
            "attachments": export_attachments(support_request.request_attachments),
            # Staff are "staff": their names are not the requester's personal data.
            "messages": [
                {
                    "sent_at": message.created_at,
                    "from": _("staff") if message.from_staff else _("you"),
                    "body": message.body,
                    "read_at": message.read_at,
                    "attachments": export_attachments(message.attachments.all()),
                }
                for message in support_request.messages.all()
            ],
            "satisfaction": rating
            and {"score": rating.score, "comment": rating.comment, "rated_at": rating.created_at},
        }

    def erase(self, user):
        request_ids = list(requests_of(user).values_list("pk", flat=True))
        if not request_ids:
            return
        self.erase_attachments(user, request_ids)
        Message.objects.filter(request__in=request_ids, from_staff=False, internal=False).update(
            body=str(ERASED_TEXT)
        )
        SatisfactionRating.objects.filter(request__in=request_ids).update(comment="")
        SupportRequest.objects.filter(pk__in=request_ids).update(
            requester=None,
            requester_name="",
            requester_email="",
            requester_phone="",
            location="",
            description=str(ERASED_TEXT),
        )
        # The requester's own reasons (reopening) are kept in their log entries' data.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(SupportRequest),
            object_id__in=[str(pk) for pk in request_ids],
            user=user,
        ).update(data={})
        # The search index holds a copy of the description, name and e-mail.
        for support_request in SupportRequest.objects.filter(pk__in=request_ids):
            index.insert_or_update_object(support_request)

    def erase_attachments(self, user, request_ids):
        """The requester's files (not staff's): rows now, files once the erasure commits."""
        attachments = (
            Attachment.objects.filter(Q(request__in=request_ids) | Q(uploaded_by=user))
            .filter(Q(uploaded_by=user) | Q(uploaded_by__isnull=True))
            .exclude(message__from_staff=True)
        )
        files = [(a.file.storage, a.file.name) for a in attachments if a.file]
        Attachment.objects.filter(pk__in=[a.pk for a in attachments]).delete()

        def delete_files():
            for storage, name in files:
                storage.delete(name)

        if files:
            transaction.on_commit(delete_files)


@hooks.register("register_saypro_personal_data")
def register_support_personal_data():
    return [SupportDataProvider()]
