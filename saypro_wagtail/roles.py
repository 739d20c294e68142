"""The Wagtail groups of the package and the permissions each one needs.

Apps declare their roles from ``wagtail_hooks.py`` with the ``register_saypro_roles`` hook, which
returns an iterable of :class:`Role`. A site can use the same hook to add permissions to a
role or to declare roles of its own. ``manage.py saypro_setup_roles`` applies them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

ACCESS_ADMIN = "wagtailadmin.access_admin"

HELP_CENTER_EDITORS = "Help Center Editors"
HELP_CENTER_PUBLISHERS = "Help Center Publishers"
SUPPORT_AGENTS = "Support Agents"
SUPPORT_SUPERVISORS = "Support Supervisors"
AD_MODERATORS = "Ad Moderators"
USER_MANAGERS = "User Managers"


@dataclass(frozen=True)
class Role:
    """A Wagtail group and the permissions (``"app_label.codename"``) it must have.

    ``setups`` are callables ``setup(group, dry_run) -> list[str]`` for what plain permissions
    cannot express (page permissions on a subtree, a workflow); each returns what it changed.
    """

    name: str
    permissions: tuple[str, ...] = ()
    description: str = ""
    setups: tuple[Callable, ...] = ()


@dataclass
class RoleChange:
    """What applying one role did (or would do, in a dry run)."""

    name: str
    created: bool = False
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.created or bool(self.added or self.removed or self.other)


class UnknownPermission(LookupError):
    """A role names a permission that does not exist (app not installed or not migrated)."""


def registered_roles() -> list[Role]:
    """All roles declared through the hook, merged by group name."""
    merged: dict[str, Role] = {}
    for hook in hooks.get_hooks("register_saypro_roles"):
        for role in hook():
            known = merged.get(role.name)
            if known is None:
                merged[role.name] = role
                continue
            merged[role.name] = Role(
                role.name,
                tuple(dict.fromkeys(known.permissions + role.permissions)),
                known.description or role.description,
                known.setups + role.setups,
            )
    return sorted(merged.values(), key=lambda role: role.name)


def resolve_permissions(names: Iterable[str]) -> list[Permission]:
    """Permission objects for ``"app_label.codename"`` names, in one query."""
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.select_related("content_type").filter(
            codename__in={codename for _, codename in wanted}
        )
    }
    missing = sorted(f"{app}.{codename}" for app, codename in wanted - found.keys())
    if missing:
        raise UnknownPermission(
            _("Unknown permissions (is the app installed and migrated?): %(names)s")
            % {"names": ", ".join(missing)}
        )
    return [found[key] for key in sorted(wanted)]


def apply_role(role: Role, *, prune: bool = False, dry_run: bool = False) -> RoleChange:
    """Create the group if needed and give it the role's permissions; idempotent."""
    change = RoleChange(role.name)
    wanted = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in resolve_permissions(role.permissions)
    }
    group = Group.objects.filter(name=role.name).first()
    if group is None:
        change.created = True
        current = {}
        if not dry_run:
            group = Group.objects.create(name=role.name)
    else:
        current = {
            f"{permission.content_type.app_label}.{permission.codename}": permission
            for permission in group.permissions.select_related("content_type")
        }
    change.added = sorted(wanted.keys() - current.keys())
    if prune:
        change.removed = sorted(current.keys() - wanted.keys())
    if not dry_run:
        group.permissions.add(*(wanted[name] for name in change.added))
        group.permissions.remove(*(current[name] for name in change.removed))
    for setup in role.setups:
        change.other += setup(group, dry_run)
    return change


def setup_roles(*, prune: bool = False, dry_run: bool = False) -> list[RoleChange]:
    """Apply every registered role in one transaction."""
    with transaction.atomic():
        return [apply_role(role, prune=prune, dry_run=dry_run) for role in registered_roles()]


def ensure_approval_workflow(workflow_name: str, task_name: str, group, dry_run: bool):
    """A one-task workflow whose approval belongs to ``group``, for a role's ``setups``.

    Returns ``(workflow, task, done)``; in a dry run, ``workflow`` or ``task`` is None when it
    would have been created, and ``done`` says what would change.
    """
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    done = []
    workflow = Workflow.objects.filter(name=workflow_name).first()
    if workflow is None:
        done.append(f"workflow “{workflow_name}” created")
        if dry_run:
            return None, None, done
        workflow = Workflow.objects.create(name=workflow_name, active=True)
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        done.append(f"task “{task_name}” added to “{workflow_name}”")
        if dry_run:
            return workflow, None, done
        task = GroupApprovalTask.objects.create(name=task_name)
        # Workflow is a ClusterableModel: its workflow_tasks manager only saves with the parent.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if group is not None and not task.groups.filter(pk=group.pk).exists():
        if not dry_run:
            task.groups.add(group)
        done.append(f"approves “{workflow_name}”")
    return workflow, task, done
