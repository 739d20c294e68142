"""Search in the visitor's language, filters, promoted results, suggestions and analytics."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from saypro_wagtail.helpcenter.models import HelpSearchQuery
from tests.helpcenter.conftest import make_article, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(category, help_root):
    from saypro_wagtail.helpcenter.models import HelpCategoryPage

    payments = publish(help_root, HelpCategoryPage(title="Payments", slug="payments"))
    return {
        "renew": make_article(
            category, "renew-an-ad", title="Renew an expired ad",
            summary="Put your ad back online after it expires.", audience="advertisers",
        ),
        "password": make_article(
            category, "reset-password", title="Reset your password",
            summary="Forgot your password? Reset it by e-mail.",
        ),
        "refund": make_article(
            payments, "refunds", title="Refunds", summary="When a payment for an ad is refunded.",
        ),
    }  # fmt: skip


def search(client, root, **params):
    return client.get(root.url + "search/", params)


def result_titles(response):
    return [page.title for page in response.context["results"]]


def test_finds_articles_by_title_and_summary_and_highlights_words(client, help_root, articles):
    response = search(client, help_root, q="password")

    assert result_titles(response) == ["Reset your password"]
    assert "Forgot your <mark>password</mark>?" in response.content.decode()


def test_finds_articles_by_tag(client, help_root, article):
    assert result_titles(search(client, help_root, q="registration")) == ["How to register"]


def test_tags_added_in_a_new_revision_are_searchable_once_published(client, help_root, articles):
    article = articles["refund"]
    article.tags.add("chargeback")
    article.save_revision().publish()  # once: the tags are saved after the page itself

    assert result_titles(search(client, help_root, q="chargeback")) == ["Refunds"]


def test_filters_by_category_and_audience(client, help_root, category, articles):
    assert result_titles(search(client, help_root, q="ad", category=category.pk)) == [
        "Renew an expired ad"
    ]
    by_audience = result_titles(search(client, help_root, q="password", audience="applicants"))
    assert by_audience == ["Reset your password"]  # written for everyone
    assert result_titles(search(client, help_root, q="renew", audience="applicants")) == []


def test_search_stays_in_the_visitors_language(client, help_root, article, french_article):
    french_root = french_article.get_parent().get_parent().specific

    assert result_titles(search(client, french_root, q="inscrire")) == ["Comment s'inscrire"]
    assert result_titles(search(client, help_root, q="inscrire")) == []


def test_every_search_is_recorded_with_its_result_count(client, help_root, articles):
    search(client, help_root, q="password")
    search(client, help_root, q="Password ")
    search(client, help_root, q="bitcoin password")
    search(client, help_root, q="password", page=2)  # next page: not a new search

    recorded = {
        row.query_string: (row.hits, row.zero_result_hits, row.last_result_count)
        for row in HelpSearchQuery.objects.all()
    }
    assert recorded["password"] == (2, 0, 1)
    assert recorded["bitcoin password"] == (1, 0, 1)  # no page has both words: any word then
    assert Query.get("password").hits == 2


def test_zero_result_searches_are_recorded_as_such(client, help_root, articles):
    response = search(client, help_root, q="xylophone")

    assert "No articles match your search." in response.content.decode()
    row = HelpSearchQuery.objects.get(query_string="xylophone")
    assert (row.hits, row.zero_result_hits, row.last_result_count) == (1, 1, 0)


def test_editors_promoted_results_come_first(client, help_root, articles):
    SearchPromotion.objects.create(query=Query.get("money back"), page=articles["refund"])

    response = search(client, help_root, q="money back")

    assert [page.title for page in response.context["promoted"]] == ["Refunds"]
    assert "Recommended" in response.content.decode()


def test_empty_search_shows_the_form_without_recording(client, help_root):
    response = search(client, help_root, q="  ")

    assert response.status_code == 200
    assert HelpSearchQuery.objects.count() == 0


def test_suggestions_endpoint_returns_matching_articles_as_json(client, help_root, articles):
    response = client.get("/en/api/help/suggestions/", {"q": "passw"})

    assert response.status_code == 200
    assert response.json()["results"] == [
        {
            "id": articles["password"].pk,
            "title": "Reset your password",
            "summary": "Forgot your password? Reset it by e-mail.",
            "url": articles["password"].url,
        }
    ]


def test_suggestions_need_two_characters_and_do_not_record(client, help_root, articles):
    assert client.get("/en/api/help/suggestions/", {"q": "p"}).json()["results"] == []
    assert HelpSearchQuery.objects.count() == 0
