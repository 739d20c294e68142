"""The admin's forms: logging a request received outside the portal, editing its descriptive
fields, and the lifecycle actions of the request screen."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from ..choices import CHANNEL_CHOICES, PORTAL, PRIORITY_CHOICES
from ..models import CannedResponse, SupportRequest

REFERENCE = re.compile(r"SCMR-\d{4}-\d{4,}", re.IGNORECASE)


class SupportRequestAdminForm(WagtailAdminModelForm):
    """Requester by account (username or e-mail) or by name and contact details, and linked
    requests by reference: text fields, so the form stays small however many users there are."""

    requester_account = forms.CharField(
        label=_("Requester's account"),
        required=False,
        help_text=_(
            "Username or e-mail address of a registered requester; leave empty for "
            "someone without an account and fill in the name and contact details."
        ),
    )
    linked_references = forms.CharField(
        label=_("Linked requests"),
        required=False,
        help_text=_("References of related requests, separated by spaces or commas."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.requester_id:
            self.initial.setdefault("requester_account", instance.requester.get_username())
        if instance.pk and "linked_references" in self.fields:
            references = instance.linked_requests.values_list("reference", flat=True)
            self.initial.setdefault("linked_references", " ".join(references))

    def clean_requester_account(self):
        account = self.cleaned_data["requester_account"].strip()
        if not account:
            return None
        User = get_user_model()
        users = User.objects.filter(
            Q(**{f"{User.USERNAME_FIELD}__iexact": account}) | Q(email__iexact=account)
        )[:2]
        if len(users) != 1:
            raise forms.ValidationError(_("No single account has this username or e-mail."))
        return users[0]

    def clean_linked_references(self):
        text = self.cleaned_data["linked_references"]
        words = [word for word in re.split(r"[\s,;]+", text) if word]
        wrong = [word for word in words if not REFERENCE.fullmatch(word)]
        if wrong:
            raise forms.ValidationError(
                _("Not a reference: %(words)s.") % {"words": ", ".join(wrong)}
            )
        references = {word.upper() for word in words}
        linked = SupportRequest.objects.filter(reference__in=references)
        if self.instance.pk:
            linked = linked.exclude(pk=self.instance.pk)
        missing = references - {request.reference for request in linked} - {self.instance.reference}
        if missing:
            raise forms.ValidationError(
                _("No request has the reference %(references)s.")
                % {"references": ", ".join(sorted(missing))}
            )
        return list(linked)

    def clean(self):
        cleaned_data = super().clean()
        account = cleaned_data.get("requester_account")
        has_contact = cleaned_data.get("requester_email") or cleaned_data.get("requester_phone")
        if (
            "requester_account" in self.fields
            and not account
            and not self.has_error("requester_account")
            and not (cleaned_data.get("requester_name") and has_contact)
        ):
            self.add_error(
                "requester_name",
                _("Give the requester's account, or their name and an e-mail or phone number."),
            )
        return cleaned_data

    def save(self, commit=True):
        instance = super().save(commit=False)
        if "requester_account" in self.fields:
            instance.requester = self.cleaned_data.get("requester_account")
        if instance.pk is None and self.for_user is not None:
            instance.received_by = self.for_user
        if commit:
            instance.save()
            self._save_linked_requests(instance)
        else:
            self.save_m2m = lambda: self._save_linked_requests(instance)
        return instance

    def _save_linked_requests(self, instance):
        if "linked_references" in self.fields:
            instance.linked_requests.set(self.cleaned_data["linked_references"])


class LogRequestForm(SupportRequestAdminForm):
    """A request received by phone, e-mail, chat, social media or in person."""

    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[("", "---------")] + [c for c in CHANNEL_CHOICES if c[0] != PORTAL],
        help_text=_("How the request reached you."),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AssignForm(OptionalReasonForm):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=None)

    def __init__(self, *args, **kwargs):
        from .filters import support_staff

        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = support_staff()


class ReplyForm(forms.Form):
    canned_response = forms.ModelChoiceField(
        label=_("Canned response"),
        queryset=CannedResponse.objects.none(),
        required=False,
        help_text=_("Choosing one fills the message with its text; edit it before sending."),
    )
    body = forms.CharField(label=_("Message to the requester"), widget=forms.Textarea)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        canned = CannedResponse.objects.all()
        if locale is not None:
            canned = canned.filter(locale=locale)
        self.fields["canned_response"].queryset = canned


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Internal note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only support staff see internal notes."),
    )


class PriorityForm(OptionalReasonForm):
    priority = forms.ChoiceField(label=_("Priority"), choices=PRIORITY_CHOICES)


class ResolveForm(forms.Form):
    resolution = forms.CharField(label=_("Resolution"), widget=forms.Textarea(attrs={"rows": 3}))
