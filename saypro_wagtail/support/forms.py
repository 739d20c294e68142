"""Forms of the requester side: contact support, reply, reopen, rate."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.forms import AccessibleFormMixin

from .attachments import ACCEPT, check_files
from .choices import CATEGORY_CHOICES


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files at once, each checked by content (see :mod:`.attachments`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput({"accept": ACCEPT}))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        items = data if isinstance(data, list | tuple) else [data]
        files = [super(AttachmentsField, self).clean(item, initial) for item in items if item]
        return check_files(files)


class AttachmentsMixin:
    """Help text of the attachments field with the limits from settings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _(
            "Optional. Up to %(count)d files: PDF, images, text, Word or OpenDocument; "
            "%(size)s each."
        ) % {
            "count": saypro_settings.SUPPORT_ATTACHMENT_MAX_FILES,
            "size": filesizeformat(saypro_settings.SUPPORT_ATTACHMENT_MAX_BYTES),
        }


class ContactSupportForm(AttachmentsMixin, AccessibleFormMixin, forms.Form):
    """A new request. Signed-in members are not asked for their name and e-mail address."""

    name = forms.CharField(
        label=_("Your name"), max_length=150, widget=forms.TextInput({"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput({"autocomplete": "email"}),
        help_text=_("We send the reference and our replies to this address."),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        required=False,
        widget=forms.TextInput({"autocomplete": "tel", "type": "tel"}),
    )
    category = forms.ChoiceField(label=_("What is it about?"), choices=CATEGORY_CHOICES)
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        widget=forms.TextInput({"autocomplete": "off", "data-support-suggest": ""}),
    )
    description = forms.CharField(
        label=_("Describe the problem or question"),
        max_length=10_000,
        widget=forms.Textarea({"rows": 8}),
    )
    attachments = AttachmentsField(label=_("Attachments"))
    article = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Left empty by people; bots that fill every field give themselves away.
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput({"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, member=False, **kwargs):
        super().__init__(*args, **kwargs)
        if member:
            for name in ("name", "email", "phone"):
                del self.fields[name]

    def clean_website_url(self):
        if self.cleaned_data.get("website_url"):
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""


class ReplyForm(AttachmentsMixin, AccessibleFormMixin, forms.Form):
    body = forms.CharField(
        label=_("Your reply"), max_length=10_000, widget=forms.Textarea({"rows": 5})
    )
    attachments = AttachmentsField(label=_("Attachments"))

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write a message."), code="required")
        return body


class ReopenForm(AccessibleFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Why is the problem not solved?"),
        max_length=2000,
        widget=forms.Textarea({"rows": 3}),
    )


class RatingForm(AccessibleFormMixin, forms.Form):
    score = forms.TypedChoiceField(
        label=_("How satisfied are you with how we handled your request?"),
        choices=[
            (5, _("5 – Very satisfied")),
            (4, _("4 – Satisfied")),
            (3, _("3 – Neither satisfied nor dissatisfied")),
            (2, _("2 – Dissatisfied")),
            (1, _("1 – Very dissatisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Anything you would like to tell us? (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea({"rows": 4}),
    )
