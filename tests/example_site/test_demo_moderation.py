"""The classified ads demo: the ads page in every language, screening and rejection lists, and
ads in every moderation state made through the real workflow."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import resolve
from wagtail.models import Locale, Revision, TaskState

from home.demo_moderation import DEMO_ADS, REJECTION_REASONS
from saypro_wagtail.moderation import choices
from saypro_wagtail.moderation.models import (
    AdIndexPage,
    BannedPhrase,
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
    RejectionReason,
    ScreeningResult,
)
from saypro_wagtail.notifications.models import Notification

pytestmark = pytest.mark.django_db

LANGUAGES = {code for code, _name in settings.LANGUAGES}
CATEGORIES = {"jobs", "real_estate", "products", "services", "events", "announcements"}


def moderation_counts():
    return (
        AdIndexPage.objects.count(),
        BannedPhrase.objects.count(),
        RejectionReason.objects.count(),
        ClassifiedAd.objects.count(),
        ModerationDecision.objects.count(),
        ContentReport.objects.count(),
        ScreeningResult.objects.count(),
        TaskState.objects.count(),
        Revision.objects.count(),
        Notification.objects.count(),
    )


def test_loading_the_demo_twice_adds_no_ads_pages_reasons_or_decisions(demo):
    before = moderation_counts()
    call_command("saypro_demo", stdout=StringIO())
    assert moderation_counts() == before


def test_there_is_at_least_one_demo_ad_in_every_moderation_state(demo):
    ads = ClassifiedAd.objects.all()
    assert ads.count() == len(DEMO_ADS)
    assert set(ads.values_list("moderation_status", flat=True)) == {
        code for code, _label in choices.STATUS_CHOICES
    }
    assert set(ads.values_list("category", flat=True)) == CATEGORIES
    assert {"en", "fr", "pt"} <= set(ads.values_list("language", flat=True))
    assert set(ads.values_list("owner__username", flat=True)) == {
        "advertiser",
        "applicant",
        "marie",
        "joao",
    }
    # Awaiting review: one clean, one flagged by screening (banned phrases and links).
    waiting = ads.filter(moderation_status=choices.REVIEW)
    assert set(waiting.values_list("screening_flagged", flat=True)) == {True, False}
    flagged = waiting.get(screening_flagged=True)
    result = ScreeningResult.objects.filter(object_id=str(flagged.pk)).get()
    assert {"banned_phrase", "links"} <= set(result.hits.values_list("rule", flat=True))
    # The one in screening is still at the workflow's first task; the others are at review.
    in_screening = ads.get(moderation_status=choices.SCREENING)
    assert in_screening.current_workflow_task.name == "Automatic screening"
    assert flagged.current_workflow_task.name == "Review by Ad Moderators"


def test_demo_decisions_and_reports_look_like_a_site_in_use(demo):
    decisions = ModerationDecision.objects.all()
    assert set(decisions.values_list("moderator__username", flat=True)) == {"moderator"}
    rejected = decisions.filter(outcome=choices.DECISION_REJECTED)
    assert set(rejected.values_list("reason_code", flat=True)) == {
        "wrong_category",
        "misleading",
    }
    assert all(rejected.values_list("message", flat=True))
    # Decided over several days, each after its submission.
    assert decisions.dates("decided_at", "day").count() >= 5
    assert all(d.decided_at > d.submitted_at for d in decisions)

    reports = ContentReport.objects.all()
    assert set(reports.values_list("status", flat=True)) == {
        choices.REPORT_OPEN,
        choices.REPORT_UPHELD,
        choices.REPORT_DISMISSED,
    }
    reported = ClassifiedAd.objects.get(moderation_status=choices.APPROVED, open_reports__gt=0)
    assert reported.live and 1 <= reported.open_reports <= 2
    hidden = ClassifiedAd.objects.get(moderation_status=choices.HIDDEN)
    assert not hidden.live and hidden.open_reports >= 3
    expired = ClassifiedAd.objects.get(moderation_status=choices.EXPIRED)
    assert expired.is_expired and not expired.live
    # Their e-mails belong to the past: none is waiting in the outbox.
    assert not Notification.objects.filter(
        status="pending", template__startswith="saypro_moderation"
    ).exists()


def test_banned_phrases_and_rejection_reasons_exist_in_every_language(demo):
    assert set(BannedPhrase.objects.values_list("language", flat=True)) == LANGUAGES | {""}
    assert BannedPhrase.objects.filter(phrase="dinheiro fácil", language="pt").exists()

    english = Locale.objects.get(language_code="en")
    for code in REJECTION_REASONS:
        reason = RejectionReason.objects.get(code=code, locale=english)
        translations = RejectionReason.objects.filter(translation_key=reason.translation_key)
        assert set(translations.values_list("locale__language_code", flat=True)) == LANGUAGES
        assert len(set(translations.values_list("title", flat=True))) == len(LANGUAGES)
    french = RejectionReason.objects.get(code="wrong_category", locale__language_code="fr")
    assert french.title == "Mauvaise catégorie"


def test_the_ads_page_in_every_language_lists_only_live_ads(demo, client):
    pages = AdIndexPage.objects.live()
    assert set(pages.values_list("locale__language_code", flat=True)) == LANGUAGES
    page = pages.get(locale__language_code="en")
    assert page.url == "/en/ads/"
    # The front-end app shares /en/ads/ but only under mine/: the page is served by Wagtail.
    assert resolve(page.url).url_name == "wagtail_serve"
    assert resolve("/en/ads/mine/").namespace == "saypro_moderation"

    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    public = ClassifiedAd.objects.public()
    assert public.count() >= 5
    for ad in ClassifiedAd.objects.all():
        # The listing escapes apostrophes; every demo title is distinct in its first words.
        shown = ad.title.split(",")[0].replace("'", "&#x27;") in html
        assert shown == (ad in public), ad.title

    french = client.get(pages.get(locale__language_code="fr").url)
    assert french.status_code == 200
    assert "Petites annonces" in french.content.decode()


def test_the_site_header_links_to_the_ads_page_in_the_visitors_language(demo, client):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/ads/"' in html
    html = client.get("/en/").content.decode()
    assert 'href="/en/ads/">' in html
    html = client.get("/en/ads/").content.decode()
    assert 'href="/en/ads/" aria-current="page">' in html
