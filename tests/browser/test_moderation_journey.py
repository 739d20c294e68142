"""An advertiser on a phone posts an ad; a moderator rejects it with a reason in the Wagtail
admin; the advertiser fixes it from the e-mail's link and resubmits; the moderator approves; the
ad is in the public listing, where a visitor reports it."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from saypro_wagtail.roles import AD_MODERATORS
from tests.browser.test_support_journey import AGENT_PASSWORD, admin_sign_in
from tests.profiles.conftest import make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
TITLE = "Second-hand school uniforms"


@pytest.fixture
def ads_page(home_page):
    from saypro_wagtail.moderation.models import AdIndexPage, RejectionReason

    page = home_page.add_child(instance=AdIndexPage(title="Classified ads", slug="ads"))
    page.save_revision().publish()
    RejectionReason.objects.create(
        code="contact_missing",
        title="Contact details missing",
        guidance="Add a phone number or an e-mail address buyers can use.",
        locale=home_page.locale,
    )
    return page


@pytest.fixture
def moderator_with_authenticator(db):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    call_command("saypro_setup_roles", verbosity=0)
    moderator = make_user("nomsa", password=AGENT_PASSWORD)
    moderator.groups.add(Group.objects.get(name=AD_MODERATORS))
    device = TOTPDevice.objects.create(user=moderator, name="Authenticator app", confirmed=True)
    return moderator, device


def photo(tmp_path):
    path = tmp_path / "uniforms.png"
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 90, 160)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def review_action(desk, live_server, ad, action):
    """Open the ad's edit screen in the admin and choose a workflow action from its menu."""
    desk.goto(live_server.url + reverse(ad.snippet_viewset.get_url_name("edit"), args=[ad.pk]))
    desk.get_by_role("button", name="More actions").click()
    desk.get_by_role("button", name=action).first.click()


def test_submit_reject_fix_resubmit_approve_and_report(
    live_server, phone, desk, browser, screenshot, tmp_path, ads_page, moderator_with_authenticator
):
    from saypro_wagtail.moderation.models import ClassifiedAd, ContentReport, ModerationDecision

    moderator, device = moderator_with_authenticator
    make_user("lerato", password=AGENT_PASSWORD)

    # 1. The advertiser signs in on a phone and posts an ad with a photo, but no contact phone.
    phone.goto(f"{live_server.url}/en/account/login/")
    phone.get_by_label("User name or e-mail address").fill("lerato")
    phone.get_by_label("Password").fill(AGENT_PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.goto(live_server.url + reverse("saypro_moderation:ad_create"))
    phone.get_by_label("Title").fill(TITLE)
    phone.get_by_label("Category").select_option(label="Products")
    phone.get_by_role("textbox", name="Description (required)").fill(
        "Grey trousers and white shirts, sizes 8 to 12, washed and ironed. Sold per set."
    )
    phone.get_by_label("Price").fill("150")
    phone.get_by_label("Location").fill("Soweto")
    phone.get_by_label("Contact e-mail").fill("lerato@example.com")
    phone.get_by_label("Photo").set_input_files(str(photo(tmp_path)))
    phone.get_by_role("textbox", name=re.compile("^Description of the image")).fill(
        "Folded grey trousers and white shirts"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "moderation-ad-form")
    phone.get_by_role("button", name="Save and submit for review").press("Enter")
    phone.get_by_text("Awaiting review").first.wait_for()

    ad = ClassifiedAd.objects.get()
    assert ad.moderation_status == "review"  # screening ran and passed it on
    assert not ad.screening_flagged
    screenshot(phone, "moderation-my-ads")

    # 2. The moderator rejects it with a reason and a message.
    admin_sign_in(desk, live_server, moderator, device)
    review_action(desk, live_server, ad, "Reject with a reason")
    dialog = desk.get_by_role("dialog")
    dialog.get_by_label("Reason").select_option(label="Contact details missing")
    dialog.get_by_label("Message to the owner").fill("Please add a phone number as well.")
    screenshot(desk, "moderation-admin-reject")
    dialog.get_by_role("button", name="Reject with a reason").click()
    # Back on the listing, where the ad's status has changed.
    desk.get_by_role("cell", name="Changes requested").wait_for()
    ad.refresh_from_db()
    assert ad.moderation_status == "rejected"
    decision = ModerationDecision.objects.get()
    assert (decision.outcome, decision.reason_code) == ("rejected", "contact_missing")

    # 3. The advertiser follows the e-mail's link, adds a phone and resubmits.
    rejection = [m for m in mail.outbox if "lerato@example.com" in m.to][-1]
    assert "Please add a phone number as well." in rejection.body
    assert "Add a phone number or an e-mail address buyers can use." in rejection.body
    edit_url = re.search(r"https?://\S*/ads/mine/\d+/\S*", rejection.body).group(0)
    phone.goto(live_server.url + re.sub(r"^https?://[^/]+", "", edit_url))
    phone.get_by_label("Contact phone").fill("+27 11 555 0199")
    phone.get_by_role("button", name="Save and submit for review").press("Enter")
    phone.get_by_text("Awaiting review").first.wait_for()
    ad.refresh_from_db()
    assert ad.moderation_status == "review"

    # 4. The moderator approves: the ad is live.
    review_action(desk, live_server, ad, "Approve and publish")
    desk.get_by_role("cell", name="Approved", exact=True).wait_for()
    screenshot(desk, "moderation-admin-listing")
    ad.refresh_from_db()
    assert ad.live and ad.moderation_status == "approved"
    assert ad.contact_phone == "+27 11 555 0199"

    # 5. A visitor finds it in the listing and reports it.
    visitor = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    visitor.goto(live_server.url + ads_page.url)
    visitor.get_by_role("link", name=TITLE).click()
    visitor.get_by_role("heading", level=1, name=TITLE).wait_for()
    visitor.get_by_role("img", name="Folded grey trousers and white shirts").wait_for()
    assert visitor.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(visitor, "moderation-ad-detail")
    visitor.get_by_text("Report this ad").click()
    visitor.get_by_label("Scam or fraud").check()
    visitor.get_by_label("Details").fill("Asked me to pay before seeing the uniforms.")
    visitor.get_by_role("button", name="Send report").click()
    visitor.get_by_role("heading", name="Thank you for your report").wait_for()

    report = ContentReport.objects.get()
    assert (report.reason, report.status) == ("scam", "open")
    ad.refresh_from_db()
    assert ad.open_reports == 1 and ad.live
