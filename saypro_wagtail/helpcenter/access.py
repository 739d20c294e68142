"""Who may edit and publish help center pages, and the review workflow between them.

Editors get "add" and "edit" on every help center root (in every language); publishers also
get "publish". A "Help center review" workflow, whose approval task belongs to the publishers,
is assigned to every root, so an editor's change goes live only after a publisher approves it.
New roots (including translations) get the same setup as soon as they are created.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupPagePermission,
    WorkflowPage,
)

from saypro_wagtail.roles import (
    HELP_CENTER_EDITORS,
    HELP_CENTER_PUBLISHERS,
    ensure_approval_workflow,
)

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
    workflow, task, done = ensure_approval_workflow(WORKFLOW_NAME, TASK_NAME, group, dry_run)
    if workflow is None or task is None:
        return done
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
