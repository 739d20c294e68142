"""Resumes and portfolios: upload (applicants), download (owner and permitted staff), delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import activity
from ..choices import APPLICANT
from ..forms.profile import DocumentForm
from ..models import ProfileDocument, get_profile
from ..staff import staff_permission, verify_first
from ..useradmin.access import can_manage

VIEW_PERMISSION = "saypro_profiles.view_profiledocument"


@login_required
@require_http_methods(["GET", "POST"])
def upload_document(request):
    profile = get_profile(request.user)
    if profile.user_type != APPLICANT:
        return render(
            request,
            "saypro_profiles/document_upload.html",
            {"form": None, "profile": profile},
            status=403,
        )
    if request.method == "POST":
        form = DocumentForm(request.POST, request.FILES)
        if form.is_valid():
            detected = form.detected
            document = ProfileDocument(
                user=request.user,
                kind=form.cleaned_data["kind"],
                original_name=detected.original_name,
                content_type=detected.content_type,
                size=detected.size,
            )
            document.file.save("upload", form.cleaned_data["file"], save=True)
            messages.success(
                request, _("“%(name)s” was uploaded.") % {"name": document.original_name}
            )
            return redirect("saypro_profiles:edit_profile")
    else:
        form = DocumentForm()
    return render(
        request,
        "saypro_profiles/document_upload.html",
        {
            "form": form,
            "profile": profile,
            "documents": ProfileDocument.objects.filter(user=request.user),
        },
    )


def download_document(request, pk):
    """Serve a private file to its owner, or to staff allowed to see applicants' documents.

    Staff must have passed the code step (when the site requires MFA of staff), as in the
    admin; the owner needs only to be signed in. Everyone else, signed in or not, gets a 404:
    the document's existence is not revealed.
    """
    document = ProfileDocument.objects.select_related("user").filter(pk=pk).first()
    user = request.user
    if document is None or not user.is_authenticated:
        raise Http404
    is_owner = document.user_id == user.pk
    if not is_owner and not staff_permission(request, VIEW_PERMISSION):
        if user.is_active and user.has_perm(VIEW_PERMISSION):
            return verify_first(request)
        raise Http404
    # Staff read the documents of the accounts they manage only (not staff or superusers').
    if not is_owner and not can_manage(user, document.user):
        raise Http404
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    if not is_owner:
        activity.log_activity(
            document.user,
            activity.DOCUMENT_DOWNLOADED,
            by=user,
            data={"document": document.pk, "kind": document.kind},
        )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.original_name,
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def delete_document(request, pk):
    document = get_object_or_404(ProfileDocument, pk=pk, user=request.user)
    name = document.original_name
    document.file.delete(save=False)
    document.delete()
    messages.success(request, _("“%(name)s” was deleted.") % {"name": name})
    return redirect("saypro_profiles:edit_profile")
