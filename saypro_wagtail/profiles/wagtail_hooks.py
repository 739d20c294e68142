from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, USER_MANAGERS, Role


@hooks.register("register_saypro_roles")
def register_profiles_roles():
    return [
        Role(
            USER_MANAGERS,
            (ACCESS_ADMIN,),
            "Manage ordinary user accounts; never staff or superusers.",
        ),
    ]
