"""The forms a member fills in about themselves: profile, documents, e-mail address."""

from django import forms
from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from saypro_wagtail.ad_categories import AD_CATEGORY_CHOICES
from saypro_wagtail.forms import AccessibleFormMixin, validate_phone
from saypro_wagtail.notifications.events import registered_events
from saypro_wagtail.notifications.models import CHANNEL_CHOICES

from .. import uploads
from ..choices import DOCUMENT_KIND_CHOICES
from ..models import Profile

NOTIFICATION_PREFIX = "notify__"
PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
DOCUMENT_ACCEPT = ".pdf,.docx,.odt,application/pdf"
USER_NAME_FIELDS = ("first_name", "last_name")


class ProfileForm(AccessibleFormMixin, forms.ModelForm):
    """Everything a member can say about themselves and how they want to be contacted.

    One checkbox group per notification event is added from the registered events; the
    user model's first and last name are included when the user model has them.
    """

    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
        help_text=_("A JPEG, PNG, WebP or GIF image. It is resized and its camera data removed."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=32,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("With the country code, for example +27 21 555 0123."),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        required=False,
        help_text=_("The language of the e-mails you receive."),
    )
    website = forms.URLField(
        label=_("Website or professional profile"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    ad_categories = forms.MultipleChoiceField(
        label=_("Ad categories I am interested in"),
        required=False,
        choices=AD_CATEGORY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "photo",
            "bio",
            "phone",
            "location",
            "preferred_language",
            "user_type",
            "job_title",
            "organisation",
            "years_of_experience",
            "website",
            "interests",
            "skills",
            "ad_categories",
            "visibility",
            "show_email",
            "show_phone",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "display_name": _("The name other people see. Leave it empty to use your full name."),
            "interests": _("Separate them with commas, for example: design, teaching."),
            "skills": _("Separate them with commas, for example: Python, bookkeeping."),
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = [("", _("The site's default"))] + list(
            settings.LANGUAGES
        )
        self.fields["ad_categories"].initial = self.instance.ad_categories or []
        self.name_fields = [name for name in USER_NAME_FIELDS if _has_field(user, name)]
        for name in reversed(self.name_fields):
            model_field = user._meta.get_field(name)
            field = model_field.formfield(required=False)
            field.initial = getattr(user, name)
            self.fields = {name: field, **self.fields}
        self.notification_fields = {}
        saved = self.instance.notification_preferences or {}
        channel_labels = dict(CHANNEL_CHOICES)
        for event in registered_events():
            field_name = f"{NOTIFICATION_PREFIX}{event.name}"
            self.fields[field_name] = forms.MultipleChoiceField(
                label=event.label,
                required=False,
                choices=[
                    (channel, channel_labels.get(channel, channel)) for channel in event.channels
                ],
                widget=forms.CheckboxSelectMultiple,
                initial=list(saved.get(event.name, event.default_channels)),
            )
            self.notification_fields[field_name] = event
        self.fields["years_of_experience"].widget.attrs.update({"min": 0, "max": 80})

    # Groups of fields, for the template's fieldsets.
    def about_fields(self):
        names = [*self.name_fields, "display_name", "photo", "bio", "location", "phone"]
        return [self[name] for name in names]

    def professional_fields(self):
        names = ["user_type", "job_title", "organisation", "years_of_experience", "website"]
        return [self[name] for name in names + ["skills", "interests"]]

    def preference_fields(self):
        return [self["preferred_language"], self["ad_categories"]]

    def notification_bound_fields(self):
        return [self[name] for name in self.notification_fields]

    def privacy_fields(self):
        return [self["visibility"], self["show_email"], self["show_phone"]]

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):  # a new upload, not the saved photo
            return uploads.process_photo(photo)
        return photo

    def clean_interests(self):
        return _storable_tags(self.cleaned_data["interests"])

    def clean_skills(self):
        return _storable_tags(self.cleaned_data["skills"])

    def clean_years_of_experience(self):
        years = self.cleaned_data.get("years_of_experience")
        if years is not None and years > 80:
            raise forms.ValidationError(_("Enter a number of years from 0 to 80."))
        return years

    def full_clean(self):
        super().full_clean()
        new_photo = self.files.get(self.add_prefix("photo")) if self.is_bound else None
        if self._errors and new_photo and "photo" not in self._errors:
            # Browsers cannot keep a chosen file across a failed submission: say so.
            self.add_error(
                "photo",
                _("Your new photo was not saved because of the errors below. Choose it again."),
            )

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.notification_preferences = {
            event.name: self.cleaned_data.get(field_name, [])
            for field_name, event in self.notification_fields.items()
        }
        if commit:
            profile.save()
            self._save_m2m()
            changed_user_fields = [name for name in self.name_fields if name in self.changed_data]
            for name in changed_user_fields:
                setattr(self.user, name, self.cleaned_data[name])
            if changed_user_fields:
                self.user.save(update_fields=changed_user_fields)
        return profile


def _storable_tags(tags):
    """Refuse a tag longer than the tag table holds (PostgreSQL would fail on save)."""
    limit = Tag._meta.get_field("name").max_length
    if any(len(tag) > limit for tag in tags):
        raise forms.ValidationError(
            _("Each entry can have at most %(limit)d characters."),
            code="max_length",
            params={"limit": limit},
        )
    return tags


def _has_field(user, name):
    try:
        user._meta.get_field(name)
    except Exception:  # noqa: BLE001 - FieldDoesNotExist; any user model is accepted
        return False
    return True


class DocumentForm(AccessibleFormMixin, forms.Form):
    """A resume or portfolio: checked by its content, stored privately."""

    kind = forms.ChoiceField(label=_("Kind"), choices=DOCUMENT_KIND_CHOICES)
    file = forms.FileField(
        label=_("File"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,.odt,application/pdf,application/vnd.oasis.opendocument.text"
            }
        ),
        help_text=_("A PDF, Word (.docx) or OpenDocument (.odt) file."),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        self.detected = uploads.inspect_document(uploaded)
        return uploaded


class EmailChangeForm(AccessibleFormMixin, forms.Form):
    """A new e-mail address, confirmed with the current password."""

    email = forms.EmailField(
        label=_("New e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = BaseUserManager.normalize_email(self.cleaned_data["email"].strip())
        current = getattr(self.user, self.user.get_email_field_name(), "") or ""
        if email.lower() == current.lower():
            raise forms.ValidationError(_("This is already your e-mail address."))
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Your password was entered incorrectly."))
        return password
