"""Every page carries a Content-Security-Policy: public pages run only the site's own scripts;
Wagtail's admin, which writes some inline scripts, keeps working."""

import pytest

from tests.conftest import verified_login

pytestmark = pytest.mark.django_db


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_pages_allow_only_the_sites_own_scripts(client, home_page):
    policy = directives(client.get("/en/"))

    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_the_admin_may_run_its_inline_scripts(client, home_page, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", "x")
    verified_login(client, admin)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'", "'unsafe-inline'"]
