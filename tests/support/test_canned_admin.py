"""Supervisors write canned responses in the admin; agents can read them but not change them."""

import pytest
from django.urls import reverse

from saypro_wagtail.support.models import CannedResponse
from tests.conftest import verified_login

pytestmark = pytest.mark.django_db
NAMESPACE = "wagtailsnippets_saypro_support_cannedresponse"


def test_a_supervisor_writes_a_canned_response(client, supervisor, locales):
    verified_login(client, supervisor)
    response = client.post(
        reverse(f"{NAMESPACE}:add"),
        {"title": "Ad pending", "body": "Your ad is waiting for a moderator.", "locale": "en"},
    )
    assert response.status_code == 302
    assert CannedResponse.objects.get().title == "Ad pending"


def test_an_agent_reads_but_cannot_add_canned_responses(client, agent, locales):
    verified_login(client, agent)
    assert client.get(reverse(f"{NAMESPACE}:list")).status_code == 200
    refused = client.get(reverse(f"{NAMESPACE}:add"))
    assert refused.status_code in (302, 403)
    assert not CannedResponse.objects.exists()
