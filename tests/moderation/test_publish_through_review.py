"""Moderators publish ads only by approving them in the workflow, so every decision is recorded
(the owner's e-mail, the per-moderator figures); superusers keep Wagtail's Publish."""

from django.urls import reverse

from saypro_wagtail.moderation.models import ModerationDecision
from tests.conftest import verified_login
from tests.moderation.conftest import make_ad, submit
from tests.profiles.conftest import make_user

URLS = "wagtailsnippets_saypro_moderation_classifiedad"


def edit_url(ad):
    return reverse(f"{URLS}:edit", args=[ad.pk])


def form_data(ad, **extra):
    return {
        "title": ad.title,
        "category": ad.category,
        "language": ad.language,
        "description": ad.description,
        "price": "1200",
        "location": ad.location,
        "contact_email": ad.contact_email,
        "contact_phone": "",
        "expires_at": "",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
        **extra,
    }


def test_the_moderators_menu_offers_the_review_actions_but_no_direct_publish(
    client, moderator, advertiser, django_capture_on_commit_callbacks
):
    ad = submit(make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks)
    verified_login(client, moderator)

    html = client.get(edit_url(ad)).content.decode()

    assert "Approve and Publish" in html
    assert "Approve with comment and Publish" in html
    assert "Reject with a reason" in html
    assert "and publish and Publish" not in html
    assert 'name="action-publish"' not in html


def test_a_publish_request_from_a_moderator_is_refused_and_nothing_goes_live(
    client, moderator, advertiser, django_capture_on_commit_callbacks
):
    ad = submit(make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks)
    verified_login(client, moderator)

    response = client.post(edit_url(ad), form_data(ad, **{"action-publish": "action-publish"}))

    assert response.status_code == 302
    ad.refresh_from_db()
    assert not ad.live and ad.moderation_status == "review"
    assert not ModerationDecision.objects.exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("moderation workflow" in message for message in messages)


def test_superusers_keep_wagtails_publish(client, roles, advertiser):
    superuser = make_user("root")
    superuser.is_superuser = True
    superuser.save()
    ad = make_ad(owner=advertiser)
    verified_login(client, superuser)

    assert 'name="action-publish"' in client.get(edit_url(ad)).content.decode()
    response = client.post(edit_url(ad), form_data(ad, **{"action-publish": "action-publish"}))

    assert response.status_code == 302
    ad.refresh_from_db()
    assert ad.live and ad.moderation_status == "approved"
