"""The security page: password, two-step verification, other sessions, recent activity."""

from importlib import import_module

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import user_has_device
from wagtail.models import ModelLogEntry

from saypro_wagtail.conf import saypro_settings

from .. import activity
from ..forms.security import PasswordChangeForm
from ..security_alerts import send_security_alert
from ..staff import is_staff_account

RECENT_ACTIVITY = 10
# Session engines whose sessions can be listed and deleted one by one.
DATABASE_SESSION_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}


@login_required
def security(request):
    user = request.user
    recent = ModelLogEntry.objects.for_instance(user).order_by("-timestamp", "-pk")[
        :RECENT_ACTIVITY
    ]
    return render(
        request,
        "saypro_profiles/security.html",
        {
            "mfa_enabled": user_has_device(user, confirmed=True),
            # Staff keep MFA while it is required: offer a new phone instead of turning it off.
            "mfa_required": is_staff_account(user) and saypro_settings.PROFILES_STAFF_MFA_REQUIRED,
            "can_end_sessions": settings.SESSION_ENGINE in DATABASE_SESSION_ENGINES,
            "recent_activity": recent,
        },
    )


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change with our template; the current session stays signed in."""

    form_class = PasswordChangeForm
    template_name = "saypro_profiles/password_change.html"
    success_url = reverse_lazy("saypro_profiles:security")

    def form_valid(self, form):
        # Django's view saves the password and keeps this session (update_session_auth_hash).
        response = super().form_valid(form)
        activity.log_activity(self.request.user, activity.PASSWORD_CHANGED)
        send_security_alert(self.request.user, activity.PASSWORD_CHANGED)
        messages.success(
            self.request,
            _("Your password was changed. Other devices where you were signed in are signed out."),
        )
        return response


@login_required
@require_POST
def sign_out_other_sessions(request):
    if settings.SESSION_ENGINE not in DATABASE_SESSION_ENGINES:
        messages.error(
            request, _("This site cannot list your sessions. Change your password instead.")
        )
        return redirect("saypro_profiles:security")
    ended = end_other_sessions(request.user, keep=request.session.session_key)
    activity.log_activity(request.user, activity.SESSIONS_ENDED, data={"sessions": ended})
    messages.success(
        request,
        ngettext(
            "%(count)d other session was signed out.",
            "%(count)d other sessions were signed out.",
            ended,
        )
        % {"count": ended},
    )
    return redirect("saypro_profiles:security")


def end_other_sessions(user, *, keep) -> int:
    """Delete the user's stored sessions except ``keep``; returns how many were ended."""
    from django.contrib.sessions.models import Session

    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    user_id = str(user.pk)
    ended = 0
    # Session data is an opaque signed blob: each live session must be decoded to find its owner.
    live = Session.objects.filter(expire_date__gt=timezone.now()).exclude(session_key=keep)
    for session in live.iterator():
        if str(session.get_decoded().get(SESSION_KEY)) == user_id:
            store_class(session_key=session.session_key).delete()
            ended += 1
    return ended
