"""Losing Redis does not take the public site down: with the production cache settings and the
cache's Redis hung or stopped, the home page, help articles, search and the member dashboard
still answer 200, quickly.

Runs against a Redis server of the test's own that the test freezes (hung) or kills (down).
"""

import time

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from saypro_wagtail.cache_backends import FailOpenRedisCache
from tests.example_site.production_settings import production_settings
from tests.helpcenter.conftest import make_article
from tests.profiles.conftest import make_user
from tests.redis_process import redis_process  # noqa: F401 - fixture

pytestmark = [pytest.mark.django_db, pytest.mark.needs_broker]

PAGE_WITHIN = 3  # seconds; Django's RedisCache waited 5 s and then failed


@pytest.fixture
def production_cache(monkeypatch, redis_process):  # noqa: F811
    """The production CACHES setting, its Redis being this test's own server."""
    module = production_settings(monkeypatch, REDIS_URL=redis_process.url(0))
    caches = module.CACHES
    caches["default"]["LOCATION"] = redis_process.url(1)
    with override_settings(CACHES=caches):
        yield redis_process


@pytest.fixture
def public_pages(home_page, client):
    from saypro_wagtail.helpcenter.models import HelpCategoryPage, HelpCenterPage

    root = HelpCenterPage(title="Help", slug="help")
    home_page.add_child(instance=root)
    root.save_revision().publish()
    category = HelpCategoryPage(title="Accounts", slug="accounts")
    root.add_child(instance=category)
    category.save_revision().publish()
    article = make_article(category, "reset-password", title="Reset your password")
    member = make_user("amina")
    return {
        "home": "/en/",
        "help center": root.url,
        "article": article.url,
        "search": f"{root.url}search/?q=password",
        "member dashboard": ("/en/account/", member),
    }


def visit_all(client, pages):
    answers = {}
    for name, target in pages.items():
        url, user = target if isinstance(target, tuple) else (target, None)
        if user:
            client.force_login(user)
        started = time.monotonic()
        response = client.get(url)
        answers[name] = (response.status_code, time.monotonic() - started)
        if user:
            client.logout()
    return answers


def assert_all_served(answers):
    failed = {name: answer for name, answer in answers.items() if answer[0] != 200}
    slow = {name: answer for name, answer in answers.items() if answer[1] > PAGE_WITHIN}
    assert not failed, f"pages that did not answer 200: {failed}"
    assert not slow, f"pages slower than {PAGE_WITHIN}s: {slow}"


def test_production_keeps_cache_and_broker_apart_and_the_cache_fails_open(monkeypatch):
    module = production_settings(monkeypatch, REDIS_URL="redis://cache.internal:6379/0")
    assert module.CACHES["default"]["BACKEND"] == "saypro_wagtail.cache_backends.FailOpenRedisCache"
    assert module.CACHES["default"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert module.CELERY_BROKER_URL == "redis://cache.internal:6379/0"

    module = production_settings(
        monkeypatch,
        REDIS_CACHE_URL="redis://cache.internal:6379/3",
        CELERY_BROKER_URL="amqp://guest@broker.internal//",
    )
    assert module.CACHES["default"]["LOCATION"] == "redis://cache.internal:6379/3"
    assert module.CELERY_BROKER_URL == "amqp://guest@broker.internal//"


def test_public_pages_are_served_with_the_cache_up(client, production_cache, public_pages):
    assert_all_served(visit_all(client, public_pages))
    # The cache really was used.
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)


def test_public_pages_are_served_while_the_caches_redis_hangs(
    client, production_cache, public_pages
):
    production_cache.hang()
    try:
        assert_all_served(visit_all(client, public_pages))
    finally:
        production_cache.resume()


def test_public_pages_are_served_while_the_caches_redis_is_down(
    client, production_cache, public_pages
):
    production_cache.stop()
    assert_all_served(visit_all(client, public_pages))


def test_an_unreachable_cache_reads_as_empty_and_is_not_retried_at_once(
    redis_process,  # noqa: F811
):
    backend = FailOpenRedisCache(redis_process.url(2), {"OPTIONS": {"RETRY_AFTER": 60}})
    backend.set("greeting", "hello")
    assert backend.get("greeting") == "hello"

    redis_process.hang()
    try:
        started = time.monotonic()
        assert backend.get("greeting") is None  # waits one socket timeout
        assert backend.get("greeting", "fallback") == "fallback"  # then does not try
        assert backend.add("counter", 1) is False
        with pytest.raises(ValueError):
            backend.incr("counter")
        assert backend.set("greeting", "again") is None
        assert backend.get_many(["greeting"]) == {}
        assert time.monotonic() - started < 2
    finally:
        redis_process.resume()

    backend.forget_outage()
    assert backend.get("greeting") == "hello"
