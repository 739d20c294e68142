"""The example site's demo help center (loading it takes ~15 s, so assertions are grouped)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page, ReferenceIndex, Revision

from home.demo_helpcenter import ARTICLES, UNTRANSLATED
from saypro_wagtail.helpcenter.models import (
    ArticleDailyViews,
    ArticleRating,
    ArticleRatingSummary,
    FAQPage,
    HelpArticlePage,
    HelpArticleRelatedLink,
    HelpArticleTag,
    HelpCategoryPage,
    HelpCenterPage,
    HelpSearchQuery,
)
from saypro_wagtail.helpcenter.reviews import articles_due_for_review
from saypro_wagtail.support.models.pages import ContactSupportPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "pt"]


def roots():
    return {
        root.locale.language_code: root
        for root in HelpCenterPage.objects.live().select_related("locale")
    }


def test_demo_help_center_in_three_languages(demo, client):
    help_roots = roots()
    # Every language has a front page; only en, fr and pt have the articles.
    assert set(help_roots) == {code for code, _name in settings.LANGUAGES}
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    english = help_roots["en"]
    assert english.slug == "help"
    assert english.intro and english.still_need_help_text
    assert english.support_page.specific == ContactSupportPage.objects.get(locale=locales["en"])
    assert help_roots["fr"].support_page.locale == locales["fr"]

    # Categories and articles
    for code in LANGUAGES:
        assert HelpCategoryPage.objects.child_of(help_roots[code]).live().count() == 4
        assert FAQPage.objects.child_of(help_roots[code]).live().get().body
    articles = list(english.articles())
    assert len(articles) >= 20
    editor = articles[0].content_owner
    assert editor is not None and editor.username == "editor"
    for article in articles:
        assert article.summary and article.tags.exists() and article.content_owner == editor
        assert len({block.block_type for block in article.body}) >= 3, article.slug
        french = article.get_translation(locales["fr"])
        assert french.live and french.title != article.title
        assert french.summary != article.summary and str(french.body) != str(article.body)
        portuguese = article.get_translation_or_none(locales["pt"])
        assert (portuguese is None) == (article.slug in UNTRANSLATED["pt"]), article.slug
    assert len(articles) == len(ARTICLES)
    assert help_roots["pt"].articles().count() == len(articles) - len(UNTRANSLATED["pt"])
    assert sum(len(article.headings()) >= 3 for article in articles) >= 5  # tables of contents
    assert HelpArticleRelatedLink.objects.filter(page__locale=locales["en"]).count() >= 10
    overdue = {
        page.slug for page in articles_due_for_review() if page.locale_id == english.locale_id
    }
    assert overdue == {"set-up-two-step-verification", "payment-methods", "photo-upload-fails"}

    # Ratings, views and searches in every language, with exact rating totals
    for code in LANGUAGES:
        ratings = ArticleRating.objects.filter(page__locale=locales[code])
        assert ratings.filter(helpful=True).exists() and ratings.filter(helpful=False).exists()
        assert ArticleDailyViews.objects.filter(page__locale=locales[code]).count() > 100
        searches = HelpSearchQuery.objects.filter(locale=locales[code])
        assert searches.filter(zero_result_hits__gt=0).exists()
        assert searches.filter(last_result_count__gt=0).exists()
    assert ArticleRating.objects.filter(helpful=False).exclude(comment="").exists()
    assert ArticleRatingSummary.objects.count() >= 40
    for summary in ArticleRatingSummary.objects.all():
        votes = ArticleRating.objects.filter(page_id=summary.page_id)
        assert summary.helpful == votes.filter(helpful=True).count()
        assert summary.not_helpful == votes.filter(helpful=False).count()
    since = timezone.localdate() - timedelta(days=29)
    assert not ArticleDailyViews.objects.filter(date__lt=since).exists()

    # Every kind of page renders in every language
    for code in LANGUAGES:
        root = help_roots[code]
        category = HelpCategoryPage.objects.child_of(root).live().first()
        article = HelpArticlePage.objects.child_of(category).live().first()
        faq_page = FAQPage.objects.child_of(root).live().get()
        for url in (root.url, category.url, article.url, faq_page.url, f"{root.url}search/?q=ad"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.headers["Content-Language"] == code, url

    # An article missing in Portuguese: its switcher links to the notice page
    invoices = HelpArticlePage.objects.get(locale=locales["en"], slug="invoices-and-receipts")
    notice = f"{help_roots['pt'].url}untranslated/{invoices.translation_key}/"
    page = client.get(invoices.url).content.decode()
    assert f'href="{notice}"' in page
    assert f'href="{invoices.get_translation(locales["fr"]).url}"' in page
    response = client.get(notice)
    assert response.status_code == 200
    assert f'href="{invoices.url}"' in response.content.decode()


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            ReferenceIndex,
            HelpArticleRelatedLink,
            HelpArticleTag,
            Tag,
            ArticleRating,
            ArticleRatingSummary,
            ArticleDailyViews,
            HelpSearchQuery,
        )
    } | {
        "helpful": ArticleRatingSummary.objects.aggregate(n=Sum("helpful"))["n"],
        "not helpful": ArticleRatingSummary.objects.aggregate(n=Sum("not_helpful"))["n"],
        "views": ArticleDailyViews.objects.aggregate(n=Sum("views"))["n"],
        "searches": HelpSearchQuery.objects.aggregate(n=Sum("hits"))["n"],
    }


def test_loading_the_demo_again_changes_no_rows(demo):
    before = row_counts()
    assert before["ArticleRating"] == before["helpful"] + before["not helpful"]
    call_command("saypro_demo", stdout=open("/dev/null", "w"))
    assert row_counts() == before


def test_still_need_help_leads_to_the_support_form_with_the_article(demo, client):
    article = roots()["en"].articles().first()
    page = client.get(article.url).content.decode()
    assert f"/en/contact-support/?article={article.pk}" in page

    form = client.get(f"/en/contact-support/?article={article.pk}")
    assert form.status_code == 200
    assert form.context["form"].initial["article"] == article.pk
