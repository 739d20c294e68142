"""Erasing an account: personal data removed, the organisation's records kept anonymised.

The user row is anonymised rather than deleted, so support requests, ads, ratings and log
entries keep a valid reference to "an erased account" without saying who it was.
"""

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Q
from wagtail.models import ModelLogEntry

from saypro_wagtail.notifications import send_email
from saypro_wagtail.notifications.language import language_for_user

from . import activity, lockout, signals
from .data_rights import registered_providers
from .models import Profile
from .useradmin.sessions import end_sessions

NOTICE_TEMPLATE = "saypro_profiles/notifications/account_erased"
# "Reserved for invalid addresses" (RFC 2606): nothing can ever be delivered to it.
PLACEHOLDER_DOMAIN = "erased.invalid"


def erase_account(user, *, by=None) -> None:
    """Erase ``user``'s personal data in one transaction; ``by`` is who asked (the user or staff).

    Files are deleted and the notice to the old address is sent once the transaction commits.
    """
    user = activity._unwrap(user)
    user_model = get_user_model()
    with transaction.atomic():
        old_values = identifying_values(user)
        email = getattr(user, user_model.get_email_field_name(), "")
        language = language_for_user(user)  # read it before the profile goes
        for provider in registered_providers():
            provider.erase(user)  # the outbox provider deletes every earlier message too
        if email:
            # No user link and no name in it: the notice must not tie the address to the row.
            send_email(to=email, template=NOTICE_TEMPLATE, language=language)
        anonymise_user(user)
        end_sessions(user)
        lockout.reset(old_values[0])
        scrub_log_entries(user, old_values)
        activity.log_activity(user, activity.ERASED, by=by)
        signals.account_erased.send(sender=user_model, user=user, by=by)


def identifying_values(user) -> list[str]:
    """The user name first, then e-mail, names and display name: what must not stay behind."""
    user_model = get_user_model()
    profile_values = Profile.objects.filter(user=user).values_list("display_name", "pending_email")
    values = [
        user.get_username(),
        getattr(user, user_model.get_email_field_name(), ""),
        user.get_full_name() if hasattr(user, "get_full_name") else "",
        *(getattr(user, name, "") for name in ("first_name", "last_name")),
        *(profile_values.first() or ()),
    ]
    return [value for value in dict.fromkeys(values) if value]


def placeholder_for(field, user) -> str:
    value = f"erased-{user.pk}"
    if isinstance(field, models.EmailField):
        value = f"{value}@{PLACEHOLDER_DOMAIN}"
    return value[: field.max_length] if field.max_length else value


def anonymise_user(user) -> None:
    """Replace the user name, e-mail and names; no password, inactive."""
    user_model = type(user)
    opts = user_model._meta
    username_field = opts.get_field(user_model.USERNAME_FIELD)
    setattr(user, username_field.attname, placeholder_for(username_field, user))
    email_name = user_model.get_email_field_name()
    if email_name != user_model.USERNAME_FIELD and hasattr(user, email_name):
        email_field = opts.get_field(email_name)
        keeps_placeholder = email_field.unique or not email_field.blank
        setattr(user, email_name, placeholder_for(email_field, user) if keeps_placeholder else "")
    for name in ("first_name", "last_name"):
        if hasattr(user, name):
            setattr(user, name, "")
    user.set_unusable_password()
    if hasattr(user, "is_active"):
        user.is_active = False
    user.save()


def scrub_log_entries(user, old_values) -> None:
    """Wagtail stored ``str(user)`` as each entry's label, and some entries carry values."""
    entries = ModelLogEntry.objects.for_instance(user)
    entries.update(label=str(user))
    holding_values = Q()
    for value in old_values:
        holding_values |= Q(data__icontains=value)
    if old_values:
        entries.filter(holding_values).update(data={})
