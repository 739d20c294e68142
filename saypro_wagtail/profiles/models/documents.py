"""Resumes and portfolios: private files served only to their owner and permitted staff."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import DOCUMENT_KIND_CHOICES
from ..storage import private_storage


def document_upload_to(instance, filename):
    return f"saypro_profiles/documents/{instance.user_id}/{uuid.uuid4().hex}"


class ProfileDocument(models.Model):
    """One uploaded file. The stored name is random; ``original_name`` is shown to people."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="saypro_documents",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=DOCUMENT_KIND_CHOICES)
    file = models.FileField(_("file"), storage=private_storage, upload_to=document_upload_to)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("resume or portfolio")
        verbose_name_plural = _("resumes and portfolios")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return self.original_name
