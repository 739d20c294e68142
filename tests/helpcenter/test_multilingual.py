"""Per-language URLs, a switcher that links to real translations, and untranslated articles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from saypro_wagtail.helpcenter.models import HelpArticlePage
from tests.helpcenter.conftest import make_article, translate

pytestmark = pytest.mark.django_db


def switcher(html):
    assert 'class="language-switcher"' in html, "no language switcher on the page"
    return html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]


def test_translations_live_at_their_own_language_urls(client, article, french_article):
    assert article.url == "/en/help/account/register/"
    assert french_article.url == "/fr/help/account/register/"

    french = client.get(french_article.url)

    assert french.status_code == 200
    assert "Comment s&#x27;inscrire" in french.content.decode()
    assert '<html lang="fr"' in french.content.decode()


def test_switcher_links_to_the_translation_of_the_article(client, article, french_article):
    nav = switcher(client.get(article.url).content.decode())

    assert '<span aria-current="page" lang="en">English</span>' in nav
    assert f'<a href="{french_article.url}" hreflang="fr" lang="fr">Français</a>' in nav


def test_language_without_the_article_gets_a_clear_fallback_not_a_404(
    client, help_root, article, french_article, locales
):
    # The Portuguese help center exists, but this article has not been translated yet.
    portuguese_root = translate(help_root, locales["pt"], title="Central de ajuda")
    nav = switcher(client.get(article.url).content.decode())
    fallback = f"/pt/help/untranslated/{article.translation_key}/"

    assert f'<a href="{fallback}" hreflang="pt" lang="pt">Português' in nav
    assert "(not translated yet)" in nav
    assert "Afrikaans" not in nav  # no help center in Afrikaans at all

    notice = client.get(fallback)

    assert notice.status_code == 200
    html = notice.content.decode()
    assert portuguese_root.title in html  # the visitor stays in the Portuguese help center
    assert f'href="{article.url}" hreflang="en"' in html
    assert f'href="{french_article.url}" hreflang="fr"' in html


def test_fallback_redirects_once_the_article_is_translated(client, article, locales):
    fallback = f"/fr/help/untranslated/{article.translation_key}/"
    help_root = article.get_parent().get_parent().specific
    translate(help_root, locales["fr"], title="Centre d'aide")
    assert client.get(fallback).status_code == 200

    french = translate(article, locales["fr"], title="Comment s'inscrire")

    response = client.get(fallback)
    assert (response.status_code, response.url) == (302, french.url)


def test_fallback_for_an_unknown_article_is_a_404(client, help_root):
    url = help_root.url + "untranslated/6f1c1f52-1c36-4b8e-8a26-35e0a9d3e2b1/"
    assert client.get(url).status_code == 404


def test_listings_stay_in_the_visitors_language(client, help_root, category, article, locales):
    make_article(category, "english-only", title="Only in English")
    french = translate(article, locales["fr"], title="Comment s'inscrire")
    french_category = french.get_parent().specific
    french_root = french_category.get_parent().specific

    for page in (french_root, french_category):
        html = client.get(page.url).content.decode()
        assert "Comment s&#x27;inscrire" in html
        assert "Only in English" not in html and "How to register" not in html


def test_related_articles_are_shown_in_the_articles_language(client, category, article, locales):
    other = make_article(category, "inbox", title="Check your inbox")
    untranslated = make_article(category, "photos", title="Add photos")
    article.related_links.create(related_page=other)
    article.related_links.create(related_page=untranslated)
    article.save_revision().publish()
    translate(other, locales["fr"], title="Vérifier votre boîte")
    french = translate(article, locales["fr"], title="Comment s'inscrire")

    english_html = client.get(article.url).content.decode()
    french_html = client.get(french.url).content.decode()

    assert "Check your inbox" in english_html and "Add photos" in english_html
    assert "Vérifier votre boîte" in french_html
    assert "Add photos" not in french_html and "Check your inbox" not in french_html


def test_switcher_queries_do_not_grow_with_languages(client, help_root, article, locales):
    translate(article, locales["fr"], title="fr")
    client.get(article.url)
    with CaptureQueriesContext(connection) as two_languages:
        client.get(article.url)

    for code in ("pt", "af", "zu"):
        translate(article, locales[code], title=code)
    client.get(article.url)
    with CaptureQueriesContext(connection) as five_languages:
        client.get(article.url)

    assert len(five_languages) == len(two_languages)
    assert HelpArticlePage.objects.filter(translation_key=article.translation_key).count() == 5
