"""The "My ads" section of the account dashboard (profiles installed)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.profiles.dashboard import AccountSection

from .models import ClassifiedAd

LATEST = 5


def _latest_ads(request):
    # One query, whatever the number of ads.
    ads = ClassifiedAd.objects.owned_by(request.user).only(
        "pk", "title", "moderation_status", "expires_at", "created_at"
    )
    return {"ads": list(ads[:LATEST])}


@hooks.register("register_saypro_account_sections")
def register_moderation_account_section():
    return [
        AccountSection(
            name="classified_ads",
            title=_("My ads"),
            template="saypro_moderation/includes/dashboard_ads.html",
            get_context=_latest_ads,
            order=40,
        )
    ]
