"""Whatever a visitor types into a search box, the search answers with results or "nothing
found", never a server error (on SQLite and on PostgreSQL)."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage, HelpSearchQuery
from saypro_wagtail.moderation.models import AdIndexPage
from saypro_wagtail.search_queries import clean_search_query, run_search
from tests.helpcenter.conftest import make_article, publish
from tests.moderation.conftest import make_ad
from tests.moderation.conftest import publish as publish_ad

pytestmark = pytest.mark.django_db

# Each of these made a search answer 500 on SQLite, PostgreSQL or both.
HOSTILE_QUERIES = [
    '"',
    'password"',
    '"password',
    'a "b',
    "a\x00b",
    "\x00",
    "password\x1b",
    "javascript:x",
    "title:password",
    "NEAR(password",
    "password*",
    "(password",
    "-password",
    "pass' OR 1=1 --",
    "\\",
    "\ufffd\u202e\U0001f600",
    "&|!:*",
]


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.fixture
def help_root(home_page):
    root = publish(home_page, HelpCenterPage(title="Help center", slug="help"))
    category = publish(root, HelpCategoryPage(title="Account", slug="account"))
    make_article(category, "reset-password", title="Reset your password",
                 summary="Forgot your password? Reset it by e-mail.")  # fmt: skip
    return root


@pytest.fixture
def ads_page(home_page, django_user_model):
    page = AdIndexPage(title="Classified ads", slug="ads")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    owner = django_user_model.objects.create_user("seller", "seller@example.com", "pw")
    publish_ad(make_ad(owner, title="Password safe for sale",
                       expires_at=timezone.now() + timezone.timedelta(days=10)))  # fmt: skip
    return page


def statuses(visitor, url, queries=HOSTILE_QUERIES):
    """The queries whose search did not answer 200, with what it answered."""
    answers = {query: visitor.get(url, {"q": query}).status_code for query in queries}
    return {query: status for query, status in answers.items() if status != 200}


def test_help_search_answers_any_query_with_results_or_nothing_found(visitor, help_root):
    assert statuses(visitor, help_root.url + "search/") == {}


def test_help_search_with_a_stray_quote_still_finds_the_words(visitor, help_root):
    response = visitor.get(help_root.url + "search/", {"q": 'password"'})

    assert [page.title for page in response.context["results"]] == ["Reset your password"]
    assert response.context["query"] == 'password"'  # shown as typed


def test_help_search_with_only_a_quote_says_nothing_was_found(visitor, help_root):
    response = visitor.get(help_root.url + "search/", {"q": '"'})

    assert response.status_code == 200
    assert "No articles match your search" in response.content.decode()


def test_help_search_records_the_search_without_control_characters(visitor, help_root):
    visitor.get(help_root.url + "search/", {"q": "pass\x00word\x1b reset"})

    assert list(HelpSearchQuery.objects.values_list("query_string", flat=True)) == [
        "password reset"
    ]


def test_help_search_shortens_a_very_long_query_instead_of_refusing_it(visitor, help_root):
    response = visitor.get(help_root.url + "search/", {"q": "password " + "x" * 5000})

    assert response.status_code == 200
    assert len(response.context["query"]) == 255


def test_help_search_answers_bytes_that_are_not_utf8(visitor, help_root):
    response = visitor.get(help_root.url + "search/?q=%ED%A0%80%FF%00%22")

    assert response.status_code == 200


def test_suggestions_answer_any_query_with_json(visitor, help_root):
    assert statuses(visitor, reverse("saypro_helpcenter:suggestions")) == {}


def test_suggestions_with_a_stray_quote_still_suggest(visitor, help_root):
    response = visitor.get(reverse("saypro_helpcenter:suggestions"), {"q": '"passw'})

    assert [item["title"] for item in response.json()["results"]] == ["Reset your password"]


def test_ads_search_answers_any_query_with_ads_or_nothing_found(visitor, ads_page):
    assert statuses(visitor, ads_page.url) == {}


def test_ads_search_with_a_stray_quote_still_finds_the_words(visitor, ads_page):
    response = visitor.get(ads_page.url, {"q": '"password'})

    assert [ad.title for ad in response.context["ads"]] == ["Password safe for sale"]


def test_ads_search_with_a_nul_byte_says_nothing_was_found(visitor, ads_page):
    response = visitor.get(ads_page.url, {"q": "zebra\x00"})

    assert response.status_code == 200
    assert "No ads match your search" in response.content.decode()


def test_a_query_the_backend_refuses_falls_back_to_its_bare_words():
    from django.db import OperationalError

    seen = []

    def search(words):
        seen.append(words)
        if ":" in words:
            raise OperationalError("fts5: syntax error")
        return [words]

    assert run_search(search, "title:password", []) == ["title password"]
    assert seen == ["title:password", "title password"]


def test_cleaning_keeps_the_words_and_drops_what_is_not_text():
    assert clean_search_query("  reset\x00 my\tpass\x1bword \u202e ") == "reset my password \u202e"
    assert clean_search_query(["a", "b"]) == ""
    assert clean_search_query(None) == ""
