"""A visitor on a phone asks support from a help article; an agent takes the request in the
Wagtail admin and replies; the visitor answers from the link in the e-mail; the agent resolves
it; the visitor rates the support from the link in the last e-mail."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP

from saypro_wagtail.roles import SUPPORT_AGENTS
from tests.helpcenter.conftest import make_article, publish
from tests.profiles.conftest import make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
VISITOR_EMAIL = "thandi@example.com"
AGENT_PASSWORD = "Quiet-River-Lantern-58"


@pytest.fixture
def help_article(home_page):
    from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage
    from saypro_wagtail.support.models import ContactSupportPage

    contact = publish(
        home_page,
        ContactSupportPage(
            title="Contact support",
            slug="contact-support",
            intro="<p>Tell us what went wrong.</p>",
        ),
    )
    root = publish(
        home_page, HelpCenterPage(title="Help center", slug="help", support_page=contact)
    )
    category = publish(root, HelpCategoryPage(title="Account management", slug="account"))
    article = make_article(category, "reset-password", title="Reset your password")
    return article, contact


@pytest.fixture
def agent_with_authenticator(db):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    call_command("saypro_setup_roles", verbosity=0)
    agent = make_user("lwazi", password=AGENT_PASSWORD)
    agent.groups.add(Group.objects.get(name=SUPPORT_AGENTS))
    device = TOTPDevice.objects.create(user=agent, name="Authenticator app", confirmed=True)
    return agent, device


def last_link_in_email(live_server, to, path_fragment):
    message = [message for message in mail.outbox if to in message.to][-1]
    url = re.search(rf"https?://\S*{path_fragment}\S*", message.body).group(0)
    return message, live_server.url + re.sub(r"^https?://[^/]+", "", url)


def admin_sign_in(desk, live_server, agent, device):
    desk.goto(f"{live_server.url}/admin/login/")
    desk.get_by_label(re.compile("username", re.IGNORECASE)).fill(agent.get_username())
    desk.get_by_label(re.compile("password", re.IGNORECASE)).fill(AGENT_PASSWORD)
    desk.get_by_role("button", name="Sign in").click()
    desk.wait_for_url("**/en/account/login/verify/**")
    desk.get_by_role("heading", name="Two-step verification").wait_for()
    code = TOTP(device.bin_key, step=device.step, t0=device.t0, digits=device.digits).token()
    desk.get_by_role("textbox", name="Code").fill(f"{code:0{device.digits}d}")
    desk.get_by_role("button", name="Verify").click()
    desk.wait_for_url("**/admin/**")


def open_request_screen(desk, live_server, support_request):
    listing = reverse(support_request.snippet_viewset.get_url_name("list"))
    desk.goto(live_server.url + listing)
    desk.get_by_role("link", name=support_request.reference).click()
    desk.get_by_role(
        "heading", name=f"{support_request.reference} · {support_request.subject}", exact=True
    ).wait_for()


def test_ask_from_an_article_agent_replies_visitor_answers_resolve_and_rate(
    live_server, phone, desk, screenshot, help_article, agent_with_authenticator
):
    from saypro_wagtail.support.models import SatisfactionRating, SupportRequest

    article, contact = help_article
    agent, device = agent_with_authenticator

    # 1. From the article's "Still need help?" to the contact form, about that article.
    phone.goto(live_server.url + article.url)
    phone.get_by_role("link", name="Contact support").click()
    phone.wait_for_url(f"{live_server.url}{contact.url}?article={article.pk}")
    phone.get_by_text("About the help article “Reset your password”").wait_for()
    phone.get_by_label("Your name").fill("Thandi")
    phone.get_by_label("E-mail address").fill(VISITOR_EMAIL)
    phone.get_by_label("What is it about?").select_option(label="Technical issue")
    phone.get_by_label("Subject").fill("The reset e-mail never arrives")
    phone.get_by_label("Describe the problem or question").fill(
        "I asked for a new password twice.\nNothing in my inbox or spam folder."
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "support-contact-form")
    # From the keyboard: after a full-page screenshot, Chromium scrolls the page back as the
    # focus leaves the text area, and a mouse click would land beside the button.
    phone.get_by_role("button", name="Send my request").press("Enter")
    phone.get_by_role("heading", name="Thank you, we received your request").wait_for()

    support_request = SupportRequest.objects.get()
    assert re.fullmatch(r"SCMR-\d{4}-\d{4,}", support_request.reference)
    assert support_request.related_article_id == article.pk
    assert support_request.contact_email == VISITOR_EMAIL
    assert support_request.reference in phone.get_by_role("status").inner_text()
    screenshot(phone, "support-contact-sent")

    acknowledgement, conversation_url = last_link_in_email(
        live_server, VISITOR_EMAIL, "/support/r/"
    )
    assert support_request.reference in acknowledgement.subject + acknowledgement.body

    # 2. The agent signs in with a code, takes the request and replies.
    admin_sign_in(desk, live_server, agent, device)
    open_request_screen(desk, live_server, support_request)
    screenshot(desk, "support-admin-request")
    desk.get_by_role("button", name="Take", exact=True).click()
    desk.get_by_text("You took the request.").wait_for()
    desk.get_by_label("Message to the requester").fill(
        "Sorry about that. Please check the address on your account: we sent it there."
    )
    desk.get_by_role("button", name="Send reply").click()
    desk.get_by_text("Reply sent.").wait_for()
    support_request.refresh_from_db()
    assert support_request.assigned_to == agent
    assert support_request.first_response_at is not None

    # 3. The visitor reads the reply from the e-mail's link and answers.
    reply_email, reply_url = last_link_in_email(live_server, VISITOR_EMAIL, "/support/r/")
    assert reply_email is not acknowledgement
    # Each e-mail signs a fresh link to the same conversation (key:timestamp:signature).
    assert reply_url.rsplit(":", 2)[0] == conversation_url.rsplit(":", 2)[0]
    phone.goto(reply_url)
    phone.get_by_role("heading", level=1, name="The reset e-mail never arrives").wait_for()
    phone.get_by_text("Please check the address on your account").wait_for()
    phone.get_by_label("Your reply").fill("Found it: I had a typo in my address. Thank you!")
    phone.get_by_role("button", name="Send", exact=True).click()
    phone.get_by_text("Your message was sent.").wait_for()
    phone.get_by_text("Found it: I had a typo in my address. Thank you!").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "support-conversation")

    # 4. The agent sees the answer and resolves the request.
    open_request_screen(desk, live_server, support_request)
    desk.get_by_text("Found it: I had a typo in my address. Thank you!").wait_for()
    desk.get_by_label("Resolution").fill("The address on the account had a typo; corrected.")
    desk.get_by_role("button", name="Resolve").click()
    desk.get_by_text("Request resolved.").wait_for()
    screenshot(desk, "support-admin-resolved")
    support_request.refresh_from_db()
    assert support_request.status == "resolved"
    assert support_request.resolution == "The address on the account had a typo; corrected."

    # 5. The visitor rates the support from the link in the last e-mail.
    _, rating_url = last_link_in_email(live_server, VISITOR_EMAIL, "/support/rate/")
    phone.goto(rating_url)
    phone.get_by_role("heading", name="Rate our support").wait_for()
    phone.get_by_label("4 – Satisfied").check()
    phone.get_by_label("Anything you would like to tell us? (optional)").fill("Quick and friendly.")
    screenshot(phone, "support-rating")
    phone.get_by_role("button", name="Send my rating").click()
    phone.get_by_role("status").filter(has_text="Thank you for your rating.").wait_for()
    screenshot(phone, "support-rating-thanks")

    rating = SatisfactionRating.objects.get(request=support_request)
    assert (rating.score, rating.comment) == (4, "Quick and friendly.")


def test_member_asks_support_and_follows_it_from_the_account_dashboard(
    live_server, phone, screenshot, help_article, agent_with_authenticator
):
    from saypro_wagtail.support import lifecycle
    from saypro_wagtail.support.models import SupportRequest

    _, contact = help_article
    agent, _ = agent_with_authenticator
    member = make_user("sipho", password=AGENT_PASSWORD)
    phone.goto(f"{live_server.url}/en/account/login/")
    phone.get_by_label("User name or e-mail address").fill("sipho")
    phone.get_by_label("Password").fill(AGENT_PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(f"{live_server.url}/en/account/")

    # Members are not asked for their name and address.
    phone.goto(live_server.url + contact.url)
    assert phone.get_by_label("Your name").count() == 0
    phone.get_by_label("What is it about?").select_option(label="Payment / billing")
    phone.get_by_label("Subject").fill("Charged twice for a featured ad")
    phone.get_by_label("Describe the problem or question").fill("Two payments on 3 November.")
    phone.get_by_role("button", name="Send my request").press("Enter")
    phone.get_by_role("heading", name="Thank you, we received your request").wait_for()
    support_request = SupportRequest.objects.get(requester=member)
    lifecycle.reply(support_request, "We refunded the second payment.", by=agent)

    # The dashboard lists the request with its unread reply.
    phone.goto(f"{live_server.url}/en/account/")
    section = phone.get_by_role("region", name="My support requests")
    link = section.get_by_role(
        "link", name=f"{support_request.reference} · Charged twice for a featured ad"
    )
    section.get_by_text("1 unread").wait_for()
    screenshot(phone, "support-account-dashboard")
    link.click()
    phone.get_by_text("We refunded the second payment.").wait_for()
    phone.get_by_label("Your reply").fill("Thank you, I see it.")
    phone.get_by_role("button", name="Send", exact=True).click()
    phone.get_by_text("Your message was sent.").wait_for()
    assert support_request.messages.filter(from_staff=False, author=member).count() == 1
