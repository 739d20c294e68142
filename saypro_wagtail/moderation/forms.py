"""Front-end forms of the moderation app: an owner's ad and its photos."""

from datetime import datetime, time, timedelta

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet, childformset_factory

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.forms import AccessibleFormMixin, validate_phone

from . import ad_images
from .models import AdImage, ClassifiedAd

# The buttons of the ad form.
SAVE_DRAFT = "save"
SAVE_AND_SUBMIT = "submit"


def content_languages():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES)


def default_language():
    codes = [code for code, _label in content_languages()]
    active = translation.get_language() or settings.LANGUAGE_CODE
    for candidate in (active, active.split("-")[0]):
        if candidate in codes:
            return candidate
    return codes[0] if codes else ""


class ClassifiedAdForm(AccessibleFormMixin, forms.ModelForm):
    """What an owner writes in an ad. The owner and the moderation state never come from it."""

    expiry_date = forms.DateField(
        label=_("Expiry date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_(
            "Optional. The ad leaves the listing at the end of this day; without a date it "
            "stays for the site's usual time after approval."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the ad"), choices=())

    class Meta:
        model = ClassifiedAd
        fields = [
            "title",
            "category",
            "description",
            "price",
            "location",
            "contact_email",
            "contact_phone",
            "language",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "price": forms.NumberInput(attrs={"min": "0", "step": "0.01", "inputmode": "decimal"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }
        help_texts = {
            "contact_email": _("Give an e-mail address, a phone number or both."),
            "contact_phone": _("With the country code, for example +27 21 555 0123."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = content_languages()
        self.fields["contact_phone"].validators.append(validate_phone)
        if not self.is_bound:
            if not self.initial.get("language"):
                self.initial["language"] = default_language()
            if self.instance.expires_at:
                self.initial["expiry_date"] = timezone.localtime(self.instance.expires_at).date()

    def clean_expiry_date(self):
        day = self.cleaned_data.get("expiry_date")
        if day is None:
            return None
        today = timezone.localdate()
        latest = today + timedelta(days=saypro_settings.MODERATION_AD_MAX_LIFETIME_DAYS)
        if day < today:
            raise forms.ValidationError(_("Choose today or a later day."), code="expiry_in_past")
        if day > latest:
            raise forms.ValidationError(
                _("Choose a day no later than %(date)s."),
                code="expiry_too_late",
                params={"date": latest.isoformat()},
            )
        return day

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("contact_email") and not cleaned.get("contact_phone"):
            if "contact_email" not in self.errors and "contact_phone" not in self.errors:
                self.add_error(
                    "contact_email",
                    forms.ValidationError(
                        _("Give at least one way to contact you: an e-mail address or a phone."),
                        code="no_contact",
                    ),
                )
        return cleaned

    def save(self, commit=True):
        ad = super().save(commit=False)
        day = self.cleaned_data.get("expiry_date")
        if day is None:
            ad.expires_at = None
        else:
            end_of_day = datetime.combine(day, time(23, 59, 59))
            ad.expires_at = timezone.make_aware(end_of_day)
        if commit:
            ad.save()
        return ad


class AdImageForm(AccessibleFormMixin, forms.ModelForm):
    """One photo and its description (alt text, required)."""

    image = forms.FileField(
        label=_("Photo"),
        widget=forms.ClearableFileInput(attrs={"accept": ad_images.ACCEPT}),
        help_text=_("A JPEG, PNG or WebP image. It is resized and its camera data removed."),
    )

    class Meta:
        model = AdImage
        fields = ["image", "alt_text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk or self.instance.image:
            # A stored photo stays unless a new one is chosen.
            self.fields["image"].required = False
            self.fields["image"].widget = forms.FileInput(attrs={"accept": ad_images.ACCEPT})
            self.fields["image"].label = _("Replace the photo")

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not isinstance(upload, UploadedFile):
            # No new file: keep the stored one.
            return self.instance.image if self.instance.image else upload
        return ad_images.process_ad_image(upload)


class BaseAdImageFormSet(BaseChildFormSet):
    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk or form.instance.image
            if not (self.can_delete and self._should_delete_form(form))
        ]
        limit = saypro_settings.MODERATION_MAX_IMAGES
        if len(kept) > limit:
            raise forms.ValidationError(
                _("An ad can have at most %(count)d photos."),
                code="too_many_images",
                params={"count": limit},
            )


def image_formset_class():
    """The photos' formset, sized by ``SAYPRO_MODERATION_MAX_IMAGES`` when it is asked for."""
    limit = saypro_settings.MODERATION_MAX_IMAGES
    return childformset_factory(
        ClassifiedAd,
        AdImage,
        form=AdImageForm,
        formset=BaseAdImageFormSet,
        fields=["image", "alt_text"],
        extra=1,
        max_num=limit,
        validate_max=True,
        can_delete=True,
    )
