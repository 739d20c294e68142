"""Signing up (the registration page), confirming the address, asking for a new link."""

from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from saypro_wagtail import ratelimit

from .. import registration
from ..forms.registration import RegistrationForm, ResendConfirmationForm
from ..tokens import CONFIRM, read_email_token


def serve_registration_page(page, request):
    """GET shows the form; a valid POST signs up and redirects to the 'check your e-mail' view.

    The redirect and what follows are the same whether or not the address had an account.
    """
    if request.user.is_authenticated and request.GET.get("sent") != "1":
        return redirect("saypro_profiles:dashboard")
    form_kwargs = {
        "request": request,
        "terms_url": page.terms_page.url if page.terms_page else "",
        "privacy_url": page.privacy_page.url if page.privacy_page else "",
    }
    if request.method == "POST":
        form = RegistrationForm(request.POST, **form_kwargs)
        if form.is_valid():
            registration.register(form.cleaned_data, page=page, request=request)
            return redirect(f"{page.url}?sent=1")
    else:
        form = RegistrationForm(**form_kwargs)
    context = page.get_context(request)
    context.update(form=form, sent=request.GET.get("sent") == "1")
    return TemplateResponse(request, page.get_template(request), context)


@require_http_methods(["GET"])
def confirm_email(request, token):
    try:
        user, email = read_email_token(token, CONFIRM)
    except signing.SignatureExpired:
        return TemplateResponse(
            request,
            "saypro_profiles/confirm_email.html",
            {"status": "expired", "form": ResendConfirmationForm()},
            status=400,
        )
    except signing.BadSignature:
        return TemplateResponse(
            request,
            "saypro_profiles/confirm_email.html",
            {"status": "invalid", "form": ResendConfirmationForm()},
            status=400,
        )
    if getattr(user, user.get_email_field_name()).lower() != email.lower():
        return TemplateResponse(
            request, "saypro_profiles/confirm_email.html", {"status": "invalid"}, status=400
        )
    registration.confirm(user)
    return TemplateResponse(request, "saypro_profiles/confirm_email.html", {"status": "confirmed"})


@require_http_methods(["GET", "POST"])
def resend_confirmation(request):
    sent = False
    form = ResendConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if ratelimit.allow("resend_confirmation", ratelimit.client_address(request), 5, 3600):
            registration.resend_confirmation(form.cleaned_data["email"])
            sent = True
        else:
            form.add_error(None, _("Too many requests. Please try again in an hour."))
    return TemplateResponse(
        request, "saypro_profiles/resend_confirmation.html", {"form": form, "sent": sent}
    )
