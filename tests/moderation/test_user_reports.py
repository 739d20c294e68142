"""Visitors report live content; past a threshold it is hidden; moderators uphold or dismiss."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from saypro_wagtail.moderation import lifecycle, public
from saypro_wagtail.moderation.choices import (
    APPROVED,
    HIDDEN,
    REMOVED,
    REPORT_DISMISSED,
    REPORT_OPEN,
    REPORT_UPHELD,
)
from saypro_wagtail.moderation.models import AdIndexPage, ContentReport
from saypro_wagtail.moderation.user_reports import service
from saypro_wagtail.roles import SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.profiles.conftest import in_group, make_user
from tests.testapp.models import CommunityNotice

from .conftest import make_ad, publish

pytestmark = pytest.mark.django_db

QUEUE = "saypro_moderation_user_reports"


@pytest.fixture(autouse=True)
def empty_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ads_page(home_page):
    page = AdIndexPage(title="Classified ads", slug="ads")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def report_url(page, ad):
    return page.url + page.reverse_subpage("report_ad", kwargs={"pk": ad.pk})


def visitor_request(rf, user=None, address="203.0.113.5"):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    request = rf.post("/", REMOTE_ADDR=address)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    return request


def report_by_visitors(obj, rf, count, start=0):
    for number in range(start, start + count):
        service.report_content(
            obj, reason="scam", message="", request=visitor_request(rf, address=f"10.0.0.{number}")
        )
    obj.refresh_from_db()


# Visitors reporting.


def test_a_visitor_reports_an_ad_from_its_page_and_is_thanked(client, ads_page, live_ad):
    response = client.post(
        report_url(ads_page, live_ad), {"reason": "scam", "message": "Asks for a deposit first."}
    )
    assert response.status_code == 200
    assert "Thank you for your report" in response.content.decode()
    report = ContentReport.objects.get()
    assert report.content_object == live_ad
    assert report.reason == "scam" and report.message == "Asks for a deposit first."
    assert report.status == REPORT_OPEN
    live_ad.refresh_from_db()
    assert live_ad.open_reports == 1
    actions = ModelLogEntry.objects.for_instance(live_ad).values_list("action", flat=True)
    assert lifecycle.REPORTED_ACTION in actions


def test_a_report_without_a_reason_is_a_field_error(client, ads_page, live_ad):
    response = client.post(report_url(ads_page, live_ad), {"reason": "nonsense"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert 'id="id_reason_error_1"' in html
    assert not ContentReport.objects.exists()


def test_the_same_visitor_reporting_twice_is_told_kindly_and_counted_once(
    client, ads_page, live_ad
):
    client.post(report_url(ads_page, live_ad), {"reason": "scam"})
    response = client.post(report_url(ads_page, live_ad), {"reason": "offensive"})
    assert response.status_code == 200
    assert "already reported" in response.content.decode()
    assert ContentReport.objects.count() == 1
    live_ad.refresh_from_db()
    assert live_ad.open_reports == 1


def test_a_signed_in_member_can_report_once(client, ads_page, live_ad, other_member):
    client.force_login(other_member)
    client.post(report_url(ads_page, live_ad), {"reason": "scam"})
    client.post(report_url(ads_page, live_ad), {"reason": "scam"})
    assert ContentReport.objects.get().reporter == other_member


@override_settings(SAYPRO_MODERATION_REPORT_LIMIT=(2, 3600), SAYPRO_MODERATION_REPORT_THRESHOLD=99)
def test_reports_from_one_address_are_rate_limited(client, ads_page, advertiser):
    ads = [publish(make_ad(advertiser, title=f"Ad {n}", expires_at=None)) for n in range(3)]
    for ad in ads[:2]:
        assert client.post(report_url(ads_page, ad), {"reason": "scam"}).status_code == 200
    response = client.post(report_url(ads_page, ads[2]), {"reason": "scam"})
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert ContentReport.objects.count() == 2


def test_the_honeypot_records_nothing(client, ads_page, live_ad):
    client.post(report_url(ads_page, live_ad), {"reason": "scam", "website": "http://spam"})
    assert not ContentReport.objects.exists()


def test_only_live_ads_can_be_reported(client, ads_page, ad, rf):
    assert client.post(report_url(ads_page, ad), {"reason": "scam"}).status_code == 404
    with pytest.raises(service.NotReportable):
        service.report_content(ad, reason="scam", request=visitor_request(rf))


@override_settings(SAYPRO_MODERATION_REPORT_THRESHOLD=3)
def test_enough_reports_hide_the_ad_from_the_listing(client, ads_page, live_ad, rf):
    report_by_visitors(live_ad, rf, 2)
    assert live_ad.live and live_ad.open_reports == 2
    report_by_visitors(live_ad, rf, 1, start=2)
    assert not live_ad.live
    assert live_ad.moderation_status == HIDDEN
    assert live_ad.open_reports == 3
    assert live_ad.title not in client.get(ads_page.url).content.decode()
    assert client.get(public.ad_url(live_ad) or ads_page.url + f"{live_ad.pk}/").status_code == 404


@override_settings(SAYPRO_MODERATION_REPORT_THRESHOLD=2)
def test_a_community_notice_is_reported_and_hidden_through_the_same_service(rf, advertiser):
    notice = CommunityNotice.objects.create(
        headline="Street party", body="Saturday at noon.", author=advertiser, live=True
    )
    report_by_visitors(notice, rf, 2)
    assert ContentReport.objects.filter(object_id=str(notice.pk)).count() == 2
    assert notice.open_reports == 2
    assert notice.moderation_status == HIDDEN
    assert not notice.live


def test_upholding_a_report_on_a_community_notice_removes_it_and_tells_its_author(
    rf, advertiser, moderator, django_capture_on_commit_callbacks
):
    notice = CommunityNotice.objects.create(
        headline="Free puppies", body="Send a deposit.", author=advertiser, live=True
    )
    report_by_visitors(notice, rf, 1)
    with django_capture_on_commit_callbacks(execute=True):
        service.uphold(notice, moderator, "A known scam.")
    notice.refresh_from_db()
    assert notice.moderation_status == REMOVED
    assert not notice.live
    assert mail.outbox[-1].to == [advertiser.email]
    assert "Free puppies" in mail.outbox[-1].subject


def test_the_report_page_offers_the_reasons_with_labels(client, ads_page, live_ad):
    html = client.get(report_url(ads_page, live_ad)).content.decode()
    assert "<legend>What is wrong with it?" in html
    assert '<label for="id_message">Details</label>' in html
    assert "Scam or fraud" in html


# Moderators' decisions.


def test_upholding_removes_the_ad_and_emails_the_owner_why(
    live_ad, moderator, rf, django_capture_on_commit_callbacks
):
    report_by_visitors(live_ad, rf, 1)
    with django_capture_on_commit_callbacks(execute=True):
        service.uphold(live_ad, moderator, "Selling a counterfeit.")
    live_ad.refresh_from_db()
    assert live_ad.moderation_status == REMOVED
    assert not live_ad.live
    assert live_ad.open_reports == 0
    report = ContentReport.objects.get()
    assert report.status == REPORT_UPHELD and report.decided_by == moderator
    message = mail.outbox[-1]
    assert message.to == [live_ad.owner.email]
    assert live_ad.title in message.subject
    assert "Scam or fraud" in message.body
    assert "Selling a counterfeit." in message.body


@override_settings(SAYPRO_MODERATION_REPORT_THRESHOLD=2)
def test_dismissing_shows_a_hidden_ad_again(client, ads_page, live_ad, moderator, rf):
    report_by_visitors(live_ad, rf, 2)
    assert live_ad.moderation_status == HIDDEN
    service.dismiss(live_ad, moderator, "Nothing wrong.")
    live_ad.refresh_from_db()
    assert live_ad.live and live_ad.moderation_status == APPROVED
    assert live_ad.open_reports == 0
    assert set(ContentReport.objects.values_list("status", flat=True)) == {REPORT_DISMISSED}
    assert live_ad.title in client.get(ads_page.url).content.decode()


def test_a_decision_without_open_reports_is_refused(live_ad, moderator):
    with pytest.raises(lifecycle.ActionRefused):
        service.dismiss(live_ad, moderator)


# The admin queue, by role.


@pytest.fixture
def reported_ad(live_ad, rf):
    service.report_content(
        live_ad, reason="scam", message="Wants payment up front", request=visitor_request(rf)
    )
    live_ad.refresh_from_db()
    return live_ad


def decision_url(ad, decision):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(ad)
    return reverse(f"{QUEUE}_{decision}", args=[content_type.pk, ad.pk])


@pytest.fixture
def superuser_account(db):
    user = make_user("root")
    user.is_superuser = True
    user.save()
    return user


@pytest.mark.parametrize("role", ["moderator", "superuser"])
def test_moderators_and_superusers_see_the_queue(client, role, reported_ad, request):
    user = request.getfixturevalue("moderator" if role == "moderator" else "superuser_account")
    verified_login(client, user)
    response = client.get(reverse(QUEUE))
    assert response.status_code == 200
    html = response.content.decode()
    assert reported_ad.title in html
    assert "Wants payment up front" in html
    assert decision_url(reported_ad, "uphold") in html
    assert "Reports from visitors" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_support_agents_and_members_cannot_open_the_queue_or_decide(
    client, roles, reported_ad, other_member
):
    agent = in_group("agent", SUPPORT_AGENTS)
    for user in (agent, other_member):
        client.logout()
        verified_login(client, user)
        for url in (
            reverse(QUEUE),
            decision_url(reported_ad, "uphold"),
            decision_url(reported_ad, "dismiss"),
        ):
            response = client.post(url, {"note": "x"}) if "queue" not in url else client.get(url)
            assert response.status_code in (302, 403), (user, url)
            if response.status_code == 302:  # Wagtail sends them to sign in or to its home
                assert response["Location"] != url
    if client.get(reverse("wagtailadmin_home")).status_code == 200:
        assert (
            "Reports from visitors" not in client.get(reverse("wagtailadmin_home")).content.decode()
        )
    reported_ad.refresh_from_db()
    assert reported_ad.live
    assert ContentReport.objects.get().status == REPORT_OPEN


def test_anonymous_visitors_are_sent_to_sign_in(client, reported_ad):
    for url in (reverse(QUEUE), decision_url(reported_ad, "uphold")):
        response = client.post(url) if "uphold" in url else client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    assert ContentReport.objects.get().status == REPORT_OPEN


def test_a_moderator_confirms_then_upholds_from_the_queue(
    client, moderator, reported_ad, django_capture_on_commit_callbacks
):
    verified_login(client, moderator)
    confirm = client.get(decision_url(reported_ad, "uphold"))
    assert confirm.status_code == 200
    assert "Wants payment up front" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decision_url(reported_ad, "uphold"), {"note": "Scam."})
    assert response.status_code == 302
    reported_ad.refresh_from_db()
    assert reported_ad.moderation_status == REMOVED
    queue = client.get(reverse(QUEUE)).content.decode()
    assert decision_url(reported_ad, "uphold") not in queue
    assert "No open reports from visitors." in queue


def test_a_moderator_dismisses_from_the_queue_and_the_hidden_ad_returns(
    client, moderator, reported_ad
):
    lifecycle.hide_after_reports(reported_ad)
    assert reported_ad.moderation_status == HIDDEN
    verified_login(client, moderator)
    assert "Hidden after reports" in client.get(reverse(QUEUE)).content.decode()
    response = client.post(decision_url(reported_ad, "dismiss"), {"note": ""})
    assert response.status_code == 302
    reported_ad.refresh_from_db()
    assert reported_ad.live


def test_the_queue_queries_do_not_grow_with_the_number_of_items(client, moderator, advertiser, rf):
    verified_login(client, moderator)

    def add(count, start):
        for number in range(start, start + count):
            ad = publish(make_ad(advertiser, title=f"Ad {number}", expires_at=None))
            service.report_content(
                ad, reason="scam", request=visitor_request(rf, address=f"10.1.{number}.1")
            )

    def count_queries():
        client.get(reverse(QUEUE))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(QUEUE)).status_code == 200
        return len(queries)

    add(2, 0)
    few = count_queries()
    add(8, 2)
    assert count_queries() == few
