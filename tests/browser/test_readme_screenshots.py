"""The README's screenshots, taken from the example site's demo content.

Each step first waits for what a reader sees on the page (its heading), so a broken page fails
the test instead of ending up in the README. Phone pages are 390 × 844, admin pages 1280 × 800;
each shot is the size of the window, not the whole page.

The suite runs this test like any other and then keeps the pictures in the ignored
test-results/screenshots/readme/, so that running the tests never changes tracked files. To
refresh the README's pictures in docs/screenshots/:
``SAYPRO_README_SCREENSHOTS=1 .venv/bin/pytest -q tests/browser/test_readme_screenshots.py``.
"""

import os
import re
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REPOSITORY = Path(__file__).resolve().parents[2]
if os.environ.get("SAYPRO_README_SCREENSHOTS"):
    SCREENSHOTS = REPOSITORY / "docs" / "screenshots"
else:
    SCREENSHOTS = REPOSITORY / "test-results" / "screenshots" / "readme"
PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 800}
FLAGGED_AD = "Work from home: easy money, guaranteed income"
MEMBER_REQUEST = "My ad is not visible in search"


@pytest.fixture
def demo_site(db):
    from home.demo_content import load_demo_content

    call_command("saypro_setup_roles", verbosity=0)
    load_demo_content()


@pytest.fixture
def window(browser):
    """Open a browser window of a given size; every window is closed after the test."""
    contexts = []

    def open_window(viewport):
        context = browser.new_context(viewport=viewport, device_scale_factor=1)
        contexts.append(context)
        return context.new_page()

    yield open_window
    for context in contexts:
        context.close()


def save(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def member_sign_in(page, live_server, username):
    from home.demo_content import DEMO_PASSWORD

    page.goto(f"{live_server.url}/en/account/login/")
    page.get_by_label("User name or e-mail address").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/en/account/")


def staff_sign_in(page, live_server, username):
    """Sign in to the admin with the demo password and the demo authenticator's current code."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from home.demo_content import DEMO_PASSWORD

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label(re.compile("username", re.IGNORECASE)).fill(username)
    page.get_by_label(re.compile("password", re.IGNORECASE)).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/en/account/login/verify/**")
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    code = TOTP(device.bin_key, step=device.step, t0=device.t0, digits=device.digits).token()
    page.get_by_role("textbox", name="Code").fill(f"{code:0{device.digits}d}")
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url("**/admin/**")


def test_readme_screenshots_of_the_demo_site(live_server, window, demo_site, monkeypatch):
    from wagtail.models import Locale

    from saypro_wagtail.helpcenter.models import HelpArticlePage, HelpCenterPage
    from saypro_wagtail.moderation.models import ClassifiedAd
    from saypro_wagtail.monthly import forms as monthly_forms
    from saypro_wagtail.monthly.views import NAMESPACE as MONTHLY
    from saypro_wagtail.support.models import SupportRequest

    help_center = HelpCenterPage.objects.get(locale__language_code="en")
    article = HelpArticlePage.objects.get(locale__language_code="en", slug="reset-your-password")
    phone = window(PHONE)

    # 1. The help center's home page on a phone.
    phone.goto(live_server.url + help_center.url)
    phone.get_by_role("heading", level=1, name=help_center.title).wait_for()
    save(phone, "helpcenter-home")

    # 2. A help article, scrolled to its "Was this article helpful?" question.
    phone.goto(live_server.url + article.url)
    phone.get_by_role("heading", level=1, name=article.title).wait_for()
    question = phone.get_by_text("Was this article helpful?")
    question.scroll_into_view_if_needed()
    phone.get_by_role("button", name="Yes", exact=True).wait_for()
    save(phone, "helpcenter-article-rating")

    # 3. Registration.
    phone.goto(f"{live_server.url}/en/register/")
    phone.get_by_role("heading", level=1).first.wait_for()
    phone.get_by_label("First name").wait_for()
    save(phone, "profiles-registration")

    # 4. A member's account dashboard.
    member_sign_in(phone, live_server, "advertiser")
    phone.get_by_role("heading", level=1).first.wait_for()
    save(phone, "profiles-account-dashboard")

    # 5. A support conversation as the member who asked sees it.
    support_request = SupportRequest.objects.get(subject=MEMBER_REQUEST)
    phone.goto(
        live_server.url + reverse("saypro_support:request_detail", args=[support_request.reference])
    )
    phone.get_by_role("heading", level=1, name=MEMBER_REQUEST).wait_for()
    phone.get_by_text("The one for the second-hand bicycle, posted yesterday.").wait_for()
    phone.get_by_role("heading", name="Conversation").evaluate(
        "heading => heading.scrollIntoView({block: 'start'})"
    )
    save(phone, "support-conversation")

    # 6. Posting an ad.
    phone.goto(live_server.url + reverse("saypro_moderation:ad_create"))
    phone.get_by_role("heading", level=1).first.wait_for()
    phone.get_by_label("Title").fill("Second-hand school uniforms")
    phone.get_by_label("Category").select_option(label="Products")
    phone.get_by_role("textbox", name="Description (required)").fill(
        "Grey trousers and white shirts, sizes 8 to 12, washed and ironed. Sold per set."
    )
    phone.get_by_label("Price").fill("150")
    phone.get_by_label("Title").focus()
    save(phone, "moderation-ad-form")

    # 7. The moderator reviews an ad that automatic screening flagged.
    ad = ClassifiedAd.objects.get(title=FLAGGED_AD)
    assert ad.screening_flagged and ad.moderation_status == "review"
    desk = window(DESK)
    staff_sign_in(desk, live_server, "moderator")
    desk.goto(live_server.url + reverse(ad.snippet_viewset.get_url_name("edit"), args=[ad.pk]))
    desk.get_by_role("heading", level=2, name=FLAGGED_AD).wait_for()
    desk.get_by_role("heading", level=2, name="Moderation").wait_for()
    desk.get_by_text("Flagged for a moderator to check.").wait_for()
    save(desk, "moderation-admin-review")

    # 8. The monthly report as a support supervisor. The demo's figures are dated in the last
    # 30 days, and the report offers only months that have ended: its period list is drawn as
    # if today were the 1st of next month, so this month (the demo's) is the default.
    today = timezone.localdate()
    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    monkeypatch.setattr(monthly_forms, "timezone", SimpleNamespace(localdate=lambda: next_month))
    supervisor = window(DESK)
    staff_sign_in(supervisor, live_server, "supervisor")
    supervisor.goto(live_server.url + reverse(f"{MONTHLY}:report"))
    supervisor.get_by_role("heading", level=1, name="Monthly report").wait_for()
    supervisor.get_by_role("heading", level=2, name="Support").wait_for()
    save(supervisor, "monthly-report")

    # 9. Arabic, right to left: the help center's home page.
    arabic = window(PHONE)
    arabic_help_center = help_center.get_translation(Locale.objects.get(language_code="ar"))
    arabic.goto(live_server.url + arabic_help_center.url)
    arabic.get_by_role("heading", level=1, name=arabic_help_center.title).wait_for()
    assert arabic.evaluate("document.documentElement.dir") == "rtl"
    save(arabic, "helpcenter-home-arabic")
