import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail import hooks

from saypro_wagtail import roles

pytestmark = pytest.mark.django_db

ALL_GROUPS = [
    "Ad Moderators",
    "Help Center Editors",
    "Help Center Publishers",
    "Support Agents",
    "Support Supervisors",
    "User Managers",
]


def permissions_by_group():
    return {
        group.name: sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        )
        for group in Group.objects.filter(name__in=ALL_GROUPS).prefetch_related("permissions")
    }


def run_setup_roles(*args):
    from io import StringIO

    out = StringIO()
    call_command("saypro_setup_roles", *args, stdout=out)
    return out.getvalue()


def test_creates_every_group_of_the_brief_with_admin_access():
    output = run_setup_roles()

    groups = permissions_by_group()
    assert sorted(groups) == ALL_GROUPS
    assert all("wagtailadmin.access_admin" in perms for perms in groups.values())
    assert "Ad Moderators: created; given saypro_moderation." in output
    assert "workflow “Classified ad moderation” created" in output
    assert "Support Agents: created; given saypro_support." in output


def test_running_twice_changes_nothing():
    run_setup_roles()
    before = permissions_by_group()

    output = run_setup_roles()

    assert permissions_by_group() == before
    assert output.splitlines() == [f"{name}: unchanged" for name in ALL_GROUPS]


def test_permissions_added_to_a_role_later_are_granted_on_the_next_run():
    run_setup_roles()

    def grow_support():
        return [roles.Role(roles.SUPPORT_AGENTS, ("wagtailimages.choose_image",))]

    with hooks.register_temporarily("register_saypro_roles", grow_support):
        output = run_setup_roles()

    assert "Support Agents: given wagtailimages.choose_image" in output
    assert "wagtailimages.choose_image" in permissions_by_group()["Support Agents"]


def test_permissions_given_by_hand_are_kept_unless_pruned():
    run_setup_roles()
    agents = Group.objects.get(name=roles.SUPPORT_AGENTS)
    agents.permissions.add(Permission.objects.get(codename="add_document"))

    run_setup_roles()
    assert "wagtaildocs.add_document" in permissions_by_group()["Support Agents"]

    output = run_setup_roles("--prune")
    assert "Support Agents: stripped of wagtaildocs.add_document" in output
    assert "wagtaildocs.add_document" not in permissions_by_group()["Support Agents"]
    assert "wagtailadmin.access_admin" in permissions_by_group()["Support Agents"]


def test_dry_run_changes_nothing():
    output = run_setup_roles("--dry-run")

    assert "Support Agents: would be created" in output
    assert not Group.objects.filter(name__in=ALL_GROUPS).exists()


def test_unknown_permission_is_a_clear_error_and_nothing_is_half_applied():
    def broken():
        return [roles.Role("Support Agents", ("saypro_support.no_such_permission",))]

    with hooks.register_temporarily("register_saypro_roles", broken):
        with pytest.raises(CommandError, match="saypro_support.no_such_permission"):
            run_setup_roles()

    assert not Group.objects.filter(name__in=ALL_GROUPS).exists()
