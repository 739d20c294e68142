"""The conversation of a request: messages between requester and staff, and internal notes."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    """One message. ``internal`` notes are for staff only and never reach the requester."""

    request = models.ForeignKey(
        "saypro_support.SupportRequest",
        verbose_name=_("support request"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_staff = models.BooleanField(_("from staff"), default=False)
    internal = models.BooleanField(_("internal note"), default=False)
    body = models.TextField(_("message"), max_length=10_000)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    # When the other side first read it (read receipt).
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["request", "internal", "created_at"])]

    def __str__(self):
        return f"{self.request_id}: {self.body[:40]}"
