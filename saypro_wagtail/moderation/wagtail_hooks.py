from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, AD_MODERATORS, Role

from . import lifecycle  # noqa: F401  (registers the moderation log actions and signals)
from .workflow_setup import moderation_workflow

AD = "saypro_moderation.{}_classifiedad"
MODERATOR_PERMISSIONS = (
    ACCESS_ADMIN,
    AD.format("view"),
    AD.format("change"),
    # The review's approval publishes the ad.
    AD.format("publish"),
    AD.format("lock"),
    AD.format("unlock"),
    "saypro_moderation.view_moderation_reports",
    "saypro_moderation.add_bannedphrase",
    "saypro_moderation.change_bannedphrase",
    "saypro_moderation.delete_bannedphrase",
    "saypro_moderation.view_bannedphrase",
    "saypro_moderation.add_rejectionreason",
    "saypro_moderation.change_rejectionreason",
    "saypro_moderation.view_rejectionreason",
    "saypro_moderation.view_contentreport",
    "saypro_moderation.change_contentreport",
)


@hooks.register("register_saypro_roles")
def register_moderation_roles():
    return [
        Role(
            AD_MODERATORS,
            MODERATOR_PERMISSIONS,
            "Review classified ads and visitors' reports; keep banned phrases and reasons.",
            setups=(moderation_workflow,),
        ),
    ]


@hooks.register("register_saypro_starting_pages")
def register_moderation_starting_pages():
    from .starting_pages import starting_pages

    return starting_pages()


# Each area registers its own admin screens and hooks.
from . import integrations  # noqa: E402, F401
from . import monthly as monthly_section  # noqa: E402, F401  (the monthly report)
from .admin import hooks as admin_hooks  # noqa: E402, F401
from .reporting import hooks as reporting_hooks  # noqa: E402, F401
from .screening import admin as screening_admin  # noqa: E402, F401
from .user_reports import admin as user_reports_admin  # noqa: E402, F401
