"""Choice lists of the moderation app: where a piece of content is in moderation, why visitors
report it, and what became of a report or a decision."""

from django.utils.translation import gettext_lazy as _

# Where moderated content stands. Wagtail's own ``live`` flag says whether it is public; this
# says why, for owners, moderators and reports.
DRAFT = "draft"
SCREENING = "screening"
REVIEW = "review"
APPROVED = "approved"
REJECTED = "rejected"
HIDDEN = "hidden"
EXPIRED = "expired"
WITHDRAWN = "withdrawn"
REMOVED = "removed"

STATUS_CHOICES = [
    (DRAFT, _("Draft")),
    (SCREENING, _("In screening")),
    (REVIEW, _("Awaiting review")),
    (APPROVED, _("Approved")),
    (REJECTED, _("Changes requested")),
    (HIDDEN, _("Hidden after reports")),
    (EXPIRED, _("Expired")),
    (WITHDRAWN, _("Withdrawn")),
    (REMOVED, _("Removed")),
]

# In the workflow: the owner cannot edit or resubmit until a decision.
IN_MODERATION = (SCREENING, REVIEW)

# Why a visitor reports an ad.
SCAM = "scam"
OFFENSIVE = "offensive"
PROHIBITED = "prohibited"
WRONG_CATEGORY = "wrong_category"
DUPLICATE = "duplicate"
OTHER = "other"

REPORT_REASON_CHOICES = [
    (SCAM, _("Scam or fraud")),
    (OFFENSIVE, _("Offensive or discriminatory")),
    (PROHIBITED, _("Prohibited item or service")),
    (WRONG_CATEGORY, _("Wrong category")),
    (DUPLICATE, _("Duplicate or spam")),
    (OTHER, _("Something else")),
]

# What a moderator made of a visitor's report.
REPORT_OPEN = "open"
REPORT_UPHELD = "upheld"
REPORT_DISMISSED = "dismissed"

REPORT_STATUS_CHOICES = [
    (REPORT_OPEN, _("Open")),
    (REPORT_UPHELD, _("Upheld")),
    (REPORT_DISMISSED, _("Dismissed")),
]

# A moderator's decision on a submission.
DECISION_APPROVED = "approved"
DECISION_REJECTED = "rejected"

DECISION_CHOICES = [
    (DECISION_APPROVED, _("Approved")),
    (DECISION_REJECTED, _("Rejected")),
]
