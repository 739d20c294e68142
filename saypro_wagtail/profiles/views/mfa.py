"""Two-step verification: the code step at sign-in, setting it up, backup codes, turning it off."""

from functools import wraps
from urllib.parse import urlencode

import django_otp
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache

from saypro_wagtail import ratelimit
from saypro_wagtail.conf import saypro_settings

from .. import activity, lockout, mfa
from ..forms.login import LoginForm
from ..forms.mfa import CodeForm, PasswordCheckForm
from ..security_alerts import send_security_alert
from ..staff import is_staff_account
from .login import safe_next_url

WAIT_MESSAGE = _("Too many wrong codes in a row. Wait a few seconds, then try again.")


def redirect_with_next(url_name, next_url):
    url = reverse(url_name)
    return redirect(f"{url}?{urlencode({'next': next_url})}" if next_url else url)


def verified_if_enrolled(view):
    """Changes to two-step verification need the code step first once it is on.

    Otherwise a password alone (Wagtail's login page signs in without the code) could
    replace the authenticator, print new backup codes or turn the protection off.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if mfa.user_has_mfa(request.user) and not mfa.session_verified(request):
            return redirect_with_next("saypro_profiles:login_verify", request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


@method_decorator(never_cache, "dispatch")
class VerifyView(View):
    """The code step: after a password sign-in, or for a signed-in staff member not yet verified."""

    template_name = "saypro_profiles/login_verify.html"

    def get_user(self, request):
        if request.user.is_authenticated:
            return request.user, None
        return mfa.pending_user(request)

    def get(self, request):
        user, _pending = self.get_user(request)
        if user is None:
            messages.info(request, _("Your sign-in timed out. Please sign in again."))
            return redirect("saypro_profiles:login")
        if request.user.is_authenticated:
            if mfa.session_verified(request):
                return redirect(safe_next_url(request))
            if not mfa.user_has_mfa(request.user):
                # Nothing to verify with yet: staff get here on their first admin visit.
                return redirect_with_next("saypro_profiles:mfa_setup", safe_next_url(request, ""))
        return self.render(request, CodeForm())

    def post(self, request):
        user, pending = self.get_user(request)
        if user is None:
            messages.info(request, _("Your sign-in timed out. Please sign in again."))
            return redirect("saypro_profiles:login")
        form = CodeForm(request.POST)
        address = ratelimit.client_address(request)
        if lockout.is_locked(user.get_username(), address):
            form.add_error(None, LoginForm.locked_message())
            request.session.pop(mfa.PENDING_KEY, None)
            return self.render(request, form)
        if form.is_valid() and mfa.must_wait(*mfa.confirmed_devices(user)):
            # The code is not even checked, so this is no failed attempt either.
            form.add_error("code", WAIT_MESSAGE)
        elif form.is_valid():
            device = mfa.match_code(user, form.cleaned_data["code"])
            if device is not None:
                lockout.reset(user.get_username())
                if pending is not None:
                    return mfa.complete_login(
                        request,
                        user,
                        remember=pending["remember"],
                        next_url=pending["next"],
                        device=device,
                    )
                django_otp.login(request, device)
                return redirect(safe_next_url(request))
            if lockout.register_failure(user.get_username(), address):
                activity.log_activity(user, activity.LOCKED_OUT, by=None)
            activity.log_activity(user, activity.LOGIN_FAILED, by=None, data={"step": "code"})
            form.add_error("code", _("This code is not right, or it was already used."))
        return self.render(request, form)

    def render(self, request, form):
        next_url = request.GET.get("next", "")
        return TemplateResponse(request, self.template_name, {"form": form, "next": next_url})


def show_backup_codes(request, codes, **context):
    """The one time the codes are shown, with a text file to keep them in."""
    heading = _("Backup codes for %(account)s at %(site)s (each works once)") % {
        "account": request.user.get_username(),
        "site": mfa.issuer(),
    }
    return TemplateResponse(
        request,
        "saypro_profiles/mfa_backup_codes.html",
        {"codes": codes, "codes_text": "\n".join([heading, "", *codes, ""]), **context},
    )


@login_required
@never_cache
@verified_if_enrolled
def setup(request):
    """Scan the QR code (or type the key), then prove it works with a code."""
    device = mfa.pending_totp_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and mfa.must_wait(device):
        form.add_error("code", WAIT_MESSAGE)
    elif request.method == "POST" and form.is_valid():
        code = "".join(form.cleaned_data["code"].split())
        if device.verify_token(code):
            codes = mfa.enable(request.user, device)
            django_otp.login(request, device)
            return show_backup_codes(
                request, codes, just_enabled=True, next=safe_next_url(request, "")
            )
        form.add_error(
            "code", _("This code is not right. Check the time on your phone and try again.")
        )
    return TemplateResponse(
        request,
        "saypro_profiles/mfa_setup.html",
        {
            "form": form,
            "qr_svg": mfa.qr_code_svg(device),
            "manual_key": mfa.manual_key(device),
            "issuer": mfa.issuer(),
            "account_name": request.user.get_username(),
            "already_enabled": mfa.user_has_mfa(request.user),
            "next": request.GET.get("next", ""),
            "required": is_staff_account(request.user)
            and saypro_settings.PROFILES_STAFF_MFA_REQUIRED,
        },
    )


@login_required
@never_cache
@verified_if_enrolled
def backup_codes(request):
    """New backup codes (the old ones stop working), after the password is given again."""
    if not mfa.user_has_mfa(request.user):
        return redirect("saypro_profiles:mfa_setup")
    form = PasswordCheckForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        codes = mfa.new_backup_codes(request.user)
        activity.log_activity(request.user, activity.BACKUP_CODES_CREATED)
        send_security_alert(request.user, activity.BACKUP_CODES_CREATED)
        return show_backup_codes(request, codes)
    return TemplateResponse(
        request,
        "saypro_profiles/mfa_password.html",
        {
            "form": form,
            "title": _("New backup codes"),
            "explanation": _("Your old backup codes stop working when you get new ones."),
            "submit": _("Show new backup codes"),
        },
    )


@login_required
@never_cache
@verified_if_enrolled
def disable(request):
    if not mfa.user_has_mfa(request.user):
        return redirect("saypro_profiles:security")
    if is_staff_account(request.user) and saypro_settings.PROFILES_STAFF_MFA_REQUIRED:
        messages.error(
            request,
            _(
                "Staff accounts must keep two-step verification. "
                "You can set up a new phone instead."
            ),
        )
        return redirect("saypro_profiles:security")
    form = PasswordCheckForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        mfa.disable(request.user)
        messages.success(request, _("Two-step verification is off."))
        return redirect("saypro_profiles:security")
    return TemplateResponse(
        request,
        "saypro_profiles/mfa_password.html",
        {
            "form": form,
            "title": _("Turn off two-step verification"),
            "explanation": _("Without it, anyone who learns your password can sign in as you."),
            "submit": _("Turn it off"),
            "danger": True,
        },
    )
