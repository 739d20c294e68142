"""Every lifecycle action, allowed and refused, per role; each one in the request's history."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from saypro_wagtail.support import lifecycle
from saypro_wagtail.support.choices import CLOSED, ESCALATED, IN_PROGRESS, REOPENED, RESOLVED
from saypro_wagtail.support.lifecycle import ActionRefused
from tests.profiles.conftest import make_user

pytestmark = pytest.mark.django_db


def actions(support_request):
    return list(
        ModelLogEntry.objects.for_instance(support_request)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )


def test_an_agent_takes_an_unassigned_request_and_it_is_in_progress(agent, support_request):
    lifecycle.take(support_request, by=agent)
    assert support_request.assigned_to == agent
    assert support_request.status == IN_PROGRESS
    assert actions(support_request) == [(lifecycle.ASSIGNED, "agent")]


def test_an_agent_cannot_take_a_request_assigned_to_someone_else(
    agent, other_agent, support_request
):
    lifecycle.take(support_request, by=other_agent)
    with pytest.raises(ActionRefused, match="assigned to someone else"):
        lifecycle.take(support_request, by=agent)


def test_only_supervisors_assign_to_others(agent, other_agent, supervisor, support_request):
    with pytest.raises(ActionRefused, match="Only supervisors"):
        lifecycle.assign(support_request, other_agent, by=agent)
    lifecycle.assign(support_request, other_agent, by=supervisor, reason="Speaks Zulu")
    assert support_request.assigned_to == other_agent


def test_people_without_a_support_role_can_do_nothing(requester, support_request):
    outsider = make_user("outsider")
    for action in (
        lambda: lifecycle.take(support_request, by=outsider),
        lambda: lifecycle.reply(support_request, "Hi", by=outsider),
        lambda: lifecycle.add_note(support_request, "Hi", by=outsider),
        lambda: lifecycle.resolve(support_request, "Done", by=outsider),
    ):
        with pytest.raises(ActionRefused):
            action()
    assert actions(support_request) == []


def test_the_first_staff_reply_stops_the_first_response_clock(agent, support_request):
    message = lifecycle.reply(support_request, "We are looking into it.", by=agent)
    first = support_request.first_response_at
    lifecycle.reply(support_request, "Found it.", by=agent)

    assert message.from_staff and not message.internal
    assert support_request.first_response_at == first
    assert support_request.assigned_to == agent
    assert support_request.status == IN_PROGRESS


def test_internal_notes_are_marked_internal(agent, support_request):
    note = lifecycle.add_note(support_request, "Customer called twice", by=agent)
    assert note.internal
    assert support_request.first_response_at is None


def test_escalation_needs_a_reason_and_only_supervisors_resolve_it(
    agent, supervisor, support_request
):
    with pytest.raises(ActionRefused, match="Say why"):
        lifecycle.escalate(support_request, by=agent, reason=" ")
    lifecycle.escalate(support_request, by=agent, reason="Billing dispute")
    assert (support_request.status, support_request.escalation_tier) == (ESCALATED, 2)
    with pytest.raises(ActionRefused, match="already escalated"):
        lifecycle.escalate(support_request, by=agent, reason="Again")
    with pytest.raises(ActionRefused, match="Only a supervisor"):
        lifecycle.resolve(support_request, "Refunded", by=agent)
    lifecycle.resolve(support_request, "Refunded", by=supervisor)
    assert support_request.status == RESOLVED


def test_resolving_needs_a_resolution(agent, support_request):
    with pytest.raises(ActionRefused, match="Describe the resolution"):
        lifecycle.resolve(support_request, "", by=agent)
    lifecycle.resolve(support_request, "Ad re-published", by=agent)
    assert support_request.resolved_at is not None


def test_closing_follows_resolution_unless_a_supervisor_closes_on_behalf(
    agent, supervisor, support_request, requester
):
    with pytest.raises(ActionRefused, match="Resolve the request before closing"):
        lifecycle.close(support_request, by=agent)
    lifecycle.close(support_request, by=supervisor, reason="Duplicate of SCMR-2611-0001")
    assert support_request.status == CLOSED
    with pytest.raises(ActionRefused, match="already closed"):
        lifecycle.close(support_request, by=supervisor, reason="again")


def test_illegal_transitions_are_refused_with_a_clear_message(agent, support_request):
    lifecycle.resolve(support_request, "Done", by=agent)
    with pytest.raises(ActionRefused, match="is resolved; reopen it first"):
        lifecycle.reply(support_request, "One more thing", by=agent)
    with pytest.raises(ActionRefused, match="reopen it first"):
        lifecycle.escalate(support_request, by=agent, reason="Late")


def test_the_requester_may_reopen_within_the_window(agent, requester, support_request, settings):
    settings.SAYPRO_SUPPORT_REOPEN_DAYS = 7
    lifecycle.resolve(support_request, "Done", by=agent)
    lifecycle.reopen(support_request, by=requester, reason="Still broken")
    assert support_request.status == REOPENED
    assert support_request.reopened_count == 1

    lifecycle.resolve(support_request, "Really done", by=agent)
    support_request.resolved_at = timezone.now() - timedelta(days=8)
    support_request.save()
    with pytest.raises(ActionRefused, match="can no longer be reopened"):
        lifecycle.reopen(support_request, by=requester, reason="Again")


def test_someone_else_cannot_reopen_a_request(agent, support_request):
    lifecycle.resolve(support_request, "Done", by=agent)
    with pytest.raises(ActionRefused):
        lifecycle.reopen(support_request, by=make_user("stranger"), reason="Mine now")


def test_every_action_is_in_the_history_with_who_and_why(agent, supervisor, support_request):
    lifecycle.take(support_request, by=agent)
    lifecycle.change_priority(support_request, "urgent", by=agent, reason="Site down")
    lifecycle.escalate(support_request, by=agent, reason="Needs a refund")
    lifecycle.resolve(support_request, "Refunded", by=supervisor)
    lifecycle.close(support_request, by=supervisor)

    assert actions(support_request) == [
        (lifecycle.ASSIGNED, "agent"),
        (lifecycle.PRIORITY_CHANGED, "agent"),
        (lifecycle.ESCALATED_ACTION, "agent"),
        (lifecycle.RESOLVED_ACTION, "supervisor"),
        (lifecycle.CLOSED_ACTION, "supervisor"),
    ]
    priority = ModelLogEntry.objects.for_instance(support_request).get(
        action=lifecycle.PRIORITY_CHANGED
    )
    assert priority.data == {"old": "normal", "new": "urgent", "reason": "Site down"}
