import pytest

from saypro_wagtail.roles import SUPPORT_AGENTS, SUPPORT_SUPERVISORS
from saypro_wagtail.support.models import SupportRequest
from tests.profiles.conftest import in_group, make_user


def make_request(**fields):
    defaults = {"subject": "My ad is not showing", "category": "ad_posting", "description": "..."}
    return SupportRequest.objects.create(**{**defaults, **fields})


@pytest.fixture
def agent(roles):
    return in_group("agent", SUPPORT_AGENTS)


@pytest.fixture
def other_agent(roles):
    return in_group("agent2", SUPPORT_AGENTS)


@pytest.fixture
def supervisor(roles):
    return in_group("supervisor", SUPPORT_SUPERVISORS)


@pytest.fixture
def requester(db):
    return make_user("requester")


@pytest.fixture
def support_request(requester):
    return make_request(requester=requester)
