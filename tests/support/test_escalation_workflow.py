"""Escalation through the "Support escalation" workflow: the supervisors review it in Wagtail's
dashboard and workflow screens; approval marks it handled on the request's history."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    ModelLogEntry,
    TaskState,
    Workflow,
    WorkflowContentType,
    WorkflowState,
)

from saypro_wagtail.roles import SUPPORT_SUPERVISORS
from saypro_wagtail.support import escalations, lifecycle
from saypro_wagtail.support.choices import ESCALATED
from saypro_wagtail.support.models import Escalation
from tests.conftest import verified_login
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

NAMESPACE = "wagtailsnippets_saypro_support_escalation"


def escalate(agent):
    support_request = make_request(assigned_to=agent)
    lifecycle.escalate(support_request, by=agent, reason="Refund above my limit")
    return support_request, support_request.escalations.get()


def workflow_action_url(escalation, action):
    task_state = escalation.current_workflow_task_state
    return reverse(f"{NAMESPACE}:workflow_action", args=[escalation.pk, action, task_state.pk])


def request_history(support_request):
    return list(
        ModelLogEntry.objects.for_instance(support_request)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_setup_creates_workflow_once(roles):
    workflow = Workflow.objects.get(name=escalations.WORKFLOW_NAME)
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == [SUPPORT_SUPERVISORS]
    content_type = ContentType.objects.get_for_model(Escalation)
    assert WorkflowContentType.objects.get(content_type=content_type).workflow == workflow

    group = Group.objects.get(name=SUPPORT_SUPERVISORS)
    assert escalations.escalation_workflow(group, dry_run=False) == []
    assert Workflow.objects.filter(name=escalations.WORKFLOW_NAME).count() == 1
    for codename in ("publish_escalation", "change_escalation", "view_escalation"):
        assert group.permissions.filter(codename=codename).exists()


def test_escalating_starts_the_supervisors_review(agent, supervisor):
    support_request, escalation = escalate(agent)

    assert support_request.status == ESCALATED
    assert escalation.live is False
    assert escalation.raised_by == agent
    assert escalation.reason == "Refund above my limit"
    state = escalation.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert isinstance(task, GroupApprovalTask)
    assert task.name == escalations.TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [SUPPORT_SUPERVISORS]
    entry = ModelLogEntry.objects.for_instance(support_request).get(
        action=lifecycle.ESCALATED_ACTION
    )
    assert entry.data["workflow"] == escalations.WORKFLOW_NAME


def test_supervisor_dashboard_lists_it_awaiting_review(client, agent, supervisor):
    support_request, escalation = escalate(agent)
    verified_login(client, supervisor)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Awaiting your review" in content
    assert f"Escalation of {support_request.reference}" in content


def test_supervisor_approves_through_the_workflow(client, agent, supervisor):
    support_request, escalation = escalate(agent)
    verified_login(client, supervisor)

    response = client.post(workflow_action_url(escalation, "approve"), {"comment": "Refund ok"})

    assert response.status_code == 302
    escalation.refresh_from_db()
    assert escalation.live is True
    assert escalation.handled_by == supervisor
    assert escalation.handled_at is not None
    assert escalation.current_workflow_state is None
    assert TaskState.objects.filter(
        workflow_state__object_id=str(escalation.pk), status=TaskState.STATUS_APPROVED
    ).exists()
    assert lifecycle.ESCALATION_HANDLED in request_history(support_request)
    support_request.refresh_from_db()
    assert support_request.status == ESCALATED  # until a supervisor resolves it
    lifecycle.resolve(support_request, "Refunded", by=supervisor)


def test_request_changes_is_recorded_on_the_request(client, agent, supervisor):
    support_request, escalation = escalate(agent)
    verified_login(client, supervisor)

    response = client.post(workflow_action_url(escalation, "reject"), {"comment": "Add the bill"})

    assert response.status_code == 302
    escalation.refresh_from_db()
    assert escalation.live is False
    assert escalation.handled_by is None
    assert escalation.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    entry = ModelLogEntry.objects.for_instance(support_request).get(
        action=lifecycle.ESCALATION_RETURNED
    )
    assert entry.user == supervisor
    assert entry.data["comment"] == "Add the bill"


def test_agent_cannot_approve(client, agent, supervisor):
    support_request, escalation = escalate(agent)
    url = workflow_action_url(escalation, "approve")
    verified_login(client, agent)

    response = client.post(url, {"comment": "Self-approved"})

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] != url and "login" not in response["Location"]
    escalation.refresh_from_db()
    assert escalation.live is False
    assert escalation.handled_by is None
    assert escalation.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lifecycle.ESCALATION_HANDLED not in request_history(support_request)


def test_agent_does_not_see_escalations_in_the_admin(client, agent, supervisor):
    escalate(agent)
    verified_login(client, agent)

    response = client.get(reverse(f"{NAMESPACE}:list"))

    assert response.status_code in (302, 403)


def test_supervisor_sees_escalations_in_the_admin(client, agent, supervisor):
    support_request, escalation = escalate(agent)
    verified_login(client, supervisor)

    listing = client.get(reverse(f"{NAMESPACE}:list"))
    edit = client.get(reverse(f"{NAMESPACE}:edit", args=[escalation.pk]))

    assert listing.status_code == 200
    assert f"Escalation of {support_request.reference}" in listing.content.decode()
    assert edit.status_code == 200


def test_escalation_without_the_workflow(roles, agent, caplog):
    Workflow.objects.filter(name=escalations.WORKFLOW_NAME).delete()

    support_request, escalation = escalate(agent)

    assert support_request.status == ESCALATED
    assert support_request.escalation_tier == 2
    assert escalation.current_workflow_state is None
    assert "no active workflow" in caplog.text
    entry = ModelLogEntry.objects.for_instance(support_request).get(
        action=lifecycle.ESCALATED_ACTION
    )
    assert entry.data["workflow"] is None
