"""The "My support requests" section of the account dashboard (profiles installed)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from saypro_wagtail.profiles.dashboard import AccountSection

from .conversation import requester_requests

LATEST = 5


def _latest_requests(request):
    # One query: the unread counts are annotated.
    return {"support_requests": list(requester_requests(request.user)[:LATEST])}


@hooks.register("register_saypro_account_sections")
def register_support_account_section():
    return [
        AccountSection(
            name="support_requests",
            title=_("My support requests"),
            template="saypro_support/includes/dashboard_requests.html",
            get_context=_latest_requests,
            order=30,
        )
    ]
