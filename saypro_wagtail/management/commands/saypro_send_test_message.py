from django.core.management.base import BaseCommand

from saypro_wagtail.notifications import send_email, send_sms

TEMPLATE = "saypro_wagtail/notifications/test_message"


class Command(BaseCommand):
    help = "Queue a test e-mail (or SMS) through the notification outbox to check delivery."

    def add_arguments(self, parser):
        parser.add_argument("recipient", help="E-mail address, or phone number with --sms.")
        parser.add_argument("--sms", action="store_true", help="Send an SMS instead.")
        parser.add_argument("--language", help="Language code of the message.")

    def handle(self, *args, recipient, sms=False, language=None, **options):
        send = send_sms if sms else send_email
        notification = send(to=recipient, template=TEMPLATE, language=language)
        self.stdout.write(
            self.style.SUCCESS(f"Queued notification {notification.pk} to {recipient}.")
        )
