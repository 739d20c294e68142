"""Admin actions on one account: send a password reset, deactivate, reactivate.

Each is a confirmation page (GET) and the action itself (POST), for people with the "change
user" permission and only on accounts they may manage; each is logged on the account.
"""

from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from saypro_wagtail.conf import saypro_settings
from saypro_wagtail.notifications import send_email

from .. import activity
from .access import can_manage
from .sessions import end_sessions

PASSWORD_RESET_TEMPLATE = "saypro_profiles/notifications/password_reset"


def password_reset_url(user) -> str:
    """The absolute link of Django's password reset flow for ``user``."""
    path = reverse(
        "saypro_profiles:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{saypro_settings.site_url}{path}"


def send_password_reset(user, *, by):
    send_email(
        to=user.email,
        user=user,
        template=PASSWORD_RESET_TEMPLATE,
        context={"user": user, "reset_url": password_reset_url(user)},
    )
    activity.log_activity(user, activity.PASSWORD_RESET_SENT, by=by)


def deactivate(user, *, by) -> int:
    """Block sign-in and end the account's sessions; returns how many sessions ended."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    ended = end_sessions(user)
    activity.log_activity(user, activity.DEACTIVATED, by=by, data={"sessions_ended": ended})
    return ended


def reactivate(user, *, by):
    user.is_active = True
    user.save(update_fields=["is_active"])
    activity.log_activity(user, activity.REACTIVATED, by=by)


class AccountActionView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Confirm, then perform, one action on an account."""

    permission_required = "change"
    template_name = "saypro_profiles/admin/users/confirm_action.html"
    header_icon = "user"
    edit_url_name = None
    index_url_name = None
    action_name = ""  # the URL name of this action in the viewset
    icon_name = "user"
    confirmation_message = ""
    button_label = ""
    button_class = "button"
    success_message = ""

    def get_object(self):
        account = super().get_object()
        if not can_manage(self.request.user, account):  # staff, for anyone but a superuser
            raise PermissionDenied
        return account

    @classmethod
    def applies_to(cls, account, request_user) -> bool:
        """Whether the action makes sense for ``account`` now (else it is not offered)."""
        return True

    def is_available(self) -> bool:
        return self.applies_to(self.object, self.request.user)

    def get_page_subtitle(self):
        return get_user_display_name(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Users")},
            {"url": self.get_edit_url(), "label": get_user_display_name(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def get_edit_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            account=self.object,
            action_url=self.request.path,
            confirmation_message=self.confirmation_message
            % {"name": get_user_display_name(self.object), "email": self.object.email},
            button_label=self.button_label,
            button_class=self.button_class,
            cancel_url=self.get_edit_url(),
            available=self.is_available(),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.is_available():
            messages.error(request, _("This action does not apply to this account."))
        else:
            self.perform()
            messages.success(
                request, self.success_message % {"name": get_user_display_name(self.object)}
            )
        return redirect(self.get_edit_url())

    def perform(self):
        raise NotImplementedError


class SendPasswordResetView(AccountActionView):
    action_name = "send_password_reset"
    icon_name = "mail"
    page_title = _("Send a password reset e-mail")
    confirmation_message = _(
        "Send %(name)s an e-mail at %(email)s with a link to choose a new password?"
    )
    button_label = _("Yes, send the e-mail")
    success_message = _("A password reset e-mail is on its way to %(name)s.")

    @classmethod
    def applies_to(cls, account, request_user):
        return bool(account.email) and account.is_active

    def perform(self):
        send_password_reset(self.object, by=self.request.user)


class DeactivateView(AccountActionView):
    action_name = "deactivate"
    icon_name = "lock"
    page_title = _("Deactivate account")
    confirmation_message = _(
        "Deactivate %(name)s? They will be signed out everywhere and cannot sign in until "
        "the account is reactivated. Nothing is deleted."
    )
    button_label = _("Yes, deactivate")
    button_class = "button serious"
    success_message = _("%(name)s was deactivated and signed out.")

    @classmethod
    def applies_to(cls, account, request_user):
        return account.is_active and account.pk != request_user.pk

    def perform(self):
        deactivate(self.object, by=self.request.user)


class ReactivateView(AccountActionView):
    action_name = "reactivate"
    icon_name = "lock-open"
    page_title = _("Reactivate account")
    confirmation_message = _("Reactivate %(name)s? They will be able to sign in again.")
    button_label = _("Yes, reactivate")
    success_message = _("%(name)s was reactivated.")

    @classmethod
    def applies_to(cls, account, request_user):
        return not account.is_active

    def perform(self):
        reactivate(self.object, by=self.request.user)


ACCOUNT_ACTIONS = [SendPasswordResetView, DeactivateView, ReactivateView]
