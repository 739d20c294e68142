"""A visitor on a phone: help center -> search -> article -> "No" with a comment -> French."""

import pytest

from tests.helpcenter.conftest import LONG_BODY, make_article, publish, translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def help_center(home_page, locales):
    from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage

    root = publish(home_page, HelpCenterPage(title="Help center", slug="help"))
    category = publish(root, HelpCategoryPage(title="Account management", slug="account"))
    article = make_article(
        category,
        "register",
        title="How to register",
        summary="Create your SayPro account in three steps.",
        body=LONG_BODY,
    )
    make_article(category, "reset-password", title="Reset your password")
    french = translate(article, locales["fr"], title="Comment s'inscrire")
    return root, article, french


def test_search_read_vote_no_with_a_comment_then_read_it_in_french(
    live_server, phone, screenshot, help_center
):
    from saypro_wagtail.helpcenter.models import ArticleRating, ArticleRatingSummary

    root, article, french = help_center
    phone.goto(live_server.url + root.url)
    assert phone.get_by_role("heading", level=1).inner_text() == "Help center"

    phone.get_by_role("searchbox", name="Search the help center").fill("register")
    phone.get_by_role("searchbox", name="Search the help center").press("Enter")
    phone.wait_for_url("**/en/help/search/?q=register")
    screenshot(phone, "helpcenter-search")
    phone.get_by_role("link", name="How to register").click()
    phone.wait_for_url(live_server.url + article.url)
    assert phone.get_by_role("heading", level=1).inner_text() == "How to register"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    # With JavaScript the vote is sent in place: no page load, the comment box opens.
    phone.get_by_role("button", name="No").click()
    status = phone.locator("[data-feedback-status]")
    status.filter(has_text="Thank you for your feedback.").wait_for()
    assert phone.url == live_server.url + article.url
    assert phone.get_by_role("button", name="No").get_attribute("aria-pressed") == "true"
    comment = phone.get_by_label("What was missing or unclear? (optional)")
    comment.fill("A screenshot of the form would help.")
    phone.get_by_role("button", name="Send comment").click()
    status.filter(has_text="Your comment helps us improve this article.").wait_for()
    screenshot(phone, "helpcenter-article-feedback")

    rating = ArticleRating.objects.get()
    assert (rating.helpful, rating.comment) == (False, "A screenshot of the form would help.")
    summary = ArticleRatingSummary.objects.get(page=article)
    assert (summary.helpful, summary.not_helpful) == (0, 1)

    phone.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Français"
    ).click()
    phone.wait_for_url(live_server.url + french.url)
    assert phone.locator("html").get_attribute("lang") == "fr"
    assert phone.get_by_role("heading", level=1).inner_text() == "Comment s'inscrire"
    screenshot(phone, "helpcenter-article-fr")
