"""A community notice: not an ad, but moderated with the same screening and reports."""

from django.conf import settings
from django.db import models
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin

from saypro_wagtail.moderation.models import ModeratedMixin


class CommunityNotice(ModeratedMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    headline = models.CharField(max_length=120)
    body = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=10, blank=True)

    moderation_text_fields = ("headline", "body")

    def __str__(self):
        return self.headline

    def get_moderation_owner(self):
        return self.author
