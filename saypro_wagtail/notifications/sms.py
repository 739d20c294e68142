"""Pluggable SMS sending. Choose a backend with ``SAYPRO_SMS_BACKEND``.

A backend is a small class with ``send(to, body)`` that raises on failure, so the notification
is retried. The default only logs, which is what a site without an SMS provider wants.
"""

import logging

from django.utils.module_loading import import_string

from saypro_wagtail.conf import saypro_settings

logger = logging.getLogger("saypro_wagtail.sms")


class BaseSMSBackend:
    """Subclass and implement :meth:`send` to connect an SMS provider."""

    def send(self, to: str, body: str) -> None:
        raise NotImplementedError


class LoggingSMSBackend(BaseSMSBackend):
    """Writes each message to the ``saypro_wagtail.sms`` logger instead of sending it."""

    def send(self, to: str, body: str) -> None:
        logger.info("SMS to %s: %s", to, body)


class LocmemSMSBackend(BaseSMSBackend):
    """Keeps messages in ``LocmemSMSBackend.outbox``, for tests."""

    outbox: list[tuple[str, str]] = []

    def send(self, to: str, body: str) -> None:
        self.outbox.append((to, body))


def get_sms_backend() -> BaseSMSBackend:
    return import_string(saypro_settings.SMS_BACKEND)()
