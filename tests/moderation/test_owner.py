"""The owner's side of classified ads: my ads, creating and editing, preview and actions."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from saypro_wagtail.moderation import lifecycle
from saypro_wagtail.moderation.choices import (
    APPROVED,
    DECISION_REJECTED,
    DRAFT,
    EXPIRED,
    REJECTED,
    REMOVED,
    REPORT_UPHELD,
    SCREENING,
    WITHDRAWN,
)
from saypro_wagtail.moderation.models import (
    ClassifiedAd,
    ContentReport,
    ModerationDecision,
    RejectionReason,
)
from saypro_wagtail.roles import SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.moderation.conftest import make_ad, publish
from tests.profiles.conftest import in_group, superuser  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def ad_data(**overrides):
    data = {
        "title": "Second-hand sofa",
        "category": "products",
        "description": "A grey three-seater sofa, no stains, collection only.",
        "price": "800",
        "location": "Durban",
        "contact_email": "seller@example.com",
        "contact_phone": "",
        "language": "en",
        "expiry_date": "",
        "action": "save",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "6",
    }
    data.update(overrides)
    return data


def edit_data(ad, **overrides):
    """The form as the owner sees it for ``ad`` (its images unchanged), with changes."""
    version = ad.get_latest_revision_as_object()
    images = list(version.images.all())
    data = ad_data(
        title=version.title,
        category=version.category,
        description=version.description,
        price=str(version.price or ""),
        location=version.location,
        contact_email=version.contact_email,
        contact_phone=version.contact_phone,
        language=version.language,
    )
    data["images-TOTAL_FORMS"] = str(len(images))
    data["images-INITIAL_FORMS"] = str(len(images))
    for index, ad_image in enumerate(images):
        data[f"images-{index}-id"] = str(ad_image.pk or "")
        data[f"images-{index}-alt_text"] = ad_image.alt_text
    data.update(overrides)
    return data


@pytest.fixture
def owner_client(client, advertiser):
    client.force_login(advertiser)
    return client


# Who may open the views ---------------------------------------------------------------------

OWNER_VIEWS = [
    ("ad_edit", "get"),
    ("ad_preview", "get"),
    ("ad_submit", "post"),
    ("ad_withdraw", "get"),
    ("ad_withdraw", "post"),
    ("ad_renew", "post"),
    ("ad_delete", "get"),
    ("ad_delete", "post"),
]


@pytest.mark.parametrize(("name", "method"), OWNER_VIEWS)
@pytest.mark.parametrize("who", ["other_member", "moderator", "superuser", "agent"])
def test_nobody_but_the_owner_can_open_an_ads_pages(client, request, live_ad, name, method, who):
    if who == "agent":
        request.getfixturevalue("roles")
        person = in_group("agent", SUPPORT_AGENTS)
    else:
        person = request.getfixturevalue(who)
    verified_login(client, person)
    url = reverse(f"saypro_moderation:{name}", kwargs={"pk": live_ad.pk})
    response = getattr(client, method)(url)
    assert response.status_code == 404
    live_ad.refresh_from_db()
    assert live_ad.live and live_ad.moderation_status == APPROVED


@pytest.mark.parametrize(
    ("name", "method"), [*OWNER_VIEWS, ("my_ads", "get"), ("ad_create", "get")]
)
def test_visitors_are_sent_to_sign_in(client, ad, name, method):
    kwargs = {} if name in ("my_ads", "ad_create") else {"pk": ad.pk}
    response = getattr(client, method)(reverse(f"saypro_moderation:{name}", kwargs=kwargs))
    assert response.status_code == 302
    assert "login" in response["Location"] or "next=" in response["Location"]
    assert ClassifiedAd.objects.filter(pk=ad.pk).exists()


def test_actions_only_accept_post(owner_client, ad):
    for name in ("ad_submit", "ad_renew"):
        response = owner_client.get(reverse(f"saypro_moderation:{name}", kwargs={"pk": ad.pk}))
        assert response.status_code == 405


def test_staff_see_only_their_own_ads_in_my_ads(client, moderator, advertiser, ad):
    verified_login(client, moderator)
    response = client.get(reverse("saypro_moderation:my_ads"))
    assert response.status_code == 200
    assert ad.title not in response.content.decode()


# My ads ---------------------------------------------------------------------------------------


def test_my_ads_lists_current_and_past_ads_apart_with_status_in_words(owner_client, advertiser):
    make_ad(owner=advertiser, title="Draft lamp")
    publish(make_ad(owner=advertiser, title="Live desk", expires_at=timezone.now() + timedelta(5)))
    withdrawn = make_ad(owner=advertiser, title="Old chair")
    lifecycle.set_status(withdrawn, WITHDRAWN)
    make_ad(owner=None, title="Someone else's bike")

    response = owner_client.get(reverse("saypro_moderation:my_ads"))

    assert response.status_code == 200
    current = [row["ad"].title for row in response.context["current_ads"]]
    past = [row["ad"].title for row in response.context["past_ads"]]
    assert sorted(current) == ["Draft lamp", "Live desk"]
    assert past == ["Old chair"]
    page = response.content.decode()
    assert "Draft" in page and "Approved" in page and "Withdrawn" in page
    assert "Someone else" not in page


def test_my_ads_shows_the_moderators_reason_and_message_after_a_rejection(
    owner_client, advertiser, ad, locales
):
    lifecycle.set_status(ad, REJECTED)
    reason = RejectionReason.objects.create(
        code="blurry", title="Photos unclear", guidance="Take photos in daylight."
    )
    ModerationDecision.objects.create(
        content_object=ad,
        outcome=DECISION_REJECTED,
        reason=reason,
        reason_code="blurry",
        message="Please add a photo of the back.",
    )

    page = owner_client.get(reverse("saypro_moderation:my_ads")).content.decode()

    assert "Changes requested" in page
    assert "Photos unclear" in page
    assert "Please add a photo of the back." in page
    assert "Correct and resubmit" in page


def test_my_ads_shows_why_a_reported_ad_was_removed(owner_client, ad):
    lifecycle.set_status(ad, REMOVED)
    ContentReport.objects.create(
        content_object=ad,
        reason="scam",
        reporter_key="k1",
        status=REPORT_UPHELD,
        decided_at=timezone.now(),
        decision_note="Asking for payment before viewing is not allowed.",
    )

    response = owner_client.get(reverse("saypro_moderation:my_ads"))

    assert [row["ad"] for row in response.context["past_ads"]] == [ad]
    assert "Asking for payment before viewing is not allowed." in response.content.decode()


def test_my_ads_offers_the_actions_of_each_state(owner_client, advertiser, ad, live_ad):
    response = owner_client.get(reverse("saypro_moderation:my_ads"))
    actions = {row["ad"].pk: row["actions"] for row in response.context["current_ads"]}
    assert actions[ad.pk] == {"edit": True, "submit": True, "withdraw": False, "renew": False}
    assert actions[live_ad.pk] == {"edit": True, "submit": False, "withdraw": True, "renew": True}


def _my_ads_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("saypro_moderation:my_ads"))
    assert response.status_code == 200
    return len(queries)


def test_my_ads_needs_the_same_number_of_queries_for_3_or_30_ads(owner_client, advertiser):
    def add_ads(count):
        for number in range(count):
            ad = make_ad(owner=advertiser, title=f"Ad {number}")
            if number % 3 == 1:
                lifecycle.set_status(ad, REJECTED)
                ModerationDecision.objects.create(
                    content_object=ad, outcome=DECISION_REJECTED, message="Fix it"
                )
            elif number % 3 == 2:
                lifecycle.set_status(ad, REMOVED)
                ContentReport.objects.create(
                    content_object=ad,
                    reason="scam",
                    reporter_key=f"k{number}",
                    status=REPORT_UPHELD,
                    decision_note="No.",
                )

    add_ads(3)
    few = _my_ads_queries(owner_client)
    ClassifiedAd.objects.all().delete()
    add_ads(30)
    many = _my_ads_queries(owner_client)
    assert few == many


# Creating and editing -------------------------------------------------------------------------


def test_a_member_creates_a_draft_ad_that_they_own(owner_client, advertiser, other_member):
    response = owner_client.post(
        reverse("saypro_moderation:ad_create"), ad_data(owner=other_member.pk)
    )

    ad = ClassifiedAd.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk})
    assert ad.owner == advertiser
    assert ad.title == "Second-hand sofa"
    assert ad.moderation_status == DRAFT
    assert not ad.live
    assert ad.latest_revision is not None
    assert ad.latest_revision.user == advertiser


def test_the_form_starts_in_the_active_language(client, advertiser):
    client.force_login(advertiser)
    response = client.get(reverse("saypro_moderation:ad_create").replace("/en/", "/fr/", 1))
    assert response.status_code == 200
    assert response.context["form"]["language"].value() == "fr"


def test_invalid_input_is_shown_at_the_fields_and_nothing_typed_is_lost(owner_client):
    response = owner_client.post(
        reverse("saypro_moderation:ad_create"),
        ad_data(
            title="",
            contact_email="",
            contact_phone="call me maybe",
            price="-5",
            expiry_date=(timezone.localdate() - timedelta(days=1)).isoformat(),
        ),
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"title", "contact_phone", "price", "expiry_date"}
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert "A grey three-seater sofa, no stains, collection only." in page
    assert 'value="call me maybe"' in page
    assert not ClassifiedAd.objects.exists()


def test_an_ad_needs_an_e_mail_address_or_a_phone(owner_client):
    response = owner_client.post(
        reverse("saypro_moderation:ad_create"), ad_data(contact_email="", contact_phone="")
    )
    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    response = owner_client.post(
        reverse("saypro_moderation:ad_create"),
        ad_data(contact_email="", contact_phone="+27 21 555 0123"),
    )
    assert response.status_code == 302


def test_the_expiry_date_cannot_be_too_far_ahead(owner_client, settings):
    settings.SAYPRO_MODERATION_AD_MAX_LIFETIME_DAYS = 10
    too_late = (timezone.localdate() + timedelta(days=11)).isoformat()
    response = owner_client.post(
        reverse("saypro_moderation:ad_create"), ad_data(expiry_date=too_late)
    )
    assert "expiry_date" in response.context["form"].errors
    fine = (timezone.localdate() + timedelta(days=10)).isoformat()
    response = owner_client.post(reverse("saypro_moderation:ad_create"), ad_data(expiry_date=fine))
    assert response.status_code == 302
    ad = ClassifiedAd.objects.get()
    assert timezone.localtime(ad.expires_at).date().isoformat() == fine


def test_the_owner_edits_a_draft(owner_client, ad):
    response = owner_client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk}),
        edit_data(ad, title="Red bicycle for sale"),
    )
    assert response.status_code == 302
    ad.refresh_from_db()
    assert ad.title == "Red bicycle for sale"
    assert ad.latest_revision.content["title"] == "Red bicycle for sale"


def test_editing_a_live_ad_keeps_the_public_version_until_approval(owner_client, live_ad):
    original_revision = live_ad.live_revision_id

    response = owner_client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": live_ad.pk}),
        edit_data(live_ad, title="Bicycle, price lowered", price="999"),
    )

    assert response.status_code == 302
    live_ad.refresh_from_db()
    assert live_ad.title == "Bicycle for sale"
    assert str(live_ad.price) == "1200.00"
    assert live_ad.live and live_ad.live_revision_id == original_revision
    assert live_ad.has_unpublished_changes
    assert live_ad.latest_revision.content["title"] == "Bicycle, price lowered"
    # The owner sees their edit when they come back to it.
    page = owner_client.get(reverse("saypro_moderation:ad_edit", kwargs={"pk": live_ad.pk}))
    assert page.context["form"]["title"].value() == "Bicycle, price lowered"
    # ... and can send it for review.
    actions = owner_client.get(reverse("saypro_moderation:my_ads")).context["current_ads"][0]
    assert actions["actions"]["submit"]


@pytest.mark.parametrize("status", [SCREENING, "review", REMOVED])
def test_editing_is_refused_while_moderated_or_after_removal(owner_client, ad, status):
    lifecycle.set_status(ad, status)
    url = reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk})

    response = owner_client.post(url, edit_data(ad, title="Sneaky change"), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("saypro_moderation:my_ads")
    assert list(response.context["messages"])
    ad.refresh_from_db()
    assert ad.title == "Bicycle for sale"


def test_editing_waits_while_a_moderator_has_the_ad_locked_in_the_admin(
    owner_client, ad, moderator
):
    ad.locked, ad.locked_by = True, moderator
    ad.save(update_fields=["locked", "locked_by"])
    url = reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk})

    response = owner_client.post(url, edit_data(ad, title="Sneaky change"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("saypro_moderation:my_ads")
    assert "being moderated" in str(list(response.context["messages"])[0])
    ad.refresh_from_db()
    assert ad.title == "Bicycle for sale" and ad.latest_revision.content["title"] != "Sneaky change"
    row = owner_client.get(reverse("saypro_moderation:my_ads")).context["current_ads"][0]
    assert not row["actions"]["edit"]


# Submitting and the other actions -------------------------------------------------------------


def test_save_and_submit_sends_the_ad_into_moderation(
    roles, owner_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            reverse("saypro_moderation:ad_create"), ad_data(action="submit")
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("saypro_moderation:my_ads")
    ad = ClassifiedAd.objects.get()
    assert ad.moderation_status in ("screening", "review")
    assert ad.submitted_at is not None


def test_submit_without_a_workflow_is_refused_with_a_message(owner_client, ad):
    response = owner_client.post(
        reverse("saypro_moderation:ad_submit", kwargs={"pk": ad.pk}), follow=True
    )
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert any("moderation is not set up" in message for message in messages)
    ad.refresh_from_db()
    assert ad.moderation_status == DRAFT


def test_submitting_a_draft_starts_the_review(
    roles, owner_client, ad, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(reverse("saypro_moderation:ad_submit", kwargs={"pk": ad.pk}))
    assert response.status_code == 302
    ad.refresh_from_db()
    assert ad.moderation_status in ("screening", "review")
    assert ad.current_workflow_state is not None


def test_withdrawing_asks_first_then_takes_the_ad_off_the_listing(owner_client, live_ad):
    url = reverse("saypro_moderation:ad_withdraw", kwargs={"pk": live_ad.pk})
    confirm = owner_client.get(url)
    assert confirm.status_code == 200
    assert "Withdraw" in confirm.content.decode()
    live_ad.refresh_from_db()
    assert live_ad.live

    response = owner_client.post(url)

    assert response.status_code == 302
    live_ad.refresh_from_db()
    assert not live_ad.live
    assert live_ad.moderation_status == WITHDRAWN


def test_renewing_extends_an_expired_ad(owner_client, live_ad, settings):
    settings.SAYPRO_MODERATION_RENEWAL_NEEDS_REVIEW = False
    lifecycle.expire(live_ad)
    live_ad.refresh_from_db()
    assert live_ad.moderation_status == EXPIRED

    response = owner_client.post(reverse("saypro_moderation:ad_renew", kwargs={"pk": live_ad.pk}))

    assert response.status_code == 302
    live_ad.refresh_from_db()
    assert live_ad.live and live_ad.moderation_status == APPROVED
    assert live_ad.expires_at > timezone.now()


def test_renewing_a_draft_is_refused_with_a_message(owner_client, ad):
    response = owner_client.post(
        reverse("saypro_moderation:ad_renew", kwargs={"pk": ad.pk}), follow=True
    )
    assert [str(m) for m in response.context["messages"]] == [
        "Only approved or expired ads can be renewed."
    ]


def test_deleting_asks_first_then_deletes_the_ad(owner_client, ad):
    url = reverse("saypro_moderation:ad_delete", kwargs={"pk": ad.pk})
    assert owner_client.get(url).status_code == 200
    assert ClassifiedAd.objects.filter(pk=ad.pk).exists()

    response = owner_client.post(url)

    assert response.status_code == 302
    assert not ClassifiedAd.objects.filter(pk=ad.pk).exists()


def test_preview_shows_the_latest_version_not_yet_public(owner_client, live_ad):
    owner_client.post(
        reverse("saypro_moderation:ad_edit", kwargs={"pk": live_ad.pk}),
        edit_data(live_ad, title="Bicycle with new tyres"),
    )

    response = owner_client.get(reverse("saypro_moderation:ad_preview", kwargs={"pk": live_ad.pk}))

    assert response.status_code == 200
    assert response.context["is_preview"] is True
    assert response.context["ad"].title == "Bicycle with new tyres"
    assert "Bicycle with new tyres" in response.content.decode()


# The account dashboard ------------------------------------------------------------------------


def test_the_account_dashboard_shows_my_latest_ads(owner_client, advertiser, ad):
    response = owner_client.get(reverse("saypro_profiles:dashboard"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "My ads" in page
    assert ad.title in page
    assert reverse("saypro_moderation:ad_create") in page
    assert reverse("saypro_moderation:my_ads") in page


def test_a_rejected_ad_is_corrected_and_resubmitted(
    roles, owner_client, ad, django_capture_on_commit_callbacks
):
    lifecycle.set_status(ad, REJECTED)

    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            reverse("saypro_moderation:ad_edit", kwargs={"pk": ad.pk}),
            edit_data(ad, description="Now with a photo of the back.", action="submit"),
        )

    assert response.status_code == 302
    ad.refresh_from_db()
    assert ad.description == "Now with a photo of the back."
    assert ad.moderation_status in ("screening", "review")


def test_an_ad_hidden_after_reports_cannot_be_resubmitted_to_escape_them(owner_client, live_ad):
    lifecycle.hide_after_reports(live_ad)

    response = owner_client.post(
        reverse("saypro_moderation:ad_submit", kwargs={"pk": live_ad.pk}), follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [
        "This ad cannot be submitted for review in its current state."
    ]
    live_ad.refresh_from_db()
    assert live_ad.moderation_status == "hidden"
