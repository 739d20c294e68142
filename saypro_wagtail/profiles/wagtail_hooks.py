from django.contrib.auth import get_user_model
from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, USER_MANAGERS, Role

from . import (
    activity,  # noqa: F401  (registers the account log actions)
    monthly,  # noqa: F401  (the monthly report's registrations section)
)
from .preferences import notification_preference, preferred_language

VIEW_REPORTS = "saypro_profiles.view_registration_reports"


def user_permissions():
    opts = get_user_model()._meta
    return tuple(f"{opts.app_label}.{action}_{opts.model_name}" for action in ("add", "change"))


@hooks.register("register_saypro_roles")
def register_profiles_roles():
    return [
        Role(
            USER_MANAGERS,
            (
                ACCESS_ADMIN,
                *user_permissions(),
                VIEW_REPORTS,
                "saypro_profiles.view_profiledocument",
            ),
            "Manage ordinary user accounts; never staff or superusers.",
        ),
    ]


@hooks.register("register_saypro_starting_pages")
def register_profiles_starting_pages():
    from .starting_pages import starting_pages

    return starting_pages()


hooks.register("saypro_user_language", preferred_language)
hooks.register("saypro_notification_preference", notification_preference)

# Each area registers its own hooks.
from . import data_rights, mfa_hooks, notification_events  # noqa: E402, F401
from .reporting import hooks as reporting_hooks  # noqa: E402, F401
from .useradmin import hooks as useradmin_hooks  # noqa: E402, F401
