from django.core.management.base import BaseCommand, CommandError

from saypro_wagtail.roles import UnknownPermission, setup_roles


class Command(BaseCommand):
    help = (
        "Create the saypro-wagtail groups (Help Center Editors, Support Agents, ...) and give "
        "them their permissions. Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Also remove permissions that a role does not declare.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; change nothing."
        )

    def handle(self, *args, prune=False, dry_run=False, **options):
        try:
            changes = setup_roles(prune=prune, dry_run=dry_run)
        except UnknownPermission as error:
            raise CommandError(str(error)) from error
        if not changes:
            self.stdout.write("No saypro-wagtail app that declares roles is installed.")
        for change in changes:
            if not change.changed:
                self.stdout.write(f"{change.name}: unchanged")
                continue
            verb = "would be " if dry_run else ""
            parts = []
            if change.created:
                parts.append(f"{verb}created")
            if change.added:
                parts.append(f"{verb}given {', '.join(change.added)}")
            if change.removed:
                parts.append(f"{verb}stripped of {', '.join(change.removed)}")
            parts += [f"{verb}{item}" for item in change.other]
            self.stdout.write(self.style.SUCCESS(f"{change.name}: {'; '.join(parts)}"))
