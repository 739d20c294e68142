"""A member's ads and reports in their data export, and what account erasure does to them."""

import io
import json
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import Revision

from saypro_wagtail.moderation.ad_images import store_new_image_files
from saypro_wagtail.moderation.choices import DECISION_REJECTED, REPORT_UPHELD
from saypro_wagtail.moderation.models import (
    AdImage,
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
    RejectionReason,
)
from saypro_wagtail.moderation.personal_data import ModerationDataProvider
from saypro_wagtail.profiles.data_rights import personal_data_json, registered_providers
from saypro_wagtail.profiles.erasure import erase_account
from tests.moderation.conftest import make_ad, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def png():
    output = io.BytesIO()
    Image.new("RGB", (4, 4)).save(output, format="PNG")
    return ContentFile(output.getvalue(), name="photo.png")


def add_photo(ad, description="The front"):
    ad_image = AdImage(ad=ad, alt_text=description, image=png())
    ad_image.save()
    return ad_image


def test_the_provider_is_registered():
    assert "classified_ads" in [provider.name for provider in registered_providers()]


def test_the_export_has_my_ads_their_state_decisions_and_my_reports(
    advertiser, other_member, moderator, locales
):
    ad = make_ad(owner=advertiser, title="Bicycle for sale")
    add_photo(ad)
    reason = RejectionReason.objects.create(code="price", title="Price unclear", guidance="-")
    ModerationDecision.objects.create(
        content_object=ad,
        outcome=DECISION_REJECTED,
        reason=reason,
        message="Say whether the price is negotiable.",
        moderator=moderator,
    )
    elsewhere = make_ad(owner=other_member, title="Not mine")
    ContentReport.objects.create(
        content_object=elsewhere,
        reason="scam",
        message="Asked me for a deposit",
        reporter=advertiser,
        reporter_key="k",
    )

    data = json.loads(personal_data_json(advertiser))["providers"]["classified_ads"]

    assert [exported["title"] for exported in data["ads"]] == ["Bicycle for sale"]
    exported = data["ads"][0]
    assert exported["status"] == "Draft"
    assert exported["contact_email"] == "seller@example.com"
    assert exported["images"][0]["description"] == "The front"
    assert exported["decisions"][0]["reason"] == "Price unclear"
    assert exported["decisions"][0]["message"] == "Say whether the price is negotiable."
    assert "moderator" not in json.dumps(exported["decisions"])
    assert data["reports_sent"][0]["details"] == "Asked me for a deposit"


def test_the_export_keeps_a_fixed_number_of_queries(advertiser):
    provider = ModerationDataProvider()

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            provider.export(advertiser)
        return len(queries)

    make_ad(owner=advertiser)
    few = count_queries()
    for number in range(10):
        add_photo(make_ad(owner=advertiser, title=f"Ad {number}"))
    assert count_queries() == few


def test_erasure_deletes_my_ads_their_revisions_and_photo_files(
    advertiser, other_member, live_ad, django_capture_on_commit_callbacks
):
    stored = add_photo(live_ad).image.name
    # A photo added to the live ad that waits in a draft revision only.
    draft = live_ad.get_latest_revision_as_object()
    waiting = AdImage(alt_text="New photo", image=png())
    draft.images.add(waiting)
    store_new_image_files(draft)
    draft.save_revision(user=advertiser)
    draft_file = waiting.image.name
    theirs = make_ad(owner=other_member, title="Stays")
    ad_pk = live_ad.pk

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(advertiser, by=advertiser)

    assert not ClassifiedAd.objects.filter(pk=ad_pk).exists()
    assert list(ClassifiedAd.objects.all()) == [theirs]
    assert not Revision.objects.filter(object_id=str(ad_pk), object_str="Bicycle for sale").exists()
    assert not default_storage.exists(stored)
    assert not default_storage.exists(draft_file)


def test_erasure_keeps_my_reports_about_others_ads_but_not_my_name(advertiser, other_member):
    elsewhere = publish(make_ad(owner=other_member, title="Suspicious"))
    report = ContentReport.objects.create(
        content_object=elsewhere,
        reason="scam",
        reporter=advertiser,
        reporter_key="a-hash-of-my-account",
        status=REPORT_UPHELD,
    )

    erase_account(advertiser, by=advertiser)

    report.refresh_from_db()
    assert report.reporter is None
    assert report.reporter_key != "a-hash-of-my-account"
    assert report.status == REPORT_UPHELD
    assert ClassifiedAd.objects.filter(pk=elsewhere.pk).exists()


def test_erasure_without_ads_changes_nothing_of_others(advertiser, other_member):
    theirs = make_ad(owner=other_member)
    ModerationDataProvider().erase(advertiser)
    assert ClassifiedAd.objects.filter(pk=theirs.pk).exists()
