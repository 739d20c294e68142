from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from saypro_wagtail.helpcenter.models import HelpArticlePage, HelpCategoryPage, HelpCenterPage
from tests.conftest import verified_login

LONG_BODY = [
    {"type": "text", "value": "<h2>Before you start</h2><p>You need an e-mail address.</p>"},
    {
        "type": "steps",
        "value": {
            "heading": "Create the account",
            "steps": [{"title": "Open the registration page", "text": "<p>Tap Register.</p>"}],
        },
    },
    {"type": "callout", "value": {"kind": "tip", "text": "<p>Use a strong password.</p>"}},
    {"type": "text", "value": "<h2>Confirm your e-mail</h2><p>Open the link we send.</p>"},
    {"type": "faq", "value": {"question": "Is it free?", "answer": "<p>Yes.</p>"}},
]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_article(parent, slug, title=None, summary="A short summary.", **fields):
    fields.setdefault("body", [{"type": "text", "value": f"<p>About {slug}.</p>"}])
    return publish(
        parent,
        HelpArticlePage(title=title or slug.replace("-", " ").capitalize(), slug=slug,
                        summary=summary, **fields),
    )  # fmt: skip


@pytest.fixture
def help_root(home_page):
    return publish(home_page, HelpCenterPage(title="Help center", slug="help"))


@pytest.fixture
def category(help_root):
    return publish(help_root, HelpCategoryPage(title="Account management", slug="account"))


@pytest.fixture
def article(category):
    page = make_article(
        category,
        "register",
        title="How to register",
        summary="Create your SayPro account in three steps.",
        body=LONG_BODY,
    )
    page.tags.add("account", "registration")
    page.save_revision().publish()
    return page


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def french_article(article, locales):
    for ancestor in (article.get_parent().get_parent().specific, article.get_parent().specific):
        if ancestor.get_translation_or_none(locales["fr"]) is None:
            translate(ancestor, locales["fr"])
    return translate(
        article, locales["fr"], title="Comment s'inscrire", summary="Créez votre compte."
    )


def report_url(name, **params):
    """A help center report's admin URL, with query parameters."""
    base = reverse(f"saypro_helpcenter_reports:{name}")
    return f"{base}?{urlencode(params)}" if params else base


def vote(article, number, helpful, comment="", days_ago=0):
    """An anonymous visitor's vote, optionally cast some days ago."""
    from saypro_wagtail.helpcenter.models import ArticleRating
    from saypro_wagtail.helpcenter.ratings import Voter, record_vote

    key = f"visitor-{article.pk}-{number}"
    record_vote(article, Voter(visitor_key=key), helpful, comment)
    if days_ago:
        ArticleRating.objects.filter(visitor_key=key).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")


@pytest.fixture
def admin_client(client, superuser):
    verified_login(client, superuser)
    return client


@pytest.fixture
def roles(db, help_root):
    call_command("saypro_setup_roles", verbosity=0)
