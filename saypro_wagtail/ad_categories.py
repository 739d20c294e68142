"""Categories of classified ads, shared by the moderation app and profile preferences."""

from django.utils.translation import gettext_lazy as _

JOBS = "jobs"
REAL_ESTATE = "real_estate"
PRODUCTS = "products"
SERVICES = "services"
EVENTS = "events"
ANNOUNCEMENTS = "announcements"

AD_CATEGORY_CHOICES = [
    (JOBS, _("Jobs")),
    (REAL_ESTATE, _("Real estate")),
    (PRODUCTS, _("Products")),
    (SERVICES, _("Services")),
    (EVENTS, _("Events")),
    (ANNOUNCEMENTS, _("Announcements")),
]
