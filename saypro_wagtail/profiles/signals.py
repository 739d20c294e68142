"""Signals the profiles app sends, and the receivers that keep profiles and the log current."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import Signal, receiver
from django.utils import timezone

from saypro_wagtail import ratelimit

from . import activity, lockout

# Sent with ``user`` and ``request`` when someone signs up through the registration page.
user_registered = Signal()
# Sent with ``user`` when an e-mail address (the first one or a new one) is confirmed.
email_confirmed = Signal()
# Sent with ``user`` and ``by`` after an account was erased.
account_erased = Signal()


def connect():
    user_model = get_user_model()
    post_save.connect(create_profile, sender=user_model, dispatch_uid="saypro_create_profile")
    m2m_changed.connect(
        log_role_change, sender=user_model.groups.through, dispatch_uid="saypro_role_change"
    )


def create_profile(sender, instance, created, raw=False, **kwargs):
    """Users made by staff, commands or other apps get a confirmed profile.

    The registration form makes its own (unconfirmed) profile and sets ``_saypro_registering``.
    """
    if not created or raw or getattr(instance, "_saypro_registering", False):
        return
    from .models import Profile

    Profile.objects.get_or_create(user=instance, defaults={"email_confirmed_at": timezone.now()})


def log_role_change(sender, instance, action, pk_set, reverse, **kwargs):
    if reverse or action not in {"post_add", "post_remove", "post_clear"}:
        return
    from django.contrib.auth.models import Group

    names = sorted(Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True))
    activity.log_activity(
        instance,
        activity.ROLES_CHANGED,
        by=_acting_user(),
        data={"change": action.removeprefix("post_"), "groups": names},
    )


def _acting_user():
    from wagtail.log_actions import get_active_log_context

    return get_active_log_context().user


@receiver(user_logged_in, dispatch_uid="saypro_log_login")
def log_login(sender, request, user, **kwargs):
    lockout.reset(user.get_username())
    activity.log_activity(user, activity.LOGIN)


@receiver(user_logged_out, dispatch_uid="saypro_log_logout")
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        activity.log_activity(user, activity.LOGOUT)


@receiver(user_login_failed, dispatch_uid="saypro_count_login_failure")
def count_login_failure(sender, credentials, request=None, **kwargs):
    """Count a wrong password against the account name and the client address.

    Attempts refused without checking the password (a locked name or address), and right
    passwords refused for another reason (an unconfirmed address), are no failures: counting
    them would let one locked address lock any account it names.
    """
    from . import backends

    if backends.refusal(request) not in (None, backends.WRONG_PASSWORD):
        return
    identifier = credentials.get("username") or credentials.get(get_user_model().USERNAME_FIELD, "")
    user = backends.find_user(identifier)
    name = user.get_username() if user is not None else identifier
    locked = lockout.register_failure(name, ratelimit.client_address(request))
    if user is not None:
        activity.log_activity(user, activity.LOGIN_FAILED, by=None)
        if locked:
            activity.log_activity(user, activity.LOCKED_OUT, by=None)
    if locked:
        backends.note_refusal(request, backends.LOCKED)
