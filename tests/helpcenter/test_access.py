"""Editors write and submit, publishers approve and publish, through the "Help center review"
workflow that ``saypro_setup_roles`` sets up — driven through the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from saypro_wagtail.helpcenter.access import WORKFLOW_NAME
from saypro_wagtail.helpcenter.models import HelpArticlePage, HelpCenterPage
from saypro_wagtail.roles import HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS, SUPPORT_AGENTS
from tests.conftest import verified_login
from tests.helpcenter.conftest import publish

pytestmark = pytest.mark.django_db


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(roles, django_user_model):
    return member(django_user_model, "editor", HELP_CENTER_EDITORS)


@pytest.fixture
def publisher(roles, django_user_model):
    return member(django_user_model, "publisher", HELP_CENTER_PUBLISHERS)


def article_form(title, slug, action):
    data = nested_form_data({
        "title": title,
        "slug": slug,
        "summary": "How to reset a forgotten password.",
        "body": streamfield([("text", rich_text("<p>Open the login page.</p>"))]),
        "tags": "password",
        "audience": "everyone",
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "review_interval_days": "180",
    })  # fmt: skip
    data[action] = "1"
    return data


def create_article(client, user, parent, action="action-submit"):
    verified_login(client, user)
    page_type = ("saypro_helpcenter", "helparticlepage", parent.pk)
    url = reverse("wagtailadmin_pages:add", args=page_type)
    return client.post(url, article_form("Reset your password", "reset-password", action))


def test_roles_put_the_review_workflow_on_the_help_center(roles, help_root):
    workflow = help_root.get_workflow()

    assert workflow is not None and workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [HELP_CENTER_PUBLISHERS]


def test_editor_can_write_and_submit_but_not_publish(client, editor, category):
    response = create_article(client, editor, category)

    assert response.status_code == 302, response.context and response.context["form"].errors
    article = HelpArticlePage.objects.get(slug="reset-password")
    assert not article.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == editor

    edit = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    assert 'name="action-publish"' not in edit


def test_editor_cannot_publish_even_by_posting_the_publish_action(client, editor, category):
    create_article(client, editor, category, action="action-publish")

    article = HelpArticlePage.objects.get(slug="reset-password")
    assert not article.live
    assert not article.permissions_for_user(editor).can_publish()


def test_publisher_approves_from_the_admin_and_the_article_goes_live(
    client, editor, publisher, category
):
    create_article(client, editor, category)
    article = HelpArticlePage.objects.get(slug="reset-password")
    state = article.current_workflow_task_state

    verified_login(client, publisher)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reset your password" in dashboard  # "Awaiting your review"
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk)),
        {"comment": "Clear and correct."},
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert article.latest_revision.user == editor


def test_editor_cannot_approve_their_own_submission(client, editor, category):
    create_article(client, editor, category)
    article = HelpArticlePage.objects.get(slug="reset-password")
    state = article.current_workflow_task_state

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk))
    )

    article.refresh_from_db()
    assert not article.live


def test_other_staff_roles_cannot_edit_help_pages(client, roles, django_user_model, category):
    agent = member(django_user_model, "agent", SUPPORT_AGENTS)

    response = create_article(client, agent, category)

    assert response.status_code in (302, 403)
    assert not HelpArticlePage.objects.filter(slug="reset-password").exists()
    assert not category.permissions_for_user(agent).can_edit()


def test_editors_cannot_edit_pages_outside_the_help_center(editor, home_page):
    assert not home_page.permissions_for_user(editor).can_edit()
    assert not home_page.permissions_for_user(editor).can_add_subpage()


def test_a_new_help_center_gets_the_same_access_and_workflow(
    editor, publisher, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        second = publish(home_page, HelpCenterPage(title="Partner help", slug="partners"))

    assert second.get_workflow().name == WORKFLOW_NAME
    assert second.permissions_for_user(editor).can_add_subpage()
    assert not second.permissions_for_user(editor).can_publish()
    assert second.permissions_for_user(publisher).can_publish()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


def test_setting_up_roles_twice_changes_nothing(roles, help_root):
    from wagtail.models import GroupPagePermission, WorkflowPage

    before = (GroupPagePermission.objects.count(), WorkflowPage.objects.count())
    call_command("saypro_setup_roles", verbosity=0)

    assert (GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == before
    assert Page.objects.type(HelpCenterPage).count() == 1
