"""A user's profile: everything the package knows about a person beyond the user model.

Kept in its own model, one-to-one with ``AUTH_USER_MODEL``, so the package works with any user
model. A site that needs more fields subclasses :class:`AbstractProfile`.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES

from ..choices import GENERAL_PUBLIC, USER_TYPE_CHOICES, VISIBILITY_CHOICES, VISIBLE_TO_MEMBERS


class InterestTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "saypro_profiles.Profile", on_delete=models.CASCADE, related_name="tagged_interests"
    )


class SkillTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "saypro_profiles.Profile", on_delete=models.CASCADE, related_name="tagged_skills"
    )


def photo_upload_to(instance, filename):
    # A random name: the original file name may carry personal data.
    return f"saypro_profiles/photos/{uuid.uuid4().hex}.{filename.rsplit('.', 1)[-1].lower()}"


class AbstractProfile(models.Model):
    """Profile fields, preferences and privacy choices of one user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="saypro_profile",
    )
    # The public profile URL uses this, never the user name or e-mail.
    public_id = models.UUIDField(_("public ID"), default=uuid.uuid4, unique=True, editable=False)
    user_type = models.CharField(
        _("user type"), max_length=20, choices=USER_TYPE_CHOICES, default=GENERAL_PUBLIC
    )
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    photo = models.ImageField(_("photo"), upload_to=photo_upload_to, blank=True)
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    location = models.CharField(_("location"), max_length=100, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        blank=True,
        help_text=_("The language of the e-mails you receive."),
    )
    # Professional details.
    job_title = models.CharField(_("job title"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    years_of_experience = models.PositiveSmallIntegerField(
        _("years of experience"), null=True, blank=True
    )
    website = models.URLField(_("website or professional profile"), blank=True)

    interests = TaggableManager(
        verbose_name=_("interests"),
        through=InterestTag,
        related_name="saypro_interested_profiles",
        blank=True,
    )
    skills = TaggableManager(
        verbose_name=_("skills"),
        through=SkillTag,
        related_name="saypro_skilled_profiles",
        blank=True,
    )
    # {event name: [channels]}; an event missing here uses its default channels.
    notification_preferences = models.JSONField(
        _("notification preferences"), default=dict, blank=True
    )
    ad_categories = models.JSONField(
        _("ad categories I am interested in"),
        default=list,
        blank=True,
        help_text=_("One or more of: %(codes)s.")
        % {"codes": ", ".join(code for code, _label in AD_CATEGORY_CHOICES)},
    )

    visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=VISIBILITY_CHOICES,
        default=VISIBLE_TO_MEMBERS,
    )
    show_email = models.BooleanField(_("show my e-mail address"), default=False)
    show_phone = models.BooleanField(_("show my phone number"), default=False)

    # NULL until the owner opened the link we sent; accounts created by staff are confirmed.
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    pending_email = models.EmailField(_("new e-mail address awaiting confirmation"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    confirmation_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    completion_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Fields that make a profile "complete" for the reminder and the dashboard.
    completion_fields = ("display_name", "bio", "location", "phone")

    class Meta:
        abstract = True
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """What to call this person: display name, else full name, else user name."""
        user = self.user
        full_name = user.get_full_name() if hasattr(user, "get_full_name") else ""
        return self.display_name or full_name or user.get_username()

    @property
    def email_confirmed(self) -> bool:
        return self.email_confirmed_at is not None

    @property
    def missing_fields(self) -> list[str]:
        return [name for name in self.completion_fields if not getattr(self, name)]

    @property
    def is_complete(self) -> bool:
        return not self.missing_fields


class Profile(AbstractProfile):
    class Meta(AbstractProfile.Meta):
        permissions = [
            ("view_registration_reports", _("Can view registration and account reports")),
        ]


def get_profile(user, **defaults):
    """The user's profile, created (as confirmed) if the user has none yet."""
    try:
        return user.saypro_profile
    except Profile.DoesNotExist:
        defaults.setdefault("email_confirmed_at", timezone.now())
        profile, _created = Profile.objects.get_or_create(user=user, defaults=defaults)
        return profile
