"""Who may edit and publish help center pages, and the review workflow between them.

Editors get "add" and "edit" on every help center root (in every language); publishers also
get "publish". A "Help center review" workflow, whose approval task belongs to the publishers,
is assigned to every root, so an editor's change goes live only after a publisher approves it.
New roots (including translations) get the same setup as soon as they are created.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from saypro_wagtail.roles import HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS

from .models import HelpCenterPage

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
PUBLISHER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
WORKFLOW_NAME = "Help center review"
TASK_NAME = "Approval by Help Center Publishers"


def page_permissions(codenames):
    """A role setup giving the group these page permissions on every help center root."""

    def setup(group, dry_run, roots=None):
        roots = HelpCenterPage.objects.all() if roots is None else roots
        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
        existing = set()
        if group is not None:
            existing = set(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page_id", "permission_id"
                )
            )
        done = []
        for root in roots:
            for permission in permissions:
                if (root.pk, permission.pk) in existing:
                    continue
                if not dry_run:
                    GroupPagePermission.objects.create(
                        group=group, page=root, permission=permission
                    )
                done.append(f"given {permission.codename} on {root.title} ({root.locale})")
        return done

    return setup


def review_workflow(group, dry_run, roots=None):
    """Role setup of the publishers: the review workflow on every help center root."""
    roots = HelpCenterPage.objects.all() if roots is None else roots
    done = []
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        done.append(f"workflow “{WORKFLOW_NAME}” created")
        if dry_run:
            return done
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        done.append(f"task “{TASK_NAME}” added to “{WORKFLOW_NAME}”")
        if dry_run:
            return done
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        # Workflow is a ClusterableModel: its workflow_tasks manager only saves with the parent.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if group is not None and not task.groups.filter(pk=group.pk).exists():
        if not dry_run:
            task.groups.add(group)
        done.append(f"approves “{WORKFLOW_NAME}”")
    assigned = set(WorkflowPage.objects.values_list("page_id", flat=True))
    for root in roots:
        if root.pk not in assigned:
            if not dry_run:
                WorkflowPage.objects.create(workflow=workflow, page=root)
            done.append(f"“{WORKFLOW_NAME}” assigned to {root.title} ({root.locale})")
    return done


editor_setup = page_permissions(EDITOR_PAGE_PERMISSIONS)
publisher_setup = page_permissions(PUBLISHER_PAGE_PERMISSIONS)


def set_up_new_root(root):
    """Give a newly created help center root the same access as the existing ones."""
    groups = {group.name: group for group in Group.objects.filter(
        name__in=[HELP_CENTER_EDITORS, HELP_CENTER_PUBLISHERS]
    )}  # fmt: skip
    if HELP_CENTER_EDITORS in groups:
        editor_setup(groups[HELP_CENTER_EDITORS], False, roots=[root])
    if HELP_CENTER_PUBLISHERS in groups:
        publisher_setup(groups[HELP_CENTER_PUBLISHERS], False, roots=[root])
        review_workflow(groups[HELP_CENTER_PUBLISHERS], False, roots=[root])
