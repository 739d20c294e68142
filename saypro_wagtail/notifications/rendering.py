"""Turn a notification into a message, in the recipient's language.

A notification's templates live in one folder: ``subject.txt`` and ``body.txt`` (and optionally
``body.html``) for e-mail, ``sms.txt`` for SMS. They are rendered when the message is sent, so a
message queued while the broker was down still shows the objects as they are at that time.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import models
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from saypro_wagtail.conf import saypro_settings

MODEL_KEY = "__model__"


def encode_context(context: dict) -> dict:
    """Make a template context storable as JSON: model instances become references."""
    return {key: _encode(value) for key, value in (context or {}).items()}


def _encode(value):
    if isinstance(value, models.Model):
        return {MODEL_KEY: value._meta.label_lower, "pk": value.pk}
    if isinstance(value, dict):
        return encode_context(value)
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    return value


def decode_context(context: dict) -> dict:
    """Load the model instances referenced by :func:`encode_context` (None if deleted)."""
    return {key: _decode(value) for key, value in (context or {}).items()}


def _decode(value):
    if isinstance(value, dict) and MODEL_KEY in value:
        model = apps.get_model(value[MODEL_KEY])
        return model._default_manager.filter(pk=value["pk"]).first()
    if isinstance(value, dict):
        return decode_context(value)
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


@dataclass
class RenderedMessage:
    subject: str
    text: str
    html: str | None = None


def render_notification(notification) -> RenderedMessage:
    """Render the notification's templates with its language active."""
    context = {
        **decode_context(notification.context),
        "recipient": notification.recipient,
        "user": notification.user,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        "site_url": saypro_settings.site_url,
    }
    folder = notification.template.rstrip("/")
    with translation.override(notification.language):
        context["language_code"] = notification.language
        context["language_bidi"] = translation.get_language_bidi()
        if notification.channel == "sms":
            return RenderedMessage("", render_to_string(f"{folder}/sms.txt", context).strip())
        subject = render_to_string(f"{folder}/subject.txt", context)
        text = render_to_string(f"{folder}/body.txt", context).strip() + "\n"
        try:
            html = render_to_string(f"{folder}/body.html", context)
        except TemplateDoesNotExist:
            html = None
    # A header cannot hold a line break.
    return RenderedMessage(" ".join(subject.split()), text, html)
