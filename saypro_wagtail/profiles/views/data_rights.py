"""My data: download a copy of one's personal data, or erase the account."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from .. import activity
from ..data_rights import personal_data_json, registered_providers
from ..erasure import erase_account
from ..forms.data_rights import DeleteAccountForm
from ..staff import is_staff_account
from .mfa import verified_if_enrolled


def render_my_data(request):
    return TemplateResponse(
        request,
        "saypro_profiles/my_data.html",
        {
            "providers": registered_providers(),
            "can_delete": not is_staff_account(request.user),
        },
    )


@login_required
@never_cache
@verified_if_enrolled
def my_data(request):
    return render_my_data(request)


@login_required
@never_cache
@verified_if_enrolled
def download_my_data(request):
    """GET shows the page; POST returns the JSON file (a POST, so no link can trigger it)."""
    if request.method != "POST":
        return render_my_data(request)
    content = personal_data_json(request.user)
    activity.log_activity(request.user, activity.DATA_EXPORTED)
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@never_cache
@verified_if_enrolled
def delete_account(request):
    if is_staff_account(request.user):
        # Erasing a staff account would orphan roles and reviews: an administrator does it.
        return TemplateResponse(
            request,
            "saypro_profiles/delete_account.html",
            {"staff": True},
            status=403 if request.method == "POST" else 200,
        )
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        erase_account(request.user, by=request.user)
        # Not logout(): its signal would log a sign-out on the erased account.
        request.session.flush()
        request.user = AnonymousUser()
        return TemplateResponse(request, "saypro_profiles/delete_account_done.html")
    return TemplateResponse(request, "saypro_profiles/delete_account.html", {"form": form})
