import time

from django.core.management.base import BaseCommand

from saypro_wagtail.notifications.delivery import drain_outbox


class Command(BaseCommand):
    help = (
        "Send the notifications that no queued task sent (broker down, failed attempt due "
        "again). Celery beat does this every minute; sites without beat, like `make demo`, "
        "run it with --every."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            metavar="SECONDS",
            help="Keep running and drain the outbox every SECONDS seconds.",
        )

    def handle(self, *args, every=None, **options):
        while True:
            sent = drain_outbox()
            if sent or not every:
                self.stdout.write(f"Sent {sent} notification(s) from the outbox.")
            if not every:
                return
            time.sleep(every)
