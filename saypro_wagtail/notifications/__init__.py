"""Send e-mail and SMS from any saypro-wagtail app (or from the site itself).

    from saypro_wagtail.notifications import send_email

    send_email(
        to=user.email,
        user=user,
        template="saypro_support/notifications/acknowledgement",
        context={"support_request": support_request},
    )

The message is stored in the outbox inside the current transaction and handed to Celery when
the transaction commits; it is rendered in the recipient's language when it is sent. A broker
that is down does not fail the caller: the periodic outbox drain sends the message later.
"""

import logging

from django.db import transaction

from saypro_wagtail.queueing import publish

from .language import recipient_language
from .models import EMAIL, SMS, Notification
from .rendering import encode_context

logger = logging.getLogger("saypro_wagtail.notifications")

__all__ = ["send_email", "send_sms", "notify_user", "Notification"]


def _queue(channel, *, to, template, context=None, user=None, language=None) -> Notification:
    notification = Notification.objects.create(
        channel=channel,
        recipient=to,
        user=user if user is not None and user.pk else None,
        template=template,
        context=encode_context(context or {}),
        language=recipient_language(user, language),
    )
    transaction.on_commit(lambda: enqueue(notification.pk))
    return notification


def enqueue(notification_id: int) -> bool:
    """Hand a stored notification to Celery; False (and logged) if the broker did not take it
    in time. The outbox keeps the message either way."""
    from .tasks import deliver_notification

    return publish(deliver_notification, (notification_id,), what=f"notification {notification_id}")


def send_email(*, to, template, context=None, user=None, language=None) -> Notification:
    """Queue an e-mail rendered from ``<template>/subject.txt``, ``body.txt`` [, ``body.html``]."""
    return _queue(EMAIL, to=to, template=template, context=context, user=user, language=language)


def send_sms(*, to, template, context=None, user=None, language=None) -> Notification:
    """Queue an SMS rendered from ``<template>/sms.txt``."""
    return _queue(SMS, to=to, template=template, context=context, user=user, language=language)


def notify_user(user, template, context=None) -> Notification | None:
    """E-mail a user in their language; None when the user has no e-mail address."""
    if not getattr(user, "email", ""):
        return None
    return send_email(to=user.email, template=template, context=context, user=user)
