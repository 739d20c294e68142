"""Messages to the other side when a message is written, and the rating request on resolution.

Receivers rather than calls in :mod:`.lifecycle`, so every way of creating a message or
resolving a request (admin, API, e-mail intake) notifies the same way, after the commit.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import conversation
from .choices import RESOLVED
from .models import Message, SupportRequest
from .models.requests import STATUS_NOT_LOADED


@receiver(post_save, sender=Message, dispatch_uid="saypro_support_message_notifications")
def notify_other_side(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.internal:
        return  # internal notes are never sent to anyone
    if instance.from_staff:
        transaction.on_commit(partial(conversation.notify_requester_of_reply, instance))
    else:
        transaction.on_commit(partial(conversation.notify_staff_of_requester_reply, instance))


@receiver(post_save, sender=SupportRequest, dispatch_uid="saypro_support_ask_for_rating")
def ask_for_rating_on_resolution(sender, instance, raw=False, **kwargs):
    previous = getattr(instance, "previous_status", None)
    if raw or instance.status != RESOLVED or previous in (RESOLVED, STATUS_NOT_LOADED):
        return
    transaction.on_commit(partial(conversation.ask_for_rating, instance))
