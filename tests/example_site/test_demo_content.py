from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from home.demo_content import DEMO_PASSWORD, DEMO_USERS
from home.demo_profiles import MFA_MEMBER
from home.models import ContactPage, HomePage

pytestmark = pytest.mark.django_db

STAFF = ["admin", "editor", "publisher", "agent", "supervisor", "moderator", "usermanager"]
PUBLIC = ["applicant", "advertiser"]


def counts():
    return (Page.objects.count(), Site.objects.count(), get_user_model().objects.count())


def test_loading_the_demo_twice_changes_nothing(demo):
    before = counts()
    call_command("saypro_demo", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_site_tree_has_the_home_page_in_every_language(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    languages = set(HomePage.objects.values_list("locale__language_code", flat=True))
    assert languages == {code for code, _name in settings.LANGUAGES}
    assert ContactPage.objects.count() == len(settings.LANGUAGES)
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_every_demo_user_has_its_role(demo):
    users = {user.username: user for user in get_user_model().objects.all()}
    assert set(DEMO_USERS) <= set(users)
    for username, (group, is_superuser, _description) in DEMO_USERS.items():
        user = users[username]
        assert user.check_password(DEMO_PASSWORD)
        assert user.is_superuser == is_superuser
        assert list(user.groups.values_list("name", flat=True)) == ([group] if group else [])


@pytest.mark.parametrize("username", STAFF)
def test_staff_roles_open_the_wagtail_admin_after_two_step_verification(demo, client, username):
    client.post("/admin/login/", {"username": username, "password": DEMO_PASSWORD})
    assert client.get("/admin/")["Location"].startswith("/en/account/login/verify/")

    code = StringIO()
    call_command("demo_totp", username, stdout=code)
    client.post("/en/account/login/verify/?next=/admin/", {"code": code.getvalue().strip()})
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()


@pytest.mark.parametrize("username", PUBLIC)
def test_public_users_are_kept_out_of_the_wagtail_admin(demo, client, username):
    client.post("/en/account/login/", {"username": username, "password": DEMO_PASSWORD})
    if username == MFA_MEMBER:  # fully signed in, code included
        code = StringIO()
        call_command("demo_totp", username, stdout=code)
        client.post("/en/account/login/verify/", {"code": code.getvalue().strip()})
    assert client.get("/en/account/").status_code == 200
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
