"""The request screen's actions through the admin, the listing's filters, search, bulk assign and
query counts."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from saypro_wagtail.support import lifecycle
from saypro_wagtail.support.choices import CLOSED, ESCALATED, IN_PROGRESS, REOPENED, RESOLVED
from saypro_wagtail.support.models import CannedResponse, Message, SupportRequest
from tests.conftest import verified_login
from tests.support.admin_urls import admin_url
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db


def post_action(client, support_request, action, data=None):
    response = client.post(
        admin_url("action", support_request, action),
        {f"{action}-{key}": value for key, value in (data or {}).items()},
    )
    assert response.status_code == 302
    assert response["Location"] == admin_url("inspect", support_request)
    support_request.refresh_from_db()
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def logged_actions(support_request):
    return list(
        ModelLogEntry.objects.for_instance(support_request)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_every_action_through_the_admin_changes_the_request_and_is_in_its_history(
    client, agent, supervisor, support_request
):
    verified_login(client, agent)
    post_action(client, support_request, "take")
    assert support_request.assigned_to == agent
    assert support_request.status == IN_PROGRESS
    post_action(client, support_request, "reply", {"body": "We are looking into it."})
    assert support_request.first_response_at is not None
    post_action(client, support_request, "note", {"body": "Payment provider issue."})
    post_action(client, support_request, "priority", {"priority": "high", "reason": "Paid ad"})
    assert support_request.priority == "high"
    post_action(client, support_request, "escalate", {"reason": "Needs a refund"})
    assert support_request.status == ESCALATED

    verified_login(client, supervisor)
    post_action(client, support_request, "assign", {"assignee": supervisor.pk, "reason": "Mine"})
    assert support_request.assigned_to == supervisor
    post_action(client, support_request, "resolve", {"resolution": "Refunded."})
    assert support_request.status == RESOLVED
    assert support_request.resolution == "Refunded."
    post_action(client, support_request, "close", {"reason": ""})
    assert support_request.status == CLOSED
    post_action(client, support_request, "reopen", {"reason": "Refund failed"})
    assert support_request.status == REOPENED

    assert logged_actions(support_request) == [
        lifecycle.ASSIGNED,
        lifecycle.REPLIED,
        lifecycle.NOTE_ADDED,
        lifecycle.PRIORITY_CHANGED,
        lifecycle.ESCALATED_ACTION,
        lifecycle.ASSIGNED,
        lifecycle.RESOLVED_ACTION,
        lifecycle.CLOSED_ACTION,
        lifecycle.REOPENED_ACTION,
    ]
    history = client.get(admin_url("history", support_request))
    assert history.status_code == 200
    page = history.content.decode()
    for label in ["Assigned the request", "Escalated to tier 2", "Resolved the request"]:
        assert label in page


def test_a_refused_action_shows_why_and_changes_nothing(client, agent, support_request):
    verified_login(client, agent)
    shown = post_action(client, support_request, "close", {"reason": "Spam"})
    assert shown == [
        "Resolve the request before closing it; only supervisors can close it directly."
    ]
    assert support_request.status == "new"
    assert logged_actions(support_request) == []


def test_an_invalid_action_form_shows_the_field_error_and_changes_nothing(
    client, agent, support_request
):
    verified_login(client, agent)
    shown = post_action(client, support_request, "resolve", {"resolution": ""})
    assert shown == ["Resolution: This field is required."]
    assert support_request.status == "new"


def test_an_agent_cannot_assign_to_someone_else(client, agent, other_agent, support_request):
    verified_login(client, agent)
    shown = post_action(client, support_request, "assign", {"assignee": other_agent.pk})
    assert shown == ["Only supervisors can assign requests to someone else."]
    assert support_request.assigned_to is None


def test_the_request_screen_shows_the_conversation_with_internal_notes_marked(
    client, agent, support_request
):
    lifecycle.reply(support_request, "<script>alert(1)</script> Hello", by=agent)
    lifecycle.add_note(support_request, "Check the payment log", by=agent)
    Message.objects.create(
        request=support_request, body="Thanks!", author=support_request.requester
    )
    verified_login(client, agent)
    page = client.get(admin_url("inspect", support_request)).content.decode()
    assert support_request.reference in page
    assert "Internal note — not visible to the requester" in page
    assert "Check the payment log" in page
    assert "Thanks!" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hello" in page


def test_the_reply_form_offers_canned_responses_of_the_admin_language(
    client, agent, support_request
):
    english = Locale.objects.get_or_create(language_code="en")[0]
    french = Locale.objects.get_or_create(language_code="fr")[0]
    CannedResponse.objects.create(title="Thanks", body="Thank you for writing.", locale=english)
    CannedResponse.objects.create(title="Merci", body="Merci de nous écrire.", locale=french)
    verified_login(client, agent)
    page = client.get(admin_url("inspect", support_request)).content.decode()
    assert "Thank you for writing." in page
    assert "Merci de nous écrire." not in page


def with_due_times(support_request, first_response, resolution):
    """Set due times directly: saving would compute them from the priority and the clock."""
    SupportRequest.objects.filter(pk=support_request.pk).update(
        first_response_due_at=first_response, resolution_due_at=resolution
    )
    return support_request


def test_filters_narrow_the_listing(client, supervisor, agent):
    now = timezone.now()
    later = now + timedelta(days=3)
    urgent = with_due_times(make_request(priority="urgent", channel="phone"), later, later)
    normal = with_due_times(
        make_request(priority="normal", channel="email", assigned_to=agent), later, later
    )
    late = with_due_times(make_request(), now - timedelta(minutes=5), later)
    soon = with_due_times(make_request(), later, now + timedelta(hours=1))
    verified_login(client, supervisor)

    def listed(**params):
        response = client.get(admin_url("list"), params)
        assert response.status_code == 200
        page = response.content.decode()
        everyone = [urgent, normal, late, soon]
        return {r.reference for r in everyone if r.reference in page}

    assert listed(priority="urgent") == {urgent.reference}
    assert listed(channel="email") == {normal.reference}
    assert listed(assigned_to=agent.pk) == {normal.reference}
    assert listed(sla="breached") == {late.reference}
    assert listed(sla="due_soon") == {soon.reference}
    assert late.reference not in listed(sla="on_time")
    assert listed(status="new") == {
        urgent.reference,
        normal.reference,
        late.reference,
        soon.reference,
    }


def test_search_by_reference(client, supervisor):
    wanted = make_request(subject="Wanted")
    other = make_request(subject="Other")
    verified_login(client, supervisor)
    page = client.get(admin_url("list"), {"q": wanted.reference}).content.decode()
    assert wanted.reference in page
    assert other.reference not in page


def test_a_supervisor_assigns_requests_in_bulk(client, supervisor, agent):
    requests = [make_request(), make_request()]
    url = (
        reverse("wagtail_bulk_action", args=["saypro_support", "supportrequest", "assign"])
        + "?"
        + "&".join(f"id={r.pk}" for r in requests)
    )
    verified_login(client, supervisor)
    assert client.get(url).status_code == 200
    response = client.post(url, {"assignee": agent.pk, "reason": "Monday rota"})
    assert response.status_code == 302
    for support_request in requests:
        support_request.refresh_from_db()
        assert support_request.assigned_to == agent
        assert logged_actions(support_request) == [lifecycle.ASSIGNED]


def test_agents_cannot_assign_in_bulk(client, agent, other_agent):
    support_request = make_request()
    url = (
        reverse("wagtail_bulk_action", args=["saypro_support", "supportrequest", "assign"])
        + f"?id={support_request.pk}"
    )
    verified_login(client, agent)
    response = client.post(url, {"assignee": other_agent.pk})
    assert response.status_code in (302, 403)
    support_request.refresh_from_db()
    assert support_request.assigned_to is None


def listing_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(admin_url("list"))
    assert response.status_code == 200
    return len(queries)


def test_listing_queries_do_not_grow_with_requests(client, supervisor, agent, requester):
    verified_login(client, supervisor)
    for number in range(5):
        make_request(requester=requester, assigned_to=agent if number % 2 else None)
    few = listing_queries(client)
    for number in range(25):
        make_request(
            requester_name=f"Visitor {number}",
            requester_email=f"v{number}@example.com",
            assigned_to=agent if number % 2 else None,
        )
    assert listing_queries(client) == few


def test_staff_opening_the_request_marks_the_requesters_messages_read(
    client, agent, support_request, requester
):
    from_requester = Message.objects.create(request=support_request, author=requester, body="Hi")
    outsider_view = client.get(admin_url("inspect", support_request))  # not signed in
    assert outsider_view.status_code == 302
    from_requester.refresh_from_db()
    assert from_requester.read_at is None

    verified_login(client, agent)
    client.get(admin_url("inspect", support_request))
    from_requester.refresh_from_db()
    assert from_requester.read_at is not None
