import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from saypro_wagtail.roles import SUPPORT_AGENTS, SUPPORT_SUPERVISORS
from saypro_wagtail.support.models import SupportRequest
from tests.profiles.conftest import make_user


def make_request(**fields):
    defaults = {"subject": "My ad is not showing", "category": "ad_posting", "description": "..."}
    return SupportRequest.objects.create(**{**defaults, **fields})


@pytest.fixture
def roles(db):
    call_command("saypro_setup_roles", verbosity=0)


def staff(username, group_name):
    user = make_user(username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def agent(roles):
    return staff("agent", SUPPORT_AGENTS)


@pytest.fixture
def other_agent(roles):
    return staff("agent2", SUPPORT_AGENTS)


@pytest.fixture
def supervisor(roles):
    return staff("supervisor", SUPPORT_SUPERVISORS)


@pytest.fixture
def requester(db):
    return make_user("requester")


@pytest.fixture
def support_request(requester):
    return make_request(requester=requester)
