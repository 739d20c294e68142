"""Editing one's own profile, changing the e-mail address, and the public profile page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from saypro_wagtail.ratelimit import allow

from .. import activity, email_change
from ..choices import APPLICANT, VISIBLE_TO_EVERYONE, VISIBLE_TO_MEMBERS
from ..forms.profile import NOTIFICATION_PREFIX, DocumentForm, EmailChangeForm, ProfileForm
from ..models import Profile, ProfileDocument, get_profile
from ..tokens import CHANGE, read_email_token

EMAIL_CHANGE_LIMIT = 5  # requests per user and hour: each one sends two e-mails


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request):
    profile = get_profile(request.user)
    saved_photo = profile.photo.name
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile, user=request.user)
        if form.is_valid():
            with transaction.atomic():
                form.save()
                changed = changed_field_names(form)
                if changed:
                    activity.log_activity(
                        request.user, activity.PROFILE_CHANGED, data={"fields": changed}
                    )
            if saved_photo and profile.photo.name != saved_photo:
                # The replaced or removed photo would otherwise stay in the media folder.
                profile.photo.storage.delete(saved_photo)
            messages.success(request, _("Your profile was saved."))
            return redirect("saypro_profiles:edit_profile")
        # The form put the unsaved upload on the instance: show the stored photo instead.
        profile = Profile.objects.get(pk=profile.pk)
    else:
        form = ProfileForm(instance=profile, user=request.user)
    return render(
        request,
        "saypro_profiles/profile_edit.html",
        {
            "form": form,
            "profile": profile,
            "document_form": DocumentForm() if profile.user_type == APPLICANT else None,
            "documents": ProfileDocument.objects.filter(user=request.user),
        },
    )


def changed_field_names(form) -> list[str]:
    """Names (never values) of the fields that changed, for the activity log."""
    names = []
    for name in form.changed_data:
        if name.startswith(NOTIFICATION_PREFIX):
            name = "notification_preferences"
        if name not in names:
            names.append(name)
    return names


@login_required
@require_http_methods(["GET", "POST"])
def change_email(request):
    profile = get_profile(request.user)
    if request.method == "POST":
        form = EmailChangeForm(request.POST, user=request.user)
        if form.is_valid():
            if not allow("profiles.email_change", str(request.user.pk), EMAIL_CHANGE_LIMIT, 3600):
                form.add_error(None, _("Too many requests. Please try again in an hour."))
            else:
                new_email = form.cleaned_data["email"]
                email_change.request_email_change(request, request.user, new_email)
                # The same words whether or not the address is free: nothing leaks.
                messages.success(
                    request,
                    _(
                        "We sent a link to %(email)s. Open it to start using that address. "
                        "Until then, keep using your current address."
                    )
                    % {"email": new_email},
                )
                return redirect("saypro_profiles:change_email")
    else:
        form = EmailChangeForm(user=request.user)
    return render(
        request,
        "saypro_profiles/email_change.html",
        {
            "form": form,
            "profile": profile,
            "current_email": email_change.current_email(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def confirm_email_change(request, token):
    """Open the link sent to the new address; the change is applied on a POST.

    Mail scanners follow links in e-mails, so a GET only shows a button.
    """
    try:
        user, new_email = read_email_token(token, CHANGE)
    except signing.SignatureExpired:
        return _email_change_failed(request, expired=True)
    except signing.BadSignature:
        return _email_change_failed(request)
    if request.method == "POST":
        try:
            email_change.apply_email_change(user, new_email)
        except email_change.EmailTaken:
            return _email_change_failed(request, taken=True)
        return render(request, "saypro_profiles/email_change_done.html", {"new_email": new_email})
    return render(request, "saypro_profiles/email_change_confirm.html", {"new_email": new_email})


def _email_change_failed(request, *, expired=False, taken=False):
    return render(
        request,
        "saypro_profiles/email_change_failed.html",
        {"expired": expired, "taken": taken},
        status=400,
    )


def public_profile(request, public_id):
    """A member's page, shown only to the people its owner chose; 404 for everyone else."""
    profile = (
        Profile.objects.select_related("user")
        .prefetch_related("skills", "interests")
        .filter(public_id=public_id)
        .first()
    )
    if profile is None or not profile.user.is_active:
        raise Http404
    is_owner = request.user.is_authenticated and request.user.pk == profile.user_id
    if not is_owner and not can_see_profile(request.user, profile):
        # The same 404 as an unknown ID, so a hidden profile's existence does not leak.
        raise Http404
    return render(
        request,
        "saypro_profiles/public_profile.html",
        {
            "profile": profile,
            "public_name": public_name(profile),
            "is_owner": is_owner,
            "shown_email": email_change.current_email(profile.user) if profile.show_email else "",
            "shown_phone": profile.phone if profile.show_phone else "",
        },
    )


def can_see_profile(viewer, profile) -> bool:
    if not profile.email_confirmed:
        return False
    if profile.visibility == VISIBLE_TO_EVERYONE:
        return True
    if profile.visibility == VISIBLE_TO_MEMBERS:
        return viewer.is_authenticated
    return False


def public_name(profile) -> str:
    """Display name, else full name, never the user name (it may be an e-mail address)."""
    user = profile.user
    full_name = user.get_full_name().strip() if hasattr(user, "get_full_name") else ""
    return profile.display_name or full_name or _("Member")
