"""Admin URLs of support requests and the check that a role was turned away, for the admin tests."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.conftest import verified_login
from tests.profiles.conftest import make_user

NAMESPACE = "wagtailsnippets_saypro_support_supportrequest"


def admin_url(name, support_request=None, action=None):
    args = [] if support_request is None else [support_request.pk]
    if action is not None:
        args.append(action)
    return reverse(f"{NAMESPACE}:{name}", args=args)


def refused(response) -> bool:
    """Wagtail turns a refused admin user back to the dashboard; others go to the login page."""
    if response.status_code in (403, 404):
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    return location.startswith(reverse("wagtailadmin_home")) and (
        location == reverse("wagtailadmin_home") or "login" in location
    )


def signed_in(client, user):
    return verified_login(client, user)


@pytest.fixture
def role_member(roles):
    def make(username, group_name=None, **fields):
        user = make_user(username, **fields)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make
