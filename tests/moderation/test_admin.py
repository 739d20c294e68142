"""The classified ads in the admin: who sees the listing and the edit screen, what moderators
find there (filters, flags, the latest screening, the owner's earlier decisions), the rejection
reasons, the dashboard counts, and a listing whose queries do not grow with the ads."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from saypro_wagtail.moderation.choices import DECISION_REJECTED, HIDDEN, REVIEW
from saypro_wagtail.moderation.models import (
    ClassifiedAd,
    ModerationDecision,
    RejectionReason,
    ScreeningHit,
    ScreeningResult,
)
from saypro_wagtail.roles import SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.profiles.conftest import (
    in_group,
    make_user,
    superuser,  # noqa: F401  (fixture)
)

from .conftest import make_ad

pytestmark = pytest.mark.django_db

URLS = "wagtailsnippets_saypro_moderation_classifiedad"
REASON_URLS = "wagtailsnippets_saypro_moderation_rejectionreason"


def list_url(query=""):
    return reverse(f"{URLS}:list") + query


def edit_url(ad):
    return reverse(f"{URLS}:edit", args=[ad.pk])


@pytest.fixture
def people(roles, moderator, superuser):  # noqa: F811
    return {
        "moderator": moderator,
        "superuser": superuser,
        "support_agent": in_group("agent", SUPPORT_AGENTS),
        "member": make_user("plainmember"),
    }


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("moderator", True),
        ("superuser", True),
        ("support_agent", False),
        ("member", False),
        ("anonymous", False),
    ],
)
def test_only_moderators_and_superusers_open_the_ads_listing_and_edit_screen(
    client, people, ad, who, allowed
):
    if who != "anonymous":
        verified_login(client, people[who])
    for url in (list_url(), edit_url(ad), reverse(f"{URLS}:inspect", args=[ad.pk])):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
            if response.status_code == 302:
                assert "login" in response.url or response.url in ("/", "/admin/")


@pytest.mark.parametrize("who", ["moderator", "support_agent", "member"])
def test_nobody_but_superusers_adds_or_deletes_ads_in_the_admin(client, people, ad, who):
    verified_login(client, people[who])
    assert client.get(reverse(f"{URLS}:add")).status_code in (302, 403)
    response = client.post(reverse(f"{URLS}:delete", args=[ad.pk]))
    assert response.status_code in (302, 403)
    assert ClassifiedAd.objects.filter(pk=ad.pk).exists()


def test_a_superuser_may_delete_an_ad_in_the_admin(client, people, ad):
    verified_login(client, people["superuser"])
    response = client.post(reverse(f"{URLS}:delete", args=[ad.pk]))
    assert response.status_code == 302
    assert not ClassifiedAd.objects.filter(pk=ad.pk).exists()


def test_the_listing_shows_owner_status_and_flags(client, people, advertiser):
    make_ad(owner=advertiser, title="Flagged bike", screening_flagged=True, open_reports=2)
    verified_login(client, people["moderator"])
    html = client.get(list_url()).content.decode()
    assert "Flagged bike" in html
    assert "advertiser" in html
    assert "Flagged by screening" in html
    assert "2 open reports" in html
    assert "Draft" in html


def test_the_listing_filters_by_status_flags_reports_category_and_live(client, people, advertiser):
    make_ad(owner=advertiser, title="Waiting ad", moderation_status=REVIEW)
    make_ad(owner=advertiser, title="Flagged ad", moderation_status=REVIEW, screening_flagged=True)
    make_ad(owner=advertiser, title="Reported ad", open_reports=3, moderation_status=HIDDEN)
    make_ad(owner=advertiser, title="Job ad", category="jobs")
    verified_login(client, people["moderator"])

    def titles(query):
        html = client.get(list_url(query)).content.decode()
        return {t for t in ("Waiting ad", "Flagged ad", "Reported ad", "Job ad") if t in html}

    assert titles(f"?moderation_status={REVIEW}") == {"Waiting ad", "Flagged ad"}
    assert titles("?screening_flagged=true") == {"Flagged ad"}
    assert titles("?has_open_reports=true") == {"Reported ad"}
    assert titles("?category=jobs") == {"Job ad"}
    assert titles("?live=true") == set()
    assert titles("?q=Reported") == {"Reported ad"}


def test_bad_filter_values_do_not_break_the_listing(client, people, ad):
    verified_login(client, people["moderator"])
    response = client.get(list_url("?moderation_status=nonsense&live=maybe&category=x"))
    assert response.status_code == 200


def test_listing_queries_do_not_grow_with_the_number_of_ads(client, people, advertiser):
    verified_login(client, people["moderator"])
    for number in range(3):
        make_ad(owner=make_user(f"owner{number}"), title=f"Ad {number}", open_reports=number)
    client.get(list_url())  # warm caches (content types, site, permissions)
    with CaptureQueriesContext(connection) as few:
        assert client.get(list_url()).status_code == 200
    for number in range(3, 30):
        make_ad(owner=make_user(f"owner{number}"), title=f"Ad {number}", open_reports=number)
    with CaptureQueriesContext(connection) as many:
        assert client.get(list_url()).status_code == 200
    assert len(many) == len(few)


def test_the_edit_screen_shows_the_latest_screening_reports_and_the_owners_decisions(
    client, people, advertiser
):
    ad = make_ad(owner=advertiser, open_reports=4, screening_flagged=True)
    earlier = make_ad(owner=advertiser, title="Earlier ad")
    content_type = ContentType.objects.get_for_model(ClassifiedAd)
    old = ScreeningResult.objects.create(
        content_type=content_type,
        object_id=str(ad.pk),
        flagged=False,
        created_at=timezone.now() - timedelta(days=1),
    )
    ScreeningHit.objects.create(result=old, rule="old_rule_should_not_show")
    latest = ScreeningResult.objects.create(
        content_type=content_type, object_id=str(ad.pk), flagged=True
    )
    ScreeningHit.objects.create(result=latest, rule="banned_phrase", detail={"phrase": "cash"})
    ModerationDecision.objects.create(
        content_object=earlier, outcome=DECISION_REJECTED, reason_code="spam-links"
    )
    verified_login(client, people["moderator"])
    response = client.get(edit_url(ad))
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-saypro-moderation-info" in html
    assert "Latest automatic screening" in html
    assert "Flagged for a moderator to check." in html
    assert "old_rule_should_not_show" not in html
    assert "data-saypro-screening-hits" in html
    assert "cash" in html
    assert "Open visitor reports" in html
    assert "spam-links" in html


def test_a_moderator_can_save_changes_to_an_ad(client, people, ad):
    verified_login(client, people["moderator"])
    response = client.post(
        edit_url(ad),
        {
            "title": "Blue bicycle for sale",
            "category": "products",
            "language": "en",
            "description": ad.description,
            "price": "1000",
            "location": "Cape Town",
            "contact_email": "seller@example.com",
            "contact_phone": "",
            "expires_at": "",
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
            "images-MIN_NUM_FORMS": "0",
            "images-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    ad.refresh_from_db()
    assert ad.latest_revision.as_object().title == "Blue bicycle for sale"


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("moderator", True),
        ("superuser", True),
        ("support_agent", False),
        ("member", False),
        ("anonymous", False),
    ],
)
def test_moderators_manage_rejection_reasons(client, people, locales, who, allowed):
    reason = RejectionReason.objects.create(
        code="spam", title="Spam", guidance="No spam.", locale=Locale.get_default()
    )
    if who != "anonymous":
        verified_login(client, people[who])
    for url in (
        reverse(f"{REASON_URLS}:list"),
        reverse(f"{REASON_URLS}:add"),
        reverse(f"{REASON_URLS}:edit", args=[reason.pk]),
    ):
        response = client.get(url)
        assert (response.status_code == 200) is allowed, url


def test_a_moderator_adds_a_rejection_reason(client, people, locales):
    verified_login(client, people["moderator"])
    response = client.post(
        reverse(f"{REASON_URLS}:add"),
        {
            "code": "no-price",
            "title": "No price",
            "guidance": "Add a price.",
            "sort_order": "1",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert RejectionReason.objects.get(code="no-price").locale == Locale.get_default()


def test_moderators_see_the_moderation_menu_and_others_do_not(client, people):
    verified_login(client, people["moderator"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Classified ads" in html
    assert "Rejection reasons" in html

    client.logout()
    verified_login(client, people["support_agent"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Rejection reasons" not in html
    assert reverse(f"{URLS}:list") not in html


def test_the_dashboard_counts_ads_awaiting_review_flagged_and_hidden(client, people, advertiser):
    make_ad(owner=advertiser, moderation_status=REVIEW)
    make_ad(owner=advertiser, moderation_status=REVIEW, screening_flagged=True)
    make_ad(owner=advertiser, moderation_status=HIDDEN)
    verified_login(client, people["moderator"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-saypro-moderation-panel" in html
    assert "Awaiting review</a>: <strong>2</strong>" in html
    assert "Awaiting review, flagged by screening</a>: <strong>1</strong>" in html
    assert "Hidden after reports</a>: <strong>1</strong>" in html


def test_the_dashboard_panel_is_not_shown_to_support_agents(client, people):
    verified_login(client, people["support_agent"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-saypro-moderation-panel" not in html
