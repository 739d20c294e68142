"""Front-end views of the moderation app: a member's own ads.

"My ads", creating and editing an ad with its photos, previewing the latest version, and the
owner's actions (submit, withdraw, renew, delete) through :mod:`.lifecycle`. Each view is for
signed-in members and only for their own ads; another member's ad is a 404.

Editing a live ad never touches its row: the public keeps seeing the approved version while the
edit waits in a revision, as Wagtail's snippet editor does with live objects.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import lifecycle
from .ad_images import (
    is_photo_name,
    is_public_photo,
    may_see_photo,
    photo_content_type,
    store_new_image_files,
)
from .choices import (
    APPROVED,
    DECISION_REJECTED,
    DRAFT,
    EXPIRED,
    HIDDEN,
    IN_MODERATION,
    REJECTED,
    REMOVED,
    REPORT_UPHELD,
    REVIEW,
    SCREENING,
    WITHDRAWN,
)
from .forms import SAVE_AND_SUBMIT, ClassifiedAdForm, image_formset_class
from .models import AdImage, ClassifiedAd, ContentReport, ModerationDecision

CURRENT_STATUSES = (DRAFT, SCREENING, REVIEW, REJECTED, APPROVED, HIDDEN)
PAST_STATUSES = (EXPIRED, WITHDRAWN, REMOVED)

# Fields the owner's form changes on the row of an ad that is not live.
CONTENT_FIELDS = [*ClassifiedAdForm.Meta.fields, "expires_at", "images"]

# Fields about the ad as a whole (not one version of it), kept from the row when the latest
# revision is loaded for editing or preview.
STATE_FIELDS = (
    "moderation_status",
    "screening_flagged",
    "open_reports",
    "submitted_at",
    "created_at",
    "owner_id",
    "expiry_reminded_for",
    "live_revision_id",
    "last_published_at",
)


# What an owner may do with an ad in each state ---------------------------------------------


def can_edit(ad):
    # A lock is a moderator's (owners never lock): they are working on the ad in the admin.
    return ad.moderation_status not in (*IN_MODERATION, REMOVED) and not ad.locked


def can_submit(ad):
    if ad.moderation_status in (DRAFT, REJECTED, WITHDRAWN):
        return True
    # A live ad with an edit waiting: the edit goes through moderation.
    return ad.moderation_status == APPROVED and ad.has_unpublished_changes


def can_withdraw(ad):
    return ad.moderation_status in (SCREENING, REVIEW, REJECTED, APPROVED, HIDDEN)


def can_renew(ad):
    return ad.moderation_status in (APPROVED, EXPIRED)


def owner_actions(ad):
    """Names of the actions offered for ``ad`` (delete and preview are always offered)."""
    return {
        "edit": can_edit(ad),
        "submit": can_submit(ad),
        "withdraw": can_withdraw(ad),
        "renew": can_renew(ad),
    }


def latest_feedback(ads):
    """pk → the moderator's latest word on each rejected or removed ad, in two queries."""
    feedback = {}
    rejected = [str(ad.pk) for ad in ads if ad.moderation_status == REJECTED]
    removed = [str(ad.pk) for ad in ads if ad.moderation_status == REMOVED]
    content_type = ContentType.objects.get_for_model(ClassifiedAd)
    if rejected:
        decisions = (
            ModerationDecision.objects.filter(
                content_type=content_type, object_id__in=rejected, outcome=DECISION_REJECTED
            )
            .select_related("reason")
            .order_by("-decided_at", "-pk")
        )
        for decision in decisions:
            feedback.setdefault(
                decision.object_id,
                {
                    "reason": decision.reason.title if decision.reason else "",
                    "guidance": decision.reason.guidance if decision.reason else "",
                    "message": decision.message,
                    "decided_at": decision.decided_at,
                },
            )
    if removed:
        reports = ContentReport.objects.filter(
            content_type=content_type, object_id__in=removed, status=REPORT_UPHELD
        ).order_by("-decided_at", "-pk")
        for report in reports:
            feedback.setdefault(
                report.object_id,
                {
                    "reason": report.get_reason_display(),
                    "guidance": "",
                    "message": report.decision_note,
                    "decided_at": report.decided_at,
                },
            )
    return {int(pk): value for pk, value in feedback.items() if pk.isdigit()}


def owned_ad(request, pk):
    return get_object_or_404(ClassifiedAd.objects.filter(owner=request.user), pk=pk)


def latest_version(ad):
    """The ad as its owner last saved it (the latest revision), with the row's state."""
    version = ad.get_latest_revision_as_object()
    if version is not ad:
        for name in STATE_FIELDS:
            setattr(version, name, getattr(ad, name))
    return version


# Views ----------------------------------------------------------------------------------------


