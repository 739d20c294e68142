"""Signing in and out, and choosing a new password with Django's token flow."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, resolve_url
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from wagtail.models import Locale

from .. import activity, lockout, mfa
from ..forms.login import LoginForm, PasswordResetForm
from ..models import RegistrationPage
from ..security_alerts import send_security_alert


def safe_next_url(request, default=None) -> str:
    """The ``next`` parameter if it is a path on this site, else the dashboard."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    # A bare word ("home") would be read as a view name by redirect(): only paths count.
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default or resolve_url(settings.LOGIN_REDIRECT_URL)


def registration_page():
    pages = RegistrationPage.objects.live().public()
    try:
        return pages.filter(locale=Locale.get_active()).first() or pages.first()
    except Locale.DoesNotExist:
        return pages.first()


@method_decorator([sensitive_post_parameters("password"), csrf_protect, never_cache], "dispatch")
class LoginView(FormView):
    form_class = LoginForm
    template_name = "saypro_profiles/login.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(safe_next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_valid(self, form):
        return mfa.start_login(
            self.request,
            form.user,
            remember=form.cleaned_data["remember_me"],
            next_url=safe_next_url(self.request),
        )

    def get_context_data(self, **kwargs):
        next_url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        return super().get_context_data(
            next=next_url if safe_next_url(self.request, default="") else "",
            registration_page=registration_page(),
            **kwargs,
        )


@never_cache
def logout_view(request):
    """POST signs out (a link or an image cannot sign anyone out); GET asks to confirm."""
    if request.method == "POST":
        logout(request)
        messages.success(request, _("You are signed out."))
        return redirect("/")
    if not request.user.is_authenticated:
        return redirect("/")
    return TemplateResponse(request, "saypro_profiles/logout.html")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "saypro_profiles/password_reset_form.html"
    success_url = reverse_lazy("saypro_profiles:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "saypro_profiles/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "saypro_profiles/password_reset_confirm.html"
    success_url = reverse_lazy("saypro_profiles:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        lockout.reset(self.user.get_username())
        activity.log_activity(self.user, activity.PASSWORD_CHANGED, by=None)
        send_security_alert(self.user, activity.PASSWORD_CHANGED)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "saypro_profiles/password_reset_complete.html"
