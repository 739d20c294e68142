"""The example site's demo support requests."""

import pytest
from django.core import mail

from home.demo_support import BREACHED_SUBJECT, DEMO_REQUESTS, ensure_demo_support
from saypro_wagtail.support import sla
from saypro_wagtail.support.choices import CHANNEL_CHOICES, PRIORITY_CHOICES, STATUS_CHOICES
from saypro_wagtail.support.models import Message, SatisfactionRating, SupportRequest
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_users():
    return {name: make_user(name) for name in ("agent", "supervisor", "applicant", "advertiser")}


def test_demo_support_covers_everything_and_loads_once(demo_users):
    (line,) = ensure_demo_support()
    counts = (SupportRequest.objects.count(), Message.objects.count())
    assert ensure_demo_support() == [line]
    assert (SupportRequest.objects.count(), Message.objects.count()) == counts

    requests = SupportRequest.objects.all()
    assert counts[0] == len(DEMO_REQUESTS)
    for field, choices in (
        ("status", STATUS_CHOICES),
        ("channel", CHANNEL_CHOICES),
        ("priority", PRIORITY_CHOICES),
    ):
        assert set(requests.values_list(field, flat=True)) == {code for code, _l in choices}
    assert Message.objects.filter(internal=True).exists()
    assert Message.objects.filter(from_staff=False).exists()
    assert SatisfactionRating.objects.count() == 3
    assert set(requests.values_list("assigned_to__username", flat=True)) == {
        "agent",
        "supervisor",
        None,
    }
    assert set(requests.values_list("requester__username", flat=True)) == {
        "applicant",
        "advertiser",
        None,
    }
    assert requests.filter(requester__isnull=True, requester_email="thandi@example.com").exists()
    breached = requests.get(subject=BREACHED_SUBJECT)
    assert sla.sla_state(breached) == sla.BREACHED
    assert breached.reference in line


def test_demo_support_without_users(db):
    mail.outbox.clear()
    ensure_demo_support()
    assert SupportRequest.objects.count() == len(DEMO_REQUESTS)
