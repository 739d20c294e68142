"""Canned responses: common answers staff insert into a reply, translatable per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class CannedResponse(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("text"))

    search_fields = [index.SearchField("title"), index.SearchField("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("canned response")
        verbose_name_plural = _("canned responses")
        ordering = ["title"]

    def __str__(self):
        return self.title
