"""'Was this helpful?': one changeable vote per visitor, with and without JavaScript."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from saypro_wagtail.helpcenter.models import ArticleRating, ArticleRatingSummary

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def feedback_url(article):
    return article.url + "feedback/"


def totals(article):
    summary = ArticleRatingSummary.objects.filter(page=article).first()
    return (summary.helpful, summary.not_helpful) if summary else (0, 0)


def test_vote_without_javascript_redirects_back_with_thanks(client, article):
    response = client.post(feedback_url(article), {"helpful": "yes"})

    assert response.status_code == 302
    assert response.url == f"{article.url}?feedback=thanks#feedback"
    page = client.get(response.url).content.decode()
    assert "Thank you for your feedback." in page
    assert "You found this article helpful." in page
    assert totals(article) == (1, 0)


def test_no_vote_then_comment_without_javascript(client, article):
    client.post(feedback_url(article), {"helpful": "no"})
    page = client.get(article.url).content.decode()
    # After a No, the comment form is offered (not hidden).
    assert (
        "data-feedback-comment >" in page
        or "data-feedback-comment\n" in page
        or ("data-feedback-comment hidden" not in page)
    )

    response = client.post(feedback_url(article), {"helpful": "no", "comment": "Screenshots"})

    assert response.url == f"{article.url}?feedback=comment-thanks#feedback"
    rating = ArticleRating.objects.get()
    assert (rating.helpful, rating.comment) == (False, "Screenshots")
    assert totals(article) == (0, 1)


def test_a_visitor_can_change_their_vote_and_counts_follow(client, article):
    client.post(feedback_url(article), {"helpful": "yes"})
    client.post(feedback_url(article), {"helpful": "no"})
    client.post(feedback_url(article), {"helpful": "no"})

    assert ArticleRating.objects.count() == 1
    assert totals(article) == (0, 1)


def test_each_visitor_has_one_vote_not_each_ip(article):
    for _ in range(3):
        Client(REMOTE_ADDR="10.0.0.1").post(feedback_url(article), {"helpful": "yes"})

    assert ArticleRating.objects.count() == 3
    assert totals(article) == (3, 0)


def test_signed_in_users_vote_as_themselves_on_any_device(django_user_model, article):
    user = django_user_model.objects.create_user("lindiwe", password="x")
    for vote in ("yes", "no"):
        device = Client()
        device.force_login(user)
        device.post(feedback_url(article), {"helpful": vote})

    rating = ArticleRating.objects.get()
    assert (rating.user, rating.visitor_key, rating.helpful) == (user, None, False)
    assert totals(article) == (0, 1)


def test_javascript_vote_gets_json_and_asks_for_a_comment_after_no(client, article):
    response = client.post(feedback_url(article), {"helpful": "no"}, **JSON)

    assert response.status_code == 200
    assert response.json() == {
        "outcome": "thanks",
        "message": "Thank you for your feedback.",
        "helpful": False,
        "ask_comment": True,
    }
    assert "saypro_visitor" in response.cookies


def test_comment_alone_keeps_the_earlier_vote(client, article):
    client.post(feedback_url(article), {"helpful": "yes"}, **JSON)
    client.post(feedback_url(article), {"comment": "Great"}, **JSON)

    rating = ArticleRating.objects.get()
    assert (rating.helpful, rating.comment) == (True, "Great")


def test_empty_submission_is_a_clear_error(client, article):
    response = client.post(feedback_url(article), {}, **JSON)

    assert response.status_code == 400
    assert response.json()["message"] == "Choose Yes or No, or write a comment."
    assert ArticleRating.objects.count() == 0


def test_honeypot_looks_accepted_but_records_nothing(client, article):
    response = client.post(feedback_url(article), {"helpful": "yes", "website": "spam"}, **JSON)

    assert response.json()["outcome"] == "thanks"
    assert ArticleRating.objects.count() == 0


@override_settings(SAYPRO_HELPCENTER_RATING_LIMIT=(3, 3600))
def test_vote_stuffing_is_rate_limited(client, article):
    statuses = [
        client.post(feedback_url(article), {"helpful": "yes"}, **JSON).status_code for _ in range(5)
    ]

    assert statuses == [200, 200, 200, 429, 429]


def test_votes_need_a_csrf_token(article):
    client = Client(enforce_csrf_checks=True)

    assert client.post(feedback_url(article), {"helpful": "yes"}).status_code == 403
    page = client.get(article.url)
    token = page.cookies["csrftoken"].value
    response = client.post(feedback_url(article), {"helpful": "yes", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_get_on_the_feedback_url_goes_back_to_the_article(client, article):
    response = client.get(feedback_url(article))

    assert response.status_code == 302
    assert response.url == article.url + "#feedback"
