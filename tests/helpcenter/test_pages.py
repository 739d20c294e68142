"""What visitors see on the help center's pages, and how views are counted."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import HomePage
from saypro_wagtail.helpcenter.analytics import add_views, view_buffer
from saypro_wagtail.helpcenter.blocks import ArticleBodyBlock
from saypro_wagtail.helpcenter.models import (
    ArticleDailyViews,
    FAQPage,
    HelpArticlePage,
    HelpCategoryPage,
    HelpCenterPage,
)
from tests.helpcenter.conftest import make_article, publish

pytestmark = pytest.mark.django_db


def html_of(client, page, params=None):
    response = client.get(page.url, params or {})
    assert response.status_code == 200
    return response.content.decode()


def test_page_types_go_where_they_belong():
    assert HelpCenterPage.can_create_at(HomePage())
    assert not HelpArticlePage.can_create_at(HomePage())
    assert HelpArticlePage.can_create_at(HelpCategoryPage())
    assert FAQPage.can_create_at(HelpCenterPage())
    assert HelpArticlePage.allowed_subpage_models() == []


def test_front_door_shows_search_topics_recent_and_popular_articles(
    client, help_root, category, article, contact_page
):
    help_root.support_page = contact_page
    help_root.save_revision().publish()
    quiet = make_article(category, "quiet", title="Rarely read")
    add_views(article.pk, timezone.localdate(), 40)
    add_views(quiet.pk, timezone.localdate() - timedelta(days=60), 500)  # too long ago

    html = html_of(client, help_root)

    assert 'role="search"' in html and 'name="q"' in html
    assert f'<a href="{category.url}">Account management</a>' in html
    popular = html.split('id="help-popular"', 1)[1].split("</section>", 1)[0]
    assert "How to register" in popular and "Rarely read" not in popular
    recent = html.split('id="help-recent"', 1)[1].split("</section>", 1)[0]
    assert recent.index("Rarely read") < recent.index("How to register")  # newest first
    assert "Still need help?" in html and f'href="{contact_page.url}"' in html


def test_category_lists_its_articles_page_by_page(client, category):
    for number in range(HelpCategoryPage.per_page + 2):
        make_article(category, f"article-{number:02}", title=f"Article {number:02}")

    first = html_of(client, category)
    second = html_of(client, category, {"page": 2})

    assert "Article 00" in first and "Article 13" not in first
    assert "Article 13" in second and "Article 00" not in second
    assert "Page 2 of 2" in second and 'rel="prev"' in second


def test_category_queries_do_not_grow_with_its_articles(client, category):
    make_article(category, "first")
    client.get(category.url)
    with CaptureQueriesContext(connection) as one_article:
        client.get(category.url)
    for number in range(8):
        make_article(category, f"more-{number}")
    with CaptureQueriesContext(connection) as nine_articles:
        client.get(category.url)

    assert len(nine_articles) == len(one_article)


def test_article_has_breadcrumbs_contents_tags_and_last_updated(client, help_root, article):
    html = html_of(client, article)

    crumbs = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert crumbs.index("Help center") < crumbs.index("Account management")
    assert '<span aria-current="page">How to register</span>' in crumbs
    # Three headings: a table of contents whose links land on the headings.
    toc = html.split('class="help-toc"', 1)[1].split("</nav>", 1)[0]
    for anchor, text in article.headings():
        assert f'<a href="#{anchor}">{text}</a>' in toc
        assert f'id="{anchor}"' in html
    assert [text for _anchor, text in article.headings()] == [
        "Before you start",
        "Create the account",
        "Confirm your e-mail",
    ]
    assert 'href="/en/help/search/?q=registration"' in html
    assert "Last updated" in html and "<time datetime=" in html
    assert '<ol class="help-steps">' in html and "Is it free?" in html


def test_short_article_has_no_table_of_contents(client, category):
    article = make_article(category, "short")
    assert 'class="help-toc"' not in html_of(client, article)


def test_article_for_one_audience_says_so(client, category):
    article = make_article(category, "advertisers", audience="advertisers")
    assert "For advertisers" in html_of(client, article)


def test_faq_page_shows_questions_and_answers(client, help_root):
    faq = publish(
        help_root,
        FAQPage(
            title="Frequent questions",
            slug="faq",
            body=[{"type": "faq", "value": {"question": "Is it free?", "answer": "<p>Yes.</p>"}}],
        ),
    )

    html = html_of(client, faq)

    assert "Is it free?" in html and "<p>Yes.</p>" in html
    assert "Frequent questions" in html_of(client, help_root)


def test_images_need_alt_text():
    block = ArticleBodyBlock().child_blocks["image"]

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert block.child_blocks["alt_text"].required


def test_print_styles_hide_navigation_and_feedback():
    from django.contrib.staticfiles import finders

    css = open(finders.find("saypro_helpcenter/css/helpcenter.css")).read()
    print_rules = css.split("@media print", 1)[1]
    assert ".help-feedback" in print_rules and ".language-switcher" in print_rules


def test_reading_an_article_writes_nothing_until_the_buffer_flushes(client, article):
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            client.get(article.url)

    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPD"))]
    assert writes == []
    assert ArticleDailyViews.objects.count() == 0

    assert view_buffer.flush() == 4
    assert ArticleDailyViews.objects.get(page=article).views == 4


@override_settings(SAYPRO_HELPCENTER_VIEW_FLUSH_SIZE=5)
def test_buffer_flushes_by_itself_when_full(client, article):
    for _ in range(5):
        client.get(article.url)

    assert ArticleDailyViews.objects.get(page=article).views == 5


def test_views_of_articles_deleted_before_the_flush_are_dropped(client, category, article):
    gone = make_article(category, "gone")
    client.get(article.url)
    client.get(gone.url)
    gone.delete()

    assert view_buffer.flush() == 1
    assert list(ArticleDailyViews.objects.values_list("page_id", "views")) == [(article.pk, 1)]


def test_views_add_up_per_article_and_day(article):
    today = timezone.localdate()
    add_views(article.pk, today, 3)
    add_views(article.pk, today, 4)
    add_views(article.pk, today - timedelta(days=1), 1)

    rows = ArticleDailyViews.objects.order_by("date").values_list("views", flat=True)
    assert list(rows) == [1, 7]


def test_drafts_and_private_articles_are_not_listed(client, category, article):
    draft = make_article(category, "draft", title="Secret draft")
    draft.unpublish()

    assert "Secret draft" not in html_of(client, category)
    assert client.get("/en/help/account/draft/").status_code == 404
    assert HelpArticlePage.objects.live().count() == 1
