"""Creating a request from the contact form: the request, its files and the acknowledgement."""

from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from . import links
from .choices import PORTAL
from .models import Attachment, SupportRequest

ACKNOWLEDGEMENT = "saypro_support/notifications/acknowledgement"


def live_article(page_id):
    """The page a requester came from, only if it is live (never a draft's title)."""
    if not page_id:
        return None
    return Page.objects.live().filter(pk=page_id).first()


def save_attachments(support_request, checked_files, *, by=None, message=None):
    for checked in checked_files:
        attachment = Attachment(
            request=support_request,
            message=message,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=checked.size,
            uploaded_by=by if by is not None and by.is_authenticated else None,
        )
        checked.file.seek(0)
        attachment.file.save(checked.original_name, checked.file, save=False)
        attachment.save()


@transaction.atomic
def create_request(data, *, user=None, language=None):
    """A portal request from the contact form's cleaned data; the requester is acknowledged.

    The acknowledgement goes out in the member's preferred language, else in ``language`` (the
    page's), which is also stored on the request for later messages.
    """
    from saypro_wagtail.notifications.language import language_for_user

    member = user is not None and user.is_authenticated
    language = (member and language_for_user(user)) or language or translation.get_language()
    support_request = SupportRequest(
        channel=PORTAL,
        subject=data["subject"],
        category=data["category"],
        description=data["description"],
        related_article=live_article(data.get("article")),
        language=language,
    )
    if member:
        support_request.requester = user
        support_request.requester_type = "registered"
    else:
        support_request.requester_name = data["name"]
        support_request.requester_email = data["email"]
        support_request.requester_phone = data.get("phone", "")
    support_request.save()
    save_attachments(support_request, data.get("attachments") or [], by=user)
    send_acknowledgement(support_request)
    return support_request


def send_acknowledgement(support_request):
    # Imported here so the URLs load without the core app (its system check explains).
    from saypro_wagtail.notifications import send_email

    if not support_request.contact_email:
        return None
    return send_email(
        to=support_request.contact_email,
        user=support_request.requester,
        language=support_request.language,
        template=ACKNOWLEDGEMENT,
        context={
            "support_request": support_request,
            "request_url": links.requester_url(support_request),
            "contact_name": support_request.contact_name,
        },
    )
