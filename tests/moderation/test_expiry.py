"""Expiry, reminders before expiry, and renewal of classified ads."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from saypro_wagtail.moderation import expiry, lifecycle
from saypro_wagtail.moderation.choices import APPROVED, EXPIRED, IN_MODERATION
from saypro_wagtail.moderation.models import ClassifiedAd
from saypro_wagtail.notifications.events import registered_events
from saypro_wagtail.notifications.models import Notification
from saypro_wagtail.profiles.models import Profile

from .conftest import make_ad, publish

pytestmark = pytest.mark.django_db


def live_until(owner, when, **fields):
    """A live, approved ad whose expiry date is ``when`` (may be in the past)."""
    ad = publish(make_ad(owner=owner, **fields))
    ClassifiedAd.objects.filter(pk=ad.pk).update(expires_at=when)
    ad.refresh_from_db()
    return ad


def sent(template, user=None):
    rows = Notification.objects.filter(template=template)
    if user is not None:
        rows = rows.filter(user=user)
    return rows


# Expiry


def test_an_ad_past_its_expiry_date_leaves_the_listing_and_is_marked_expired(advertiser):
    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))

    assert expiry.expire_ads() == 1

    ad.refresh_from_db()
    assert ad.live is False
    assert ad.moderation_status == EXPIRED
    assert not ClassifiedAd.objects.public().filter(pk=ad.pk).exists()


def test_an_ad_not_yet_expired_is_left_alone(advertiser):
    ad = live_until(advertiser, timezone.now() + timedelta(hours=1))

    assert expiry.expire_ads() == 0

    ad.refresh_from_db()
    assert ad.live is True
    assert ad.moderation_status == APPROVED
    assert ClassifiedAd.objects.public().filter(pk=ad.pk).exists()
    assert not sent(expiry.EXPIRED_TEMPLATE).exists()


def test_expiring_twice_changes_nothing_and_tells_the_owner_once(advertiser):
    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))

    assert expiry.expire_ads() == 1
    assert expiry.expire_ads() == 0

    assert sent(expiry.EXPIRED_TEMPLATE, advertiser).count() == 1
    ad.refresh_from_db()
    assert ad.moderation_status == EXPIRED


def test_the_owner_gets_an_email_with_a_link_to_renew(
    advertiser, django_capture_on_commit_callbacks
):
    live_until(advertiser, timezone.now() - timedelta(minutes=1), title="Blue bicycle")

    with django_capture_on_commit_callbacks(execute=True):
        expiry.expire_ads()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [advertiser.email]
    assert "Blue bicycle" in message.subject
    assert "expired" in message.subject
    assert expiry.renew_url(advertiser) in message.body
    assert expiry.renew_url(advertiser).startswith("http")


def test_expiry_is_logged_in_the_ads_history(advertiser):
    from wagtail.models import ModelLogEntry

    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))
    expiry.expire_ads()

    assert ModelLogEntry.objects.filter(
        object_id=str(ad.pk), action=lifecycle.EXPIRED_ACTION
    ).exists()


def test_many_expired_ads_are_handled_in_batches(advertiser, monkeypatch):
    monkeypatch.setattr(expiry, "BATCH_SIZE", 2)
    past = timezone.now() - timedelta(minutes=1)
    ads = [live_until(advertiser, past, title=f"Ad {n}") for n in range(5)]

    assert expiry.expire_ads() == 5

    assert set(
        ClassifiedAd.objects.filter(pk__in=[ad.pk for ad in ads]).values_list(
            "moderation_status", flat=True
        )
    ) == {EXPIRED}


def test_one_ad_that_cannot_expire_does_not_stop_the_others(advertiser, monkeypatch):
    past = timezone.now() - timedelta(minutes=1)
    broken = live_until(advertiser, past, title="Broken")
    fine = live_until(advertiser, past, title="Fine")
    real_expire = lifecycle.expire

    def expire(ad):
        if ad.pk == broken.pk:
            raise RuntimeError("boom")
        real_expire(ad)

    monkeypatch.setattr(lifecycle, "expire", expire)

    assert expiry.expire_ads() == 1
    fine.refresh_from_db()
    assert fine.moderation_status == EXPIRED


# Reminders


def soon(days=2):
    return timezone.now() + timedelta(days=days)


def test_the_owner_is_reminded_once_per_expiry_date(advertiser, django_capture_on_commit_callbacks):
    ad = live_until(advertiser, soon(), title="Garden chairs")

    with django_capture_on_commit_callbacks(execute=True):
        assert expiry.remind_expiring_ads() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert expiry.remind_expiring_ads() == 0

    assert len(mail.outbox) == 1
    assert "Garden chairs" in mail.outbox[0].subject
    assert expiry.renew_url(advertiser) in mail.outbox[0].body
    ad.refresh_from_db()
    assert ad.expiry_reminded_for == ad.expires_at


def test_ads_expiring_later_than_the_reminder_window_are_not_reminded(advertiser, settings):
    settings.SAYPRO_MODERATION_EXPIRY_REMINDER_DAYS = 3
    live_until(advertiser, soon(days=4))

    assert expiry.remind_expiring_ads() == 0
    assert not sent(expiry.EXPIRING_TEMPLATE).exists()


def test_expired_and_unpublished_ads_are_not_reminded(advertiser):
    live_until(advertiser, timezone.now() - timedelta(minutes=5))
    make_ad(owner=advertiser, expires_at=soon())  # a draft

    assert expiry.remind_expiring_ads() == 0


def test_two_runs_claiming_the_same_reminder_send_only_one(advertiser):
    ad = live_until(advertiser, soon())
    now = timezone.now()

    assert expiry.remind_one(ad.pk, now) is True
    assert expiry.remind_one(ad.pk, now) is False
    assert sent(expiry.EXPIRING_TEMPLATE, advertiser).count() == 1


def test_a_renewed_ad_is_reminded_again_before_its_new_expiry_date(advertiser, settings):
    settings.SAYPRO_MODERATION_AD_LIFETIME_DAYS = 2
    ad = live_until(advertiser, soon(days=1))
    assert expiry.remind_expiring_ads() == 1

    lifecycle.renew(ad, advertiser)  # now expires in 3 days: inside the window again

    assert expiry.remind_expiring_ads() == 1
    assert sent(expiry.EXPIRING_TEMPLATE, advertiser).count() == 2


def test_owners_who_switched_expiry_emails_off_are_not_reminded(advertiser):
    Profile.objects.filter(user=advertiser).update(
        notification_preferences={expiry.AD_EXPIRY_EVENT: []}
    )
    ad = live_until(advertiser, soon())

    expiry.remind_expiring_ads()

    assert not sent(expiry.EXPIRING_TEMPLATE).exists()
    ad.refresh_from_db()
    assert ad.expiry_reminded_for == ad.expires_at  # handled: not looked at again every day


def test_owners_who_switched_expiry_emails_off_are_not_told_of_the_expiry(advertiser):
    Profile.objects.filter(user=advertiser).update(
        notification_preferences={expiry.AD_EXPIRY_EVENT: []}
    )
    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))

    expiry.expire_ads()

    ad.refresh_from_db()
    assert ad.moderation_status == EXPIRED
    assert not sent(expiry.EXPIRED_TEMPLATE).exists()


def test_members_can_choose_expiry_emails_among_their_notifications():
    from saypro_wagtail.moderation import notification_events  # noqa: F401

    assert expiry.AD_EXPIRY_EVENT in {event.name for event in registered_events()}


def test_the_renew_link_falls_back_to_the_account_dashboard(advertiser, monkeypatch):
    monkeypatch.setattr(
        expiry, "RENEW_URL_NAMES", ("saypro_moderation:no_such_view", "saypro_profiles:dashboard")
    )
    from django.urls import reverse

    assert expiry.renew_url(advertiser).endswith(reverse("saypro_profiles:dashboard"))


def test_the_reminder_is_written_in_the_owners_language(
    advertiser, locales, django_capture_on_commit_callbacks
):
    Profile.objects.filter(user=advertiser).update(preferred_language="fr")
    live_until(advertiser, soon())

    with django_capture_on_commit_callbacks(execute=True):
        expiry.remind_expiring_ads()

    assert sent(expiry.EXPIRING_TEMPLATE, advertiser).get().language == "fr"
    assert "/fr/" in expiry.renew_url(advertiser)


# Renewal


def test_renewing_extends_the_expiry_date(advertiser):
    ad = live_until(advertiser, soon(days=2))
    before = ad.expires_at

    lifecycle.renew(ad, advertiser)

    ad.refresh_from_db()
    assert ad.expires_at > before
    assert ad.live is True
    assert ad.moderation_status == APPROVED


def test_renewing_an_expired_ad_lists_it_again_without_review_by_default(advertiser):
    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))
    expiry.expire_ads()
    ad.refresh_from_db()

    lifecycle.renew(ad, advertiser)

    ad.refresh_from_db()
    assert ad.live is True
    assert ad.moderation_status == APPROVED
    assert ad.expires_at > timezone.now()
    assert ClassifiedAd.objects.public().filter(pk=ad.pk).exists()


def test_renewing_goes_back_through_moderation_when_the_policy_says_so(advertiser, roles, settings):
    settings.SAYPRO_MODERATION_RENEWAL_NEEDS_REVIEW = True
    ad = live_until(advertiser, timezone.now() - timedelta(minutes=1))
    expiry.expire_ads()
    ad.refresh_from_db()

    lifecycle.renew(ad, advertiser)  # screening runs after commit: not needed here

    ad.refresh_from_db()
    assert ad.live is False
    assert ad.moderation_status in IN_MODERATION
    assert ad.current_workflow_state is not None
    assert not ClassifiedAd.objects.public().filter(pk=ad.pk).exists()


def test_only_approved_or_expired_ads_can_be_renewed(ad, advertiser):
    with pytest.raises(lifecycle.ActionRefused):
        lifecycle.renew(ad, advertiser)
