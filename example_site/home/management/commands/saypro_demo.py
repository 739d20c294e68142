from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.demo_content import DEMO_PASSWORD, load_demo_content


class Command(BaseCommand):
    help = "Load the example site's demo content and users. Safe to run again."

    def handle(self, *args, **options):
        call_command("saypro_setup_roles", stdout=self.stdout)
        users = load_demo_content()
        self.stdout.write(self.style.SUCCESS("\nDemo content loaded."))
        self.stdout.write("Site:  http://127.0.0.1:8000/    Admin: http://127.0.0.1:8000/admin/")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}, demo only):")
        for line in users:
            self.stdout.write(line)
        self.stdout.write(
            "Staff (and applicant) use two-step verification with a demo authenticator: "
            "get the current code with `make demo-code USER=admin` "
            "(or `python manage.py demo_totp admin`)."
        )
