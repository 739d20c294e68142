from wagtail import hooks

from saypro_wagtail.roles import ACCESS_ADMIN, SUPPORT_AGENTS, SUPPORT_SUPERVISORS, Role

from . import lifecycle  # noqa: F401  (registers the request log actions)
from .escalations import escalation_workflow

VIEW = "saypro_support.view_supportrequest"
ADD = "saypro_support.add_supportrequest"
WORK = lifecycle.WORK
SUPERVISE = lifecycle.SUPERVISE
VIEW_REPORTS = "saypro_support.view_support_reports"
CANNED = (
    "saypro_support.add_cannedresponse",
    "saypro_support.change_cannedresponse",
    "saypro_support.view_cannedresponse",
)
# Reviewing escalations: the final approval publishes the escalation.
ESCALATIONS = (
    "saypro_support.view_escalation",
    "saypro_support.change_escalation",
    "saypro_support.publish_escalation",
)


@hooks.register("register_saypro_roles")
def register_support_roles():
    return [
        Role(
            SUPPORT_AGENTS,
            (ACCESS_ADMIN, VIEW, ADD, WORK, "saypro_support.view_cannedresponse"),
            "Answer and resolve support requests (their own and unassigned ones).",
        ),
        Role(
            SUPPORT_SUPERVISORS,
            (ACCESS_ADMIN, VIEW, ADD, WORK, SUPERVISE, VIEW_REPORTS, *CANNED, *ESCALATIONS),
            "Escalation tier: see every request, reassign, close on behalf, read the KPI reports.",
            setups=(escalation_workflow,),
        ),
    ]


@hooks.register("register_saypro_starting_pages")
def register_support_starting_pages():
    from .starting_pages import starting_pages

    return starting_pages()


from . import (  # noqa: E402, F401
    canned_admin,
    integrations,
    monthly,  # noqa: E402, F401  (the monthly report's support section)
    personal_data,
)
from .admin import hooks  # noqa: E402, F401
from .escalation_admin import EscalationViewSet  # noqa: E402, F401
from .reporting import hooks as reporting_hooks  # noqa: E402, F401
