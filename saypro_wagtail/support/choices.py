"""Choice lists of support requests, following the organisation's inquiry template."""

from django.utils.translation import gettext_lazy as _

EMAIL = "email"
PHONE = "phone"
LIVE_CHAT = "live_chat"
PORTAL = "portal"
SOCIAL_MEDIA = "social_media"
IN_PERSON = "in_person"
CHANNEL_CHOICES = [
    (EMAIL, _("E-mail")),
    (PHONE, _("Phone")),
    (LIVE_CHAT, _("Live chat")),
    (PORTAL, _("Support portal")),
    (SOCIAL_MEDIA, _("Social media")),
    (IN_PERSON, _("In person")),
]

REQUESTER_TYPE_CHOICES = [
    ("public", _("General public")),
    ("registered", _("Registered user")),
    ("advertiser", _("Advertiser")),
    ("organisation", _("Organisation")),
    ("partner", _("Partner")),
]

CATEGORY_CHOICES = [
    ("technical", _("Technical issue")),
    ("ad_posting", _("Classified ad posting")),
    ("billing", _("Payment / billing")),
    ("ad_moderation", _("Ad moderation / approval")),
    ("ad_removal", _("Ad removal or expiry")),
    ("feature_request", _("Feature request")),
    ("policy", _("Policy / terms clarification")),
    ("feedback", _("General feedback")),
    ("other", _("Other")),
]

LOW = "low"
NORMAL = "normal"
HIGH = "high"
URGENT = "urgent"
PRIORITY_CHOICES = [
    (LOW, _("Low")),
    (NORMAL, _("Normal")),
    (HIGH, _("High")),
    (URGENT, _("Urgent")),
]

NEW = "new"
IN_PROGRESS = "in_progress"
ESCALATED = "escalated"
RESOLVED = "resolved"
CLOSED = "closed"
REOPENED = "reopened"
STATUS_CHOICES = [
    (NEW, _("New")),
    (IN_PROGRESS, _("In progress")),
    (ESCALATED, _("Escalated")),
    (RESOLVED, _("Resolved")),
    (CLOSED, _("Closed")),
    (REOPENED, _("Reopened")),
]
OPEN_STATUSES = (NEW, IN_PROGRESS, ESCALATED, REOPENED)

TIER_CHOICES = [(1, _("Tier 1 (agents)")), (2, _("Tier 2 (supervisors)"))]
