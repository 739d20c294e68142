"""Support requests, escalations and canned responses reach nobody through the admin's side doors
(the snippet chooser and its search, wagtail-localize's snippet API, the bulk-action
confirmation) beyond what the support listing shows them."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale

from saypro_wagtail import roles as role_names
from saypro_wagtail.support.models import CannedResponse
from tests.conftest import verified_login
from tests.profiles.conftest import in_group, make_user
from tests.support.admin_urls import refused
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

CHOOSER = "wagtailsnippetchoosers_saypro_support_supportrequest"
API = "/admin/localize/api/snippets/saypro_support/{}/"


def chooser_url(name, *args, namespace=CHOOSER):
    return reverse(f"{namespace}:{name}", args=args)


@pytest.fixture
def outsiders(roles):
    """Admin users without a support role: other teams and a plain staff account."""
    staff = make_user("staff")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return [
        in_group("editor", role_names.HELP_CENTER_EDITORS),
        in_group("publisher", role_names.HELP_CENTER_PUBLISHERS),
        in_group("moderator", role_names.AD_MODERATORS),
        in_group("usermanager", role_names.USER_MANAGERS),
        staff,
    ]


@pytest.fixture
def requests_of(agent, other_agent, supervisor):
    return {
        "agent": make_request(subject="Mine", assigned_to=agent),
        "nobody": make_request(subject="Unassigned", requester_email="nobody@example.com"),
        "other_agent": make_request(
            subject="Theirs", requester_name="Thandi Secret", requester_email="thandi@example.com"
        ),
        "supervisor": make_request(subject="Refund dispute", assigned_to=supervisor),
    }


def assign_other(requests_of, other_agent):
    requests_of["other_agent"].assigned_to = other_agent
    requests_of["other_agent"].save()


def test_roles_without_support_permissions_cannot_search_requests_in_the_chooser(
    client, outsiders, requests_of
):
    support_request = requests_of["other_agent"]
    for user in outsiders:
        verified_login(client, user)
        for url in (
            chooser_url("choose") + "?q=thandi",
            chooser_url("choose_results") + "?q=thandi",
            chooser_url("chosen", support_request.pk),
            chooser_url("chosen_multiple") + f"?id={support_request.pk}",
        ):
            response = client.get(url)
            assert refused(response), (user, url)
            assert b"Thandi" not in response.content


def test_an_agent_finds_only_own_and_unassigned_requests_in_the_chooser(
    client, agent, other_agent, requests_of
):
    assign_other(requests_of, other_agent)
    verified_login(client, agent)
    results = client.get(chooser_url("choose_results")).content.decode()
    assert requests_of["agent"].reference in results
    assert requests_of["nobody"].reference in results
    assert requests_of["other_agent"].reference not in results
    assert requests_of["supervisor"].reference not in results

    searched = client.get(chooser_url("choose_results") + "?q=Thandi").content.decode()
    assert requests_of["other_agent"].reference not in searched
    response = client.get(chooser_url("chosen", requests_of["supervisor"].pk), follow=True)
    assert response.status_code == 404
    chosen = client.get(
        chooser_url("chosen_multiple")
        + f"?id={requests_of['supervisor'].pk}&id={requests_of['agent'].pk}"
    ).content.decode()
    assert requests_of["agent"].reference in chosen
    assert requests_of["supervisor"].reference not in chosen


def test_a_supervisor_finds_every_request_in_the_chooser(
    client, supervisor, other_agent, requests_of
):
    assign_other(requests_of, other_agent)
    verified_login(client, supervisor)
    results = client.get(chooser_url("choose_results")).content.decode()
    assert all(request.reference in results for request in requests_of.values())
    searched = client.get(chooser_url("choose_results") + "?q=Thandi").content.decode()
    assert requests_of["other_agent"].reference in searched


def test_the_localize_snippet_api_lists_only_what_the_listing_shows(
    client, outsiders, agent, other_agent, requests_of
):
    assign_other(requests_of, other_agent)
    for user in outsiders:
        verified_login(client, user)
        response = client.get(API.format("supportrequest"))
        assert response.status_code == 403, user
        assert b"Theirs" not in response.content

    verified_login(client, agent)
    titles = {item["title"] for item in client.get(API.format("supportrequest")).json()}
    assert titles == {str(requests_of["agent"]), str(requests_of["nobody"])}
    detail = API.format("supportrequest") + f"{requests_of['other_agent'].pk}/"
    assert client.get(detail, follow=True).status_code == 404


def test_the_localize_snippet_api_answers_a_browser_in_json(client, agent, requests_of):
    verified_login(client, agent)
    response = client.get(API.format("supportrequest"), HTTP_ACCEPT="text/html,*/*;q=0.8")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


def test_the_bulk_delete_confirmation_names_no_request_the_user_may_not_see(
    client, agent, other_agent, requests_of
):
    assign_other(requests_of, other_agent)
    verified_login(client, agent)
    ids = "&".join(f"id={request.pk}" for request in requests_of.values())
    page = client.get(f"/admin/bulk/saypro_support/supportrequest/delete/?{ids}").content.decode()
    assert "Theirs" not in page
    assert "Refund dispute" not in page
    assert "Unassigned" in page  # seen in the listing, so named (as not deletable)


def test_escalations_and_canned_responses_stay_with_support_staff(client, outsiders, supervisor):
    english = Locale.objects.get_or_create(language_code="en")[0]
    CannedResponse.objects.create(title="Refund policy answer", body="...", locale=english)
    canned_chooser = "wagtailsnippetchoosers_saypro_support_cannedresponse"
    escalation_chooser = "wagtailsnippetchoosers_saypro_support_escalation"
    for user in outsiders:
        verified_login(client, user)
        for url in (
            chooser_url("choose_results", namespace=canned_chooser),
            chooser_url("choose_results", namespace=escalation_chooser),
            API.format("cannedresponse"),
            API.format("escalation"),
        ):
            response = client.get(url)
            assert refused(response), (user, url)
            assert b"Refund policy" not in response.content
    verified_login(client, supervisor)
    results = client.get(chooser_url("choose_results", namespace=canned_chooser))
    assert "Refund policy answer" in results.content.decode()


def test_an_agent_may_pick_canned_responses_but_not_escalations(client, agent):
    english = Locale.objects.get_or_create(language_code="en")[0]
    CannedResponse.objects.create(title="Greeting", body="Hello", locale=english)
    verified_login(client, agent)
    canned = chooser_url(
        "choose_results", namespace="wagtailsnippetchoosers_saypro_support_cannedresponse"
    )
    assert "Greeting" in client.get(canned).content.decode()
    escalations = chooser_url(
        "choose_results", namespace="wagtailsnippetchoosers_saypro_support_escalation"
    )
    assert refused(client.get(escalations))
