from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, AD_MODERATORS, Role


@hooks.register("register_saypro_roles")
def register_moderation_roles():
    return [
        Role(AD_MODERATORS, (ACCESS_ADMIN,), "Review classified ads and user reports."),
    ]