@login_required
@never_cache
def my_ads(request):
    ads = list(ClassifiedAd.objects.owned_by(request.user).prefetch_related("images"))
    feedback = latest_feedback(ads)
    rows = [{"ad": ad, "actions": owner_actions(ad), "feedback": feedback.get(ad.pk)} for ad in ads]
    return TemplateResponse(
        request,
        "saypro_moderation/owner/my_ads.html",
        {
            "current_ads": [row for row in rows if row["ad"].moderation_status in CURRENT_STATUSES],
            "past_ads": [row for row in rows if row["ad"].moderation_status in PAST_STATUSES],
        },
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def ad_create(request):
    return _edit_page(request, None)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def ad_edit(request, pk):
    return _edit_page(request, owned_ad(request, pk))


def _edit_page(request, ad):
    if ad is not None and not can_edit(ad):
        if ad.moderation_status == REMOVED:
            messages.error(request, _("This ad was removed by a moderator and cannot be edited."))
        else:
            messages.error(
                request,
                _("This ad is being moderated. You can edit it again once a decision is made."),
            )
        return redirect("saypro_moderation:my_ads")

    instance = (
        latest_version(ad) if ad is not None else ClassifiedAd(owner=request.user, live=False)
    )
    formset_class = image_formset_class()
    if request.method == "POST":
        form = ClassifiedAdForm(request.POST, instance=instance)
        formset = formset_class(request.POST, request.FILES, instance=instance, prefix="images")
        if form.is_valid() and formset.is_valid():
            saved = _save_draft(form, formset, request.user, creating=ad is None)
            if request.POST.get("action") == SAVE_AND_SUBMIT:
                return _submit(request, saved)
            messages.success(
                request,
                _("Your ad was saved as a draft. Submit it for review when it is ready.")
                if not saved.live
                else _(
                    "Your changes were saved. Visitors see the approved version until you "
                    "submit the changes and a moderator approves them."
                ),
            )
            return redirect("saypro_moderation:ad_edit", pk=saved.pk)
    else:
        form = ClassifiedAdForm(instance=instance)
        formset = formset_class(instance=instance, prefix="images")
    return TemplateResponse(
        request,
        "saypro_moderation/owner/ad_form.html",
        {"ad": ad, "form": form, "image_formset": formset, "creating": ad is None},
    )


def _save_draft(form, formset, user, *, creating):
    """Keep the owner's edit as the ad's latest revision; a live ad's row stays as approved."""
    with transaction.atomic():
        ad = form.save(commit=False)
        formset.save(commit=False)
        if creating:
            ad.owner = user
        store_new_image_files(ad)
        if ad.live:
            ad.save_revision(user=user)
        else:
            ad.save(update_fields=None if creating else CONTENT_FIELDS)
            ad.save_revision(user=user)
    return ad


def _submit(request, ad):
    try:
        lifecycle.submit(ad, request.user)
    except lifecycle.ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("Your ad was sent for review. We will tell you by e-mail when it is decided."),
        )
    return redirect("saypro_moderation:my_ads")


@login_required
@never_cache
def ad_preview(request, pk):
    ad = owned_ad(request, pk)
    template = select_template(
        ["saypro_moderation/ad_detail.html", "saypro_moderation/owner/ad_preview.html"]
    )
    return TemplateResponse(
        request, template, {"ad": latest_version(ad), "is_preview": True, "page": None}
    )


@login_required
@require_POST
def ad_submit(request, pk):
    ad = owned_ad(request, pk)
    if not can_submit(ad):
        messages.error(request, _("This ad cannot be submitted for review in its current state."))
        return redirect("saypro_moderation:my_ads")
    return _submit(request, ad)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def ad_withdraw(request, pk):
    ad = owned_ad(request, pk)
    if request.method == "POST":
        try:
            if not can_withdraw(ad):
                raise lifecycle.ActionRefused(_("This ad is not listed or in moderation."))
            lifecycle.withdraw(ad, request.user)
        except lifecycle.ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Your ad was withdrawn. Visitors no longer see it."))
        return redirect("saypro_moderation:my_ads")
    return TemplateResponse(
        request, "saypro_moderation/owner/confirm_withdraw.html", {"ad": latest_version(ad)}
    )


@login_required
@require_POST
def ad_renew(request, pk):
    ad = owned_ad(request, pk)
    try:
        lifecycle.renew(ad, request.user)
    except lifecycle.ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        ad.refresh_from_db()
        if ad.moderation_status in IN_MODERATION:
            messages.success(request, _("Your ad was renewed and sent for review again."))
        else:
            messages.success(request, _("Your ad was renewed. It is listed again."))
    return redirect("saypro_moderation:my_ads")


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def ad_delete(request, pk):
    ad = owned_ad(request, pk)
    if request.method == "POST":
        lifecycle.delete(ad, request.user)
        messages.success(request, _("Your ad was deleted."))
        return redirect("saypro_moderation:my_ads")
    return TemplateResponse(
        request, "saypro_moderation/owner/confirm_delete.html", {"ad": latest_version(ad)}
    )


# Photos ---------------------------------------------------------------------------------------

# Caches may keep a live ad's photo this long after the ad is hidden, expires or is removed.
PUBLIC_PHOTO_MAX_AGE = 600


@require_safe
def ad_photo(request, name):
    """An ad photo: to anyone while its ad is live, else only to the ad's owner and moderators.

    Everyone else gets a 404, whether or not the file exists. A live ad's photo is marked
    public, so browsers and shared caches keep it for :data:`PUBLIC_PHOTO_MAX_AGE` seconds.
    """
    if not is_photo_name(name):
        raise Http404
    if is_public_photo(name):
        cache_control = f"public, max-age={PUBLIC_PHOTO_MAX_AGE}"
    elif may_see_photo(request, name):
        cache_control = "private, no-store"
    else:
        raise Http404
    try:
        handle = AdImage._meta.get_field("image").storage.open(name, "rb")
    except (FileNotFoundError, OSError) as missing:
        raise Http404 from missing
    response = FileResponse(
        handle, filename=name.rsplit("/", 1)[-1], content_type=photo_content_type(name)
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = cache_control
    return response
