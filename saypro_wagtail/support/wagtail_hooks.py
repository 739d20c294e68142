from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, SUPPORT_AGENTS, SUPPORT_SUPERVISORS, Role


@hooks.register("register_saypro_roles")
def register_support_roles():
    return [
        Role(SUPPORT_AGENTS, (ACCESS_ADMIN,), "Answer and resolve support requests."),
        Role(
            SUPPORT_SUPERVISORS,
            (ACCESS_ADMIN,),
            "Escalation tier: reassign, close on behalf, read the KPI reports.",
        ),
    ]
