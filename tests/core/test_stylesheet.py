"""The package's front-end pages share one stylesheet, scoped to the package's own wrapper class.

Every public and account page links ``saypro_wagtail/css/saypro.css`` exactly once and puts its
content inside ``.saypro``, both in the example site and inside the bare base template a new
``wagtail start`` site has; a site drops the stylesheet by overriding one include; and the
stylesheet uses logical properties only, so pages turn right to left with ``dir="rtl"``.
"""

import re
from copy import deepcopy
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import saypro_wagtail
from home.demo_content import ensure_home_page, ensure_locales
from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage
from saypro_wagtail.moderation.models import AdIndexPage
from saypro_wagtail.profiles.models import RegistrationPage
from saypro_wagtail.support.models import ContactSupportPage
from tests.helpcenter.conftest import make_article, publish
from tests.moderation.conftest import make_ad
from tests.moderation.conftest import publish as publish_ad
from tests.profiles.conftest import make_user
from tests.support.conftest import make_request

pytestmark = pytest.mark.django_db

STYLESHEET = "saypro_wagtail/css/saypro.css"
LINK = f'href="{settings.STATIC_URL}{STYLESHEET}"'
BARE_BASE = "tests/bare_base.html"

# Pages anyone can open, and pages of a signed-in member: name -> URL built from the site.
PUBLIC_PAGES = {
    "help center": lambda site: site["help_root"].url,
    "help category": lambda site: site["category"].url,
    "help article": lambda site: site["article"].url,
    "help search": lambda site: site["help_root"].url + "search/?q=password",
    "registration": lambda site: site["registration"].url,
    "contact support": lambda site: site["support"].url,
    "sign in": lambda site: reverse("saypro_profiles:login"),
    "password reset": lambda site: reverse("saypro_profiles:password_reset"),
    "ads": lambda site: site["ads"].url,
    "an ad": lambda site: site["ad_url"],
}
MEMBER_PAGES = {
    "account dashboard": lambda site: reverse("saypro_profiles:dashboard"),
    "profile": lambda site: reverse("saypro_profiles:edit_profile"),
    "security": lambda site: reverse("saypro_profiles:security"),
    "my data": lambda site: reverse("saypro_profiles:my_data"),
    "my support requests": lambda site: reverse("saypro_support:request_list"),
    "a support request": lambda site: reverse(
        "saypro_support:request_detail", args=[site["request"].reference]
    ),
    "my ads": lambda site: reverse("saypro_moderation:my_ads"),
    "new ad": lambda site: reverse("saypro_moderation:ad_create"),
}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """One page of each kind and a member with an ad and a request, rolled back afterwards."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_site()
            transaction.set_rollback(True)


def build_site() -> dict:
    home = ensure_home_page(ensure_locales()[settings.LANGUAGE_CODE])
    help_root = publish(home, HelpCenterPage(title="Help center", slug="help"))
    category = publish(help_root, HelpCategoryPage(title="Account", slug="account"))
    member = make_user("stylish", display_name="Stylish")
    ad = publish_ad(
        make_ad(member, title="Bicycle for sale", expires_at=timezone.now() + timedelta(days=10))
    )
    ads = publish(home, AdIndexPage(title="Classified ads", slug="ads"))
    return {
        "help_root": help_root,
        "category": category,
        "article": make_article(category, "reset-your-password"),
        "registration": publish(home, RegistrationPage(title="Register", slug="register")),
        "support": publish(home, ContactSupportPage(title="Contact support", slug="contact")),
        "ads": ads,
        "ad_url": ads.ad_detail_url(ad),
        "member": member,
        "request": make_request(requester=member, subject="My ad is not showing"),
    }


def open_page(client, site, pages, name):
    response = client.get(pages[name](site))
    assert response.status_code == 200, f"{name}: {response.status_code}"
    return response.content.decode()


def assert_styled_once(html, name):
    assert html.count(LINK) == 1, f"{name} links the shared stylesheet {html.count(LINK)} times"
    assert len(re.findall(r'class="saypro[ "]', html)) == 1, f"{name} has no single .saypro wrapper"


@pytest.mark.parametrize("base_template", ["base.html", BARE_BASE])
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_links_the_shared_stylesheet_once(client, site, name, base_template):
    with override_settings(SAYPRO_BASE_TEMPLATE=base_template):
        assert_styled_once(open_page(client, site, PUBLIC_PAGES, name), name)


@pytest.mark.parametrize("base_template", ["base.html", BARE_BASE])
@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_account_page_links_the_shared_stylesheet_once(client, site, name, base_template):
    client.force_login(site["member"])
    with override_settings(SAYPRO_BASE_TEMPLATE=base_template):
        assert_styled_once(open_page(client, site, MEMBER_PAGES, name), name)


def test_every_template_on_the_site_base_includes_the_stylesheet_once():
    """A page template that extends the site's base template directly (the apps' own base
    templates and a few pages) brings the shared stylesheet with it, so new pages cannot miss it."""
    package = Path(saypro_wagtail.__file__).parent
    direct = [
        path
        for path in package.glob("**/templates/saypro_*/**/*.html")
        if "extends saypro_base_template" in path.read_text()
    ]
    assert direct, "no template extends the site's base template"
    for path in direct:
        text = path.read_text()
        assert text.count('{% include "saypro_wagtail/includes/styles.html" %}') == 1, path
        assert re.search(r'class="saypro[ "]', text), f"{path} has no .saypro wrapper"


def test_site_drops_the_stylesheet_by_overriding_one_include(client, site):
    templates = deepcopy(settings.TEMPLATES)
    templates[0]["APP_DIRS"] = False
    templates[0]["OPTIONS"]["loaders"] = [
        ("django.template.loaders.locmem.Loader", {"saypro_wagtail/includes/styles.html": ""}),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    with override_settings(TEMPLATES=templates):
        for name in ("help article", "contact support", "ads"):
            assert STYLESHEET not in open_page(client, site, PUBLIC_PAGES, name), name


def test_shared_stylesheet_is_shipped_as_a_static_file():
    assert finders.find(STYLESHEET), f"{STYLESHEET} is not found by collectstatic"


def test_shared_stylesheet_uses_logical_properties_so_pages_turn_right_to_left():
    css = Path(finders.find(STYLESHEET)).read_text()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\b[^;]*|\b(?:left|right)\s*:[^;]*"
        r"|(?:text-align|float|clear)\s*:\s*(?:left|right)\b",
        re.sub(r"/\*.*?\*/", "", css, flags=re.S),
    )
    assert physical == [], f"physical left/right rules break right-to-left pages: {physical}"
