"""Wagtail's user forms with the profile fields beside them and no way to hand out admin access.

The profile fields are plain form fields saved to :class:`~saypro_wagtail.profiles.models.Profile`
after the user; a site with its own user forms can mix :class:`ProfileFieldsMixin` into them.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .. import activity
from ..choices import USER_TYPE_CHOICES, VISIBILITY_CHOICES
from ..models import get_profile
from .access import assignable_groups

PROFILE_FIELDS = (
    "user_type",
    "display_name",
    "phone",
    "location",
    "preferred_language",
    "visibility",
)


class ProfileFieldsMixin(forms.Form):
    """Profile fields on a user form; restricts roles for anyone but a superuser."""

    user_type = forms.ChoiceField(label=_("User type"), choices=USER_TYPE_CHOICES)
    display_name = forms.CharField(label=_("Display name"), max_length=100, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=32, required=False)
    location = forms.CharField(label=_("Location"), max_length=100, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        required=False,
        help_text=_("The language of the e-mails this person receives."),
    )
    visibility = forms.ChoiceField(label=_("Who can see the profile"), choices=VISIBILITY_CHOICES)
    email_confirmed = forms.BooleanField(
        label=_("E-mail address confirmed"),
        required=False,
        help_text=_("Unconfirmed accounts cannot sign in."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        self.fields["preferred_language"].choices = [("", _("Site default")), *settings.LANGUAGES]
        self.profile = get_profile(self.instance) if self.instance.pk else None
        if self.profile is not None:
            for name in PROFILE_FIELDS:
                self.initial.setdefault(name, getattr(self.profile, name))
            self.initial.setdefault("email_confirmed", self.profile.email_confirmed)
            if self.profile.email_confirmed_at:
                self.fields["email_confirmed"].help_text = _("Confirmed on %(date)s.") % {
                    "date": timezone.localtime(self.profile.email_confirmed_at).strftime(
                        "%Y-%m-%d %H:%M"
                    )
                }
        else:
            self.initial.setdefault("email_confirmed", True)
        if for_user is not None and not for_user.is_superuser:
            self.restrict_roles(for_user)

    def restrict_roles(self, for_user):
        # Disabled fields ignore what is posted and keep the account's current value.
        if "is_superuser" in self.fields:
            self.fields["is_superuser"].disabled = True
            self.fields["is_superuser"].help_text = _("Only administrators can change this.")
        if "groups" in self.fields:
            self.fields["groups"].queryset = assignable_groups(for_user)

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            self.save_profile(user)
        return user

    def save_profile(self, user):
        profile = get_profile(user)
        changed = [
            name for name in PROFILE_FIELDS if getattr(profile, name) != self.cleaned_data[name]
        ]
        for name in changed:
            setattr(profile, name, self.cleaned_data[name])
        confirmed = self.cleaned_data["email_confirmed"]
        if confirmed != profile.email_confirmed:
            changed.append("email_confirmed")
            profile.email_confirmed_at = timezone.now() if confirmed else None
        profile.save()
        if changed and self.profile is not None:  # a new account's profile is not a change
            activity.log_activity(
                user, activity.PROFILE_CHANGED, by=self.for_user, data={"fields": changed}
            )


class SayproUserCreationForm(ProfileFieldsMixin, UserCreationForm):
    pass


class SayproUserEditForm(ProfileFieldsMixin, UserEditForm):
    pass
