import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.demo_content import ensure_translation

pytestmark = pytest.mark.django_db


def switcher_links(client, url):
    html = client.get(url).content.decode()
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return nav


def test_switcher_links_only_to_languages_the_page_exists_in(client, home_page, locales):
    ensure_translation(home_page, locales["fr"], title="Bienvenue")
    ensure_translation(home_page, locales["zu"], title="Siyakwamukela")

    nav = switcher_links(client, "/en/")

    assert '<span aria-current="page" lang="en">English</span>' in nav
    assert '<a href="/fr/" hreflang="fr" lang="fr">Français</a>' in nav
    assert '<a href="/zu/" hreflang="zu" lang="zu">isiZulu</a>' in nav
    assert "Português" not in nav and "Afrikaans" not in nav


def test_no_switcher_when_a_page_has_no_translation(client, home_page):
    assert 'class="language-switcher"' not in client.get("/en/").content.decode()


def test_switcher_costs_the_same_queries_however_many_translations(client, home_page, locales):
    ensure_translation(home_page, locales["fr"], title="Bienvenue")
    client.get("/en/")
    with CaptureQueriesContext(connection) as two_languages:
        client.get("/en/")

    for code in ("pt", "af", "zu"):
        ensure_translation(home_page, locales[code], title=code)
    client.get("/en/")
    with CaptureQueriesContext(connection) as five_languages:
        client.get("/en/")

    assert len(five_languages) == len(two_languages)
