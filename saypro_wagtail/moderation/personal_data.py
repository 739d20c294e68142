"""Moderation's personal data: a member's ads and the reports they sent, exported and erased.

The provider has the shape of ``saypro_wagtail.profiles.data_rights.PersonalDataProvider``
without importing it, so moderation also works without the profiles app (only the profiles app
asks the ``register_saypro_personal_data`` hook). Erasure deletes the member's ads with their
revisions and photo files; the reports they sent about other ads stay for the moderators'
records but no longer name them.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Revision

from .choices import DECISION_REJECTED
from .models import AdImage, ClassifiedAd, ContentReport, ModerationDecision


def _ad_content_type():
    return ContentType.objects.get_for_model(ClassifiedAd)


class ModerationDataProvider:
    """Ads a member posted (with the decisions about them) and reports they sent."""

    name = "classified_ads"
    label = _("Classified ads")

    def export(self, user):
        ads = list(ClassifiedAd.objects.owned_by(user).prefetch_related("images").order_by("pk"))
        decisions = {}
        if ads:
            rows = (
                ModerationDecision.objects.filter(
                    content_type=_ad_content_type(), object_id__in=[str(ad.pk) for ad in ads]
                )
                .select_related("reason")
                .order_by("decided_at", "pk")
            )
            for decision in rows:
                decisions.setdefault(decision.object_id, []).append(decision)
        reports = ContentReport.objects.filter(reporter=user).order_by("created_at", "pk")
        return {
            "ads": [self.export_ad(ad, decisions.get(str(ad.pk), [])) for ad in ads],
            "reports_sent": [
                {
                    "reported_at": report.created_at,
                    "reason": report.get_reason_display(),
                    "details": report.message,
                    "status": report.get_status_display(),
                }
                for report in reports
            ],
        }

    def export_ad(self, ad, decisions):
        return {
            "title": ad.title,
            "category": ad.get_category_display(),
            "description": ad.description,
            "price": ad.price,
            "location": ad.location,
            "contact_email": ad.contact_email,
            "contact_phone": ad.contact_phone,
            "language": ad.language,
            "created_at": ad.created_at,
            "expires_at": ad.expires_at,
            "status": ad.get_moderation_status_display(),
            "live": ad.live,
            "images": [
                {"file": ad_image.image.name, "description": ad_image.alt_text}
                for ad_image in ad.images.all()
            ],
            # Moderators are "a moderator": their names are not the owner's personal data.
            "decisions": [
                {
                    "decided_at": decision.decided_at,
                    "outcome": decision.get_outcome_display(),
                    "reason": decision.reason.title
                    if decision.reason and decision.outcome == DECISION_REJECTED
                    else "",
                    "message": decision.message,
                }
                for decision in decisions
            ],
        }

    def erase(self, user):
        self.erase_ads(user)
        # The reports stay counted; the key that named the visitor becomes a meaningless one.
        ContentReport.objects.filter(reporter=user).update(
            reporter=None,
            reporter_key=Concat(Value("erased:"), Cast("pk", output_field=CharField())),
        )

    def erase_ads(self, user):
        ads = list(ClassifiedAd.objects.owned_by(user).values_list("pk", flat=True))
        if not ads:
            return
        files = set(
            (ad_image.image.storage, ad_image.image.name)
            for ad_image in AdImage.objects.filter(ad__in=ads).only("pk", "image")
            if ad_image.image
        )
        # Photos of drafts of live ads exist only in revisions.
        storage = AdImage._meta.get_field("image").storage
        revisions = Revision.objects.filter(
            base_content_type=_ad_content_type(), object_id__in=[str(pk) for pk in ads]
        ).only("content")
        for revision in revisions:
            for image in (revision.content or {}).get("images", []):
                if image.get("image"):
                    files.add((storage, image["image"]))
        # Revisions, workflow states and images go with the ads (generic relations, cascades).
        ClassifiedAd.objects.filter(pk__in=ads).delete()

        def delete_files():
            for file_storage, name in files:
                file_storage.delete(name)

        transaction.on_commit(delete_files)


@hooks.register("register_saypro_personal_data")
def register_moderation_personal_data():
    return [ModerationDataProvider()]
