"""Changing a member's e-mail address: the new address must be confirmed before it is used.

The response never tells whether another account already uses the address: the requester sees
the same message either way, and only a free address receives the confirmation link.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from saypro_wagtail.notifications import send_email

from . import activity, signals
from .models import get_profile
from .tokens import CHANGE, make_email_token

CONFIRM_TEMPLATE = "saypro_profiles/notifications/confirm_new_email"
NOTICE_TEMPLATE = "saypro_profiles/notifications/email_changed"


class EmailTaken(Exception):
    """Another account took the address between the request and the confirmation."""


def email_in_use(email: str, *, exclude=None) -> bool:
    user_model = get_user_model()
    accounts = user_model._default_manager.filter(
        **{f"{user_model.get_email_field_name()}__iexact": email}
    )
    if exclude is not None:
        accounts = accounts.exclude(pk=exclude.pk)
    return accounts.exists()


def current_email(user) -> str:
    return getattr(user, user.get_email_field_name(), "") or ""


@transaction.atomic
def request_email_change(request, user, new_email: str) -> None:
    """Remember ``new_email`` as pending, send it a confirmation link and warn the old address."""
    profile = get_profile(user)
    profile.pending_email = new_email
    profile.save(update_fields=["pending_email", "updated_at"])
    activity.log_activity(user, activity.EMAIL_CHANGE_REQUESTED)
    if not email_in_use(new_email, exclude=user):
        # The token is bound to the pending address, so it is made after saving it.
        token = make_email_token(user, new_email, CHANGE)
        confirm_url = request.build_absolute_uri(
            reverse("saypro_profiles:confirm_email_change", args=[token])
        )
        send_email(
            to=new_email,
            user=user,
            template=CONFIRM_TEMPLATE,
            context={"account": user, "new_email": new_email, "confirm_url": confirm_url},
        )
    old_email = current_email(user)
    if old_email:
        send_email(
            to=old_email,
            user=user,
            template=NOTICE_TEMPLATE,
            context={"account": user, "new_email": new_email},
        )


@transaction.atomic
def apply_email_change(user, new_email: str) -> None:
    """Make ``new_email`` the account's address; raises :class:`EmailTaken` if it is in use."""
    user_model = get_user_model()
    # Lock the account so two confirmations cannot race each other.
    user = user_model._default_manager.select_for_update().get(pk=user.pk)
    if email_in_use(new_email, exclude=user):
        raise EmailTaken(new_email)
    setattr(user, user.get_email_field_name(), new_email)
    user.save(update_fields=[user.get_email_field_name()])
    profile = get_profile(user)
    profile.pending_email = ""
    profile.email_confirmed_at = timezone.now()
    profile.save(update_fields=["pending_email", "email_confirmed_at", "updated_at"])
    activity.log_activity(user, activity.EMAIL_CHANGED)
    signals.email_confirmed.send(sender=user_model, user=user)
    return user
