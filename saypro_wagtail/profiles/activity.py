"""The account activity log: Wagtail log entries on the user, one action per event.

Read a user's activity with ``ModelLogEntry.objects.for_instance(user)``; the admin shows it on
the user's history screen. Entries never hold passwords, codes or tokens.
"""

from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import log

REGISTERED = "saypro_profiles.registered"
EMAIL_CONFIRMED = "saypro_profiles.email_confirmed"
LOGIN = "saypro_profiles.login"
LOGIN_FAILED = "saypro_profiles.login_failed"
LOCKED_OUT = "saypro_profiles.locked_out"
LOGOUT = "saypro_profiles.logout"
PROFILE_CHANGED = "saypro_profiles.profile_changed"
EMAIL_CHANGE_REQUESTED = "saypro_profiles.email_change_requested"
EMAIL_CHANGED = "saypro_profiles.email_changed"
PASSWORD_CHANGED = "saypro_profiles.password_changed"
PASSWORD_RESET_SENT = "saypro_profiles.password_reset_sent"
MFA_ENABLED = "saypro_profiles.mfa_enabled"
MFA_DISABLED = "saypro_profiles.mfa_disabled"
BACKUP_CODES_CREATED = "saypro_profiles.backup_codes_created"
SESSIONS_ENDED = "saypro_profiles.sessions_ended"
ROLES_CHANGED = "saypro_profiles.roles_changed"
DEACTIVATED = "saypro_profiles.deactivated"
REACTIVATED = "saypro_profiles.reactivated"
DATA_EXPORTED = "saypro_profiles.data_exported"
ERASED = "saypro_profiles.erased"
DOCUMENT_DOWNLOADED = "saypro_profiles.document_downloaded"

ACTIONS = [
    (REGISTERED, _("Registered"), _("Registered")),
    (EMAIL_CONFIRMED, _("Confirmed e-mail address"), _("Confirmed the e-mail address")),
    (LOGIN, _("Signed in"), _("Signed in")),
    (LOGIN_FAILED, _("Failed sign-in"), _("A sign-in failed")),
    (LOCKED_OUT, _("Locked out"), _("Sign-in locked after repeated failures")),
    (LOGOUT, _("Signed out"), _("Signed out")),
    (PROFILE_CHANGED, _("Profile changed"), _("Changed the profile")),
    (
        EMAIL_CHANGE_REQUESTED,
        _("E-mail change requested"),
        _("Asked to change the e-mail address"),
    ),
    (EMAIL_CHANGED, _("E-mail changed"), _("Changed the e-mail address")),
    (PASSWORD_CHANGED, _("Password changed"), _("Changed the password")),
    (PASSWORD_RESET_SENT, _("Password reset sent"), _("A password reset e-mail was sent")),
    (MFA_ENABLED, _("Two-step verification on"), _("Turned on two-step verification")),
    (MFA_DISABLED, _("Two-step verification off"), _("Turned off two-step verification")),
    (BACKUP_CODES_CREATED, _("Backup codes created"), _("Created new backup codes")),
    (SESSIONS_ENDED, _("Other sessions ended"), _("Signed out all other sessions")),
    (ROLES_CHANGED, _("Roles changed"), _("Changed the roles")),
    (DEACTIVATED, _("Deactivated"), _("The account was deactivated")),
    (REACTIVATED, _("Reactivated"), _("The account was reactivated")),
    (DATA_EXPORTED, _("Data downloaded"), _("Downloaded a copy of the personal data")),
    (ERASED, _("Account erased"), _("The account was erased")),
    (DOCUMENT_DOWNLOADED, _("Document downloaded"), _("A resume or portfolio was downloaded")),
]


@hooks.register("register_log_actions")
def register_account_actions(actions):
    for action, label, message in ACTIONS:
        actions.register_action(action, label, message)


SELF = object()


def log_activity(user, action, *, by=SELF, data=None):
    """Record ``action`` on ``user``'s log; ``by`` is who did it (the user; None: nobody known)."""
    user = _unwrap(user)
    if by is not SELF:
        by = _unwrap(by)
    return log(instance=user, action=action, user=user if by is SELF else by, data=data or {})


def _unwrap(user):
    # request.user is a lazy object, wrapped twice with django-otp's middleware; Wagtail unwraps
    # only one level and silently skips logging anything whose type it does not know.
    while isinstance(user, LazyObject):
        bool(user)  # evaluate it
        user = user._wrapped
    return user
