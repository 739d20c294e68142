"""Who may open which support request screen in the admin: supervisors everything, agents their
own and unassigned requests, every other role nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings

from saypro_wagtail import roles as role_names
from saypro_wagtail.support.choices import PHONE
from saypro_wagtail.support.models import SupportRequest
from tests.conftest import verified_login
from tests.profiles.conftest import make_user
from tests.support.admin_urls import admin_url, refused
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

ACTIONS = ["assign", "take", "reply", "note", "priority", "escalate", "resolve", "close", "reopen"]


def staff_member(username, group_name):
    user = make_user(username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def outsiders(roles):
    """Signed-in people with no support role: staff of other areas and an ordinary member."""
    return [
        staff_member("editor", role_names.HELP_CENTER_EDITORS),
        staff_member("moderator", role_names.AD_MODERATORS),
        staff_member("usermanager", role_names.USER_MANAGERS),
        make_user("member"),
    ]


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.com", "x")


def screen_urls(support_request):
    return [
        admin_url("list"),
        admin_url("add"),
        admin_url("edit", support_request),
        admin_url("inspect", support_request),
        admin_url("history", support_request),
    ]


def test_roles_without_support_permissions_are_refused_everywhere(
    client, outsiders, support_request
):
    for user in outsiders:
        verified_login(client, user)
        for url in screen_urls(support_request):
            assert refused(client.get(url)), (user, url)
        for action in ACTIONS:
            url = admin_url("action", support_request, action)
            assert refused(client.post(url, {"reason": "x"})), (user, url)
        assert "Support requests" not in client.get("/admin/").content.decode()
    support_request.refresh_from_db()
    assert support_request.status == "new"
    assert support_request.assigned_to is None


def test_outsiders_do_not_see_the_menu_item(client, outsiders):
    verified_login(client, outsiders[0])
    response = client.get("/admin/")
    assert admin_url("list") not in response.content.decode()


@pytest.mark.parametrize("who", ["superuser", "supervisor", "agent"])
def test_support_staff_open_every_screen_of_a_visible_request(client, who, request):
    user = request.getfixturevalue(who)
    support_request = make_request(requester_name="Thandi", requester_email="t@example.com")
    verified_login(client, user)
    for url in screen_urls(support_request):
        assert client.get(url).status_code == 200, url
    assert admin_url("list") in client.get("/admin/").content.decode()


def test_an_agent_sees_own_and_unassigned_requests_only(client, agent, other_agent):
    own = make_request(subject="Mine", assigned_to=agent)
    unassigned = make_request(subject="Nobody's")
    others = make_request(subject="Theirs", assigned_to=other_agent)
    verified_login(client, agent)
    listing = client.get(admin_url("list")).content.decode()
    assert own.reference in listing
    assert unassigned.reference in listing
    assert others.reference not in listing
    for url in screen_urls(others)[2:]:
        assert refused(client.get(url)), url
    response = client.post(admin_url("action", others, "note"), {"note-body": "sneaky"})
    assert refused(response)
    assert not others.messages.exists()


@override_settings(SAYPRO_SUPPORT_AGENTS_SEE_ALL=True)
def test_agents_see_every_request_when_the_setting_says_so(client, agent, other_agent):
    others = make_request(subject="Theirs", assigned_to=other_agent)
    verified_login(client, agent)
    assert others.reference in client.get(admin_url("list")).content.decode()
    assert client.get(admin_url("inspect", others)).status_code == 200


def test_a_supervisor_sees_every_request(client, supervisor, agent, other_agent):
    requests = [make_request(assigned_to=agent), make_request(assigned_to=other_agent)]
    verified_login(client, supervisor)
    listing = client.get(admin_url("list")).content.decode()
    assert all(r.reference in listing for r in requests)


def test_staff_log_a_phone_request_and_are_its_receiver(client, agent):
    verified_login(client, agent)
    response = client.post(
        admin_url("add"),
        {
            "channel": PHONE,
            "requester_account": "",
            "requester_name": "Lerato M.",
            "requester_email": "",
            "requester_phone": "+27 82 000 0000",
            "requester_type": "public",
            "location": "Soweto",
            "subject": "Cannot post my ad",
            "category": "ad_posting",
            "priority": "high",
            "description": "Called at 9:00; the form fails on the last step.",
        },
    )
    support_request = SupportRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == admin_url("inspect", support_request)
    assert support_request.channel == PHONE
    assert support_request.received_by == agent
    assert support_request.priority == "high"
    assert support_request.status == "new"
    assert support_request.reference.startswith("SCMR-")
    screen = client.get(response["Location"]).content.decode()
    assert support_request.reference in screen


def test_logging_a_request_without_any_requester_contact_is_a_field_error(client, agent):
    verified_login(client, agent)
    response = client.post(
        admin_url("add"),
        {
            "channel": "",
            "requester_account": "nobody-here",
            "requester_type": "public",
            "subject": "x",
            "category": "other",
            "priority": "normal",
            "description": "y",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "channel" in form.errors
    assert "requester_account" in form.errors
    assert not SupportRequest.objects.exists()


def test_the_edit_form_changes_descriptive_fields_but_not_the_lifecycle(
    client, agent, support_request
):
    linked = make_request(subject="Same problem")
    verified_login(client, agent)
    response = client.post(
        admin_url("edit", support_request),
        {
            "requester_account": "requester",
            "requester_type": "registered",
            "subject": "Ad not visible after payment",
            "category": "billing",
            "description": "Paid yesterday.",
            "linked_references": linked.reference.lower(),
            # Not in the form: ignored.
            "status": "closed",
            "priority": "urgent",
            "assigned_to": agent.pk,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    support_request.refresh_from_db()
    assert support_request.subject == "Ad not visible after payment"
    assert support_request.category == "billing"
    assert list(support_request.linked_requests.all()) == [linked]
    assert (support_request.status, support_request.priority) == ("new", "normal")
    assert support_request.assigned_to is None


def test_an_unknown_linked_reference_is_a_field_error(client, agent, support_request):
    verified_login(client, agent)
    response = client.post(
        admin_url("edit", support_request),
        {
            "requester_account": "requester",
            "requester_type": "registered",
            "subject": "s",
            "category": "billing",
            "description": "d",
            "linked_references": "SCMR-0101-9999 nonsense",
        },
    )
    assert response.status_code == 200
    assert "linked_references" in response.context["form"].errors
