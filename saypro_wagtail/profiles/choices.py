"""Choice lists of the profiles app."""

from django.utils.translation import gettext_lazy as _

GENERAL_PUBLIC = "public"
APPLICANT = "applicant"
ADVERTISER = "advertiser"
ORGANISATION = "organisation"
PARTNER = "partner"
USER_TYPE_CHOICES = [
    (GENERAL_PUBLIC, _("General public")),
    (APPLICANT, _("Applicant")),
    (ADVERTISER, _("Advertiser")),
    (ORGANISATION, _("Organisation")),
    (PARTNER, _("Partner")),
]

# Who may see a profile page.
VISIBLE_TO_EVERYONE = "everyone"
VISIBLE_TO_MEMBERS = "members"
VISIBLE_TO_NOBODY = "nobody"
VISIBILITY_CHOICES = [
    (VISIBLE_TO_EVERYONE, _("Everyone")),
    (VISIBLE_TO_MEMBERS, _("Signed-in users only")),
    (VISIBLE_TO_NOBODY, _("Nobody")),
]

TERMS = "terms"
PRIVACY = "privacy"
CONSENT_CHOICES = [(TERMS, _("Terms of use")), (PRIVACY, _("Privacy policy"))]

RESUME = "resume"
PORTFOLIO = "portfolio"
DOCUMENT_KIND_CHOICES = [(RESUME, _("Resume / CV")), (PORTFOLIO, _("Portfolio"))]
