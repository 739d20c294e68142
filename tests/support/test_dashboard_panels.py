"""The support panels of the Wagtail home page: the right requests for the right role, at most
ten each, with a constant number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saypro_wagtail.support.models import SupportRequest
from tests.conftest import verified_login
from tests.profiles.conftest import make_user
from tests.support.admin_urls import admin_url
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db


def due(support_request, first_response=None, resolution=None):
    """Set due times directly: saving computes them from the priority and the clock."""
    later = timezone.now() + timedelta(days=5)
    SupportRequest.objects.filter(pk=support_request.pk).update(
        first_response_due_at=first_response or later, resolution_due_at=resolution or later
    )
    return support_request


def panel(page, name):
    """The HTML of one panel of the dashboard ("" when it is not there)."""
    start = page.find(f'data-saypro-support-panel="{name}"')
    if start == -1:
        return ""
    return page[start : page.index("</div>", start)]


def dashboard(client, user):
    verified_login(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_agent_sees_their_open_requests_and_those_due_soon(client, agent, other_agent):
    now = timezone.now()
    mine = due(make_request(subject="Mine", assigned_to=agent))
    mine_resolved = due(make_request(subject="Done", assigned_to=agent, status="resolved"))
    soon = due(make_request(subject="Soon"), resolution=now + timedelta(minutes=90))
    theirs_soon = due(
        make_request(subject="Theirs", assigned_to=other_agent),
        resolution=now + timedelta(minutes=30),
    )
    page = dashboard(client, agent)
    my_open = panel(page, "my-open")
    assert mine.reference in my_open
    assert admin_url("inspect", mine) in my_open
    assert mine_resolved.reference not in my_open
    due_soon = panel(page, "due-soon")
    assert soon.reference in due_soon
    assert theirs_soon.reference not in due_soon
    assert mine.reference not in due_soon
    assert panel(page, "breaches") == ""
    assert panel(page, "unassigned") == ""


def test_a_supervisor_sees_breaches_and_unassigned_requests(client, supervisor, agent):
    now = timezone.now()
    late = due(
        make_request(subject="Late", assigned_to=agent), first_response=now - timedelta(hours=1)
    )
    unassigned = due(make_request(subject="Nobody"))
    closed_late = due(make_request(status="closed"), resolution=now - timedelta(hours=1))
    page = dashboard(client, supervisor)
    breaches = panel(page, "breaches")
    assert late.reference in breaches
    assert closed_late.reference not in breaches
    assert unassigned.reference not in breaches
    unassigned_panel = panel(page, "unassigned")
    assert unassigned.reference in unassigned_panel
    assert late.reference not in unassigned_panel


def test_people_without_a_support_role_see_no_support_panel(client, roles):
    from django.contrib.auth.models import Group

    from saypro_wagtail.roles import HELP_CENTER_EDITORS

    editor = make_user("editor")
    editor.groups.add(Group.objects.get(name=HELP_CENTER_EDITORS))
    make_request()
    page = dashboard(client, editor)
    assert "data-saypro-support-panel" not in page


def test_a_panel_lists_at_most_ten_requests(client, supervisor):
    requests = [due(make_request(subject=f"Request {n}")) for n in range(12)]
    unassigned = panel(dashboard(client, supervisor), "unassigned")
    assert sum(r.reference in unassigned for r in requests) == 10


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_panel_queries_do_not_grow_with_requests(client, supervisor, agent):
    now = timezone.now()
    verified_login(client, supervisor)

    def add(count):
        for number in range(count):
            due(make_request(assigned_to=supervisor if number % 2 else None), now - timedelta(1))

    add(3)
    few = dashboard_queries(client)
    add(20)
    assert dashboard_queries(client) == few
