from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from saypro_wagtail.starting_pages import (
    CREATED,
    EXISTING,
    SKIPPED,
    WOULD_CREATE,
    NoDefaultSite,
    setup_starting_pages,
)


class Command(BaseCommand):
    help = (
        "Create the starting pages of the installed saypro-wagtail apps (help center with a "
        "category and a welcome article, contact support, registration, classified ads) under "
        "the default site's root page, in every content language. Safe to run again: pages "
        "already there are left alone. Prints each page's URL at the start of its line."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be created; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        try:
            report = setup_starting_pages(dry_run=dry_run)
        except NoDefaultSite as error:
            raise CommandError(str(error)) from error
        labels = {
            CREATED: pgettext("a starting page", "created"),
            EXISTING: _("already there"),
            WOULD_CREATE: _("would be created"),
            SKIPPED: _("skipped"),
        }
        styles = {CREATED: self.style.SUCCESS, SKIPPED: self.style.WARNING}
        if not report.outcomes:
            self.stdout.write(_("No installed saypro-wagtail app has starting pages."))
        for outcome in report.outcomes:
            line = _("%(url)s  %(status)s: %(title)s (%(type)s, %(language)s)") % {
                "url": outcome.url or "-",
                "status": labels[outcome.status],
                "title": outcome.title,
                "type": outcome.page_type,
                "language": outcome.language,
            }
            if outcome.reason:
                line = _("%(line)s: %(reason)s") % {"line": line, "reason": outcome.reason}
            self.stdout.write(styles.get(outcome.status, str)(line))
        if report.new_languages:
            if dry_run:
                message = _("Languages that would be added: %(codes)s")
            else:
                message = _("Languages added: %(codes)s")
            self.stdout.write(message % {"codes": ", ".join(report.new_languages)})
        counts = {
            "created": report.count(CREATED, WOULD_CREATE),
            "existing": report.count(EXISTING),
            "skipped": report.count(SKIPPED),
        }
        if dry_run:
            summary = _(
                "Dry run, nothing changed. To create: %(created)d; already there: %(existing)d; "
                "skipped: %(skipped)d."
            )
        else:
            summary = _("Created: %(created)d; already there: %(existing)d; skipped: %(skipped)d.")
        self.stdout.write(summary % counts)
