"""The Wagtail admin's user screens with profiles, filters, account actions and limits.

Enable it by listing ``"saypro_wagtail.profiles.useradmin.apps.SayproUsersAppConfig"`` instead of
``"wagtail.users"`` in ``INSTALLED_APPS``; the app config points Wagtail's ``user_viewset`` at
:class:`UserViewSet`. To extend it, subclass :class:`UserViewSet` and your own app config.

What changes from Wagtail's screens:

- the list shows user type, e-mail confirmed, two-step verification and active, with filters;
- the edit and create forms carry the profile fields, and the edit screen lists documents;
- send a password reset, deactivate and reactivate (confirmed, logged on the account);
- the history screen is the account's activity log (sign-ins, lockouts, changes, erasure...);
- anyone but a superuser manages ordinary accounts only: staff and superusers are hidden from
  the list and give 404 elsewhere, and such people cannot grant admin access or superuser status.
"""

import django_otp
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.widgets.button import Button
from wagtail.users.views import users as wagtail_users

from ..models import ProfileDocument
from .access import can_manage, manageable_users
from .actions import ACCOUNT_ACTIONS
from .filters import SayproUserFilterSet
from .forms import SayproUserCreationForm, SayproUserEditForm

VIEW_DOCUMENTS = "saypro_profiles.view_profiledocument"


def mfa_enabled_expression():
    """True for users with any confirmed django-otp device (TOTP, backup codes...)."""
    condition = None
    for device_class in django_otp.device_classes():
        exists = Exists(device_class.objects.filter(user=OuterRef("pk"), confirmed=True))
        condition = exists if condition is None else condition | exists
    return condition if condition is not None else Q(pk__in=[])


def profile_of(user):
    # select_related caches a missing profile too, so this costs no query.
    return getattr(user, "saypro_profile", None)


def email_confirmed(user) -> bool:
    profile = profile_of(user)
    return profile is None or profile.email_confirmed


class ManageableUserMixin:
    """Refuses (as Wagtail does: back to the dashboard) accounts the admin may not manage."""

    def get_object(self, *args, **kwargs):
        account = super().get_object(*args, **kwargs)
        if not can_manage(self.request.user, account):
            raise PermissionDenied
        return account


class AccountActionsMixin:
    """Links to the account actions and the activity log of one account."""

    action_url_names = {}

    def account_action_buttons(self, account, button_class=Button):
        buttons = []
        for priority, view_class in enumerate(ACCOUNT_ACTIONS, start=40):
            url_name = self.action_url_names.get(view_class.action_name)
            if not url_name or not view_class.applies_to(account, self.request.user):
                continue
            buttons.append(
                button_class(
                    view_class.page_title,
                    url=reverse(url_name, args=[account.pk]),
                    icon_name=view_class.icon_name,
                    priority=priority,
                )
            )
        return buttons


class IndexView(AccountActionsMixin, wagtail_users.IndexView):
    history_url_name = None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(pk__in=manageable_users(self.request.user).values("pk"))
            .select_related("saypro_profile")
            .annotate(mfa_enabled=mfa_enabled_expression())
        )

    @cached_property
    def columns(self):
        columns = super().columns
        return [
            *columns[:4],
            Column(
                "user_type",
                accessor=lambda user: (
                    profile_of(user).get_user_type_display() if profile_of(user) else ""
                ),
                label=_("User type"),
                sort_key="saypro_profile__user_type",
                width="12%",
            ),
            BooleanColumn("email_confirmed", accessor=email_confirmed, label=_("Confirmed")),
            BooleanColumn("mfa_enabled", label=_("Two-step")),
            *columns[4:],
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            buttons += self.account_action_buttons(instance, MenuItem)
            buttons.append(
                MenuItem(
                    _("Activity log"),
                    url=reverse(self.history_url_name, args=[instance.pk]),
                    icon_name="history",
                    priority=60,
                )
            )
        return buttons


class CreateView(wagtail_users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class EditView(AccountActionsMixin, ManageableUserMixin, wagtail_users.EditView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.history_url_name:
            buttons.append(
                Button(
                    _("Activity log"),
                    url=self.get_history_url(),
                    icon_name="history",
                    priority=60,
                )
            )
        return buttons + self.account_action_buttons(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.has_perm(VIEW_DOCUMENTS):
            context["documents"] = ProfileDocument.objects.filter(user=self.object)
        context["activity_log_url"] = self.get_history_url()
        return context


class DeleteView(ManageableUserMixin, wagtail_users.DeleteView):
    pass


class HistoryView(ManageableUserMixin, wagtail_users.HistoryView):
    """The account's activity log: Wagtail's log entries on the user."""

    page_title = _("Activity log")


class UsageView(ManageableUserMixin, wagtail_users.UserViewSet.usage_view_class):
    pass


class UserViewSet(wagtail_users.UserViewSet):
    """Wagtail's user viewset with profiles, filters, account actions and manager limits."""

    filterset_class = SayproUserFilterSet
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    # A copy would prefill a new account from any other one, staff included.
    copy_view_enabled = False
    account_action_views = ACCOUNT_ACTIONS

    def get_form_class(self, for_update=False):
        return SayproUserEditForm if for_update else SayproUserCreationForm

    @property
    def edit_template_name(self):
        return "saypro_profiles/admin/users/edit.html"

    @property
    def create_template_name(self):
        return "saypro_profiles/admin/users/create.html"

    @cached_property
    def action_url_names(self):
        return {view.action_name: self.get_url_name(view.action_name) for view in ACCOUNT_ACTIONS}

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(action_url_names=self.action_url_names, **kwargs)

    def get_urlpatterns(self):
        urlpatterns = super().get_urlpatterns()
        for view_class in self.account_action_views:
            route = view_class.action_name.replace("_", "-")
            urlpatterns.append(
                path(
                    f"{route}/<{self.pk_path_converter}:pk>/",
                    self.construct_view(view_class),
                    name=view_class.action_name,
                )
            )
        return urlpatterns
