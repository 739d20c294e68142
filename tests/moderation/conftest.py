"""Fixtures of the moderation tests: people, ads, and a submission that went through screening."""

from datetime import timedelta

import pytest
from django.utils import timezone

from saypro_wagtail.moderation import lifecycle
from saypro_wagtail.moderation.models import ClassifiedAd
from saypro_wagtail.roles import AD_MODERATORS
from tests.profiles.conftest import in_group, make_user


def make_ad(owner=None, **fields):
    """A draft ad with one revision, as the owner's "save" leaves it."""
    defaults = {
        "title": "Bicycle for sale",
        "category": "products",
        "description": "A blue city bicycle in good condition, recently serviced.",
        "price": "1200.00",
        "location": "Cape Town",
        "contact_email": "seller@example.com",
        "language": "en",
        "live": False,
    }
    ad = ClassifiedAd.objects.create(owner=owner, **{**defaults, **fields})
    ad.save_revision(user=owner, log_action=False)
    return ad


def submit(ad, user, capture):
    """Submit through the workflow and let screening run (its Celery task is eager in tests)."""
    with capture(execute=True):
        lifecycle.submit(ad, user)
    ad.refresh_from_db()
    return ad


def publish(ad, user=None):
    """Put an ad live directly, as an approval would."""
    revision = ad.latest_revision or ad.save_revision(user=user, log_action=False)
    ad.publish(revision, user=user, skip_permission_checks=True)
    ad.refresh_from_db()
    return ad


@pytest.fixture
def moderator(roles):
    return in_group("moderator", AD_MODERATORS)


@pytest.fixture
def advertiser(db):
    return make_user("advertiser")


@pytest.fixture
def other_member(db):
    return make_user("othermember")


@pytest.fixture
def ad(advertiser):
    return make_ad(owner=advertiser)


@pytest.fixture
def live_ad(advertiser):
    return publish(make_ad(owner=advertiser, expires_at=timezone.now() + timedelta(days=10)))


@pytest.fixture
def submitted_ad(roles, advertiser, django_capture_on_commit_callbacks):
    """An ad past screening, waiting in the moderators' review task."""
    return submit(make_ad(owner=advertiser), advertiser, django_capture_on_commit_callbacks)
