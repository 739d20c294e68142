"""Vote totals stay exact when many visitors vote at the same moment (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from saypro_wagtail.helpcenter.models import ArticleRating, ArticleRatingSummary
from saypro_wagtail.helpcenter.ratings import Voter, record_vote
from tests.services import require

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def in_parallel(calls):
    barrier = threading.Barrier(len(calls))
    errors = []

    def run(call):
        try:
            barrier.wait()
            call()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.fixture
def postgres():
    require(connection.vendor == "postgresql", "concurrency tests need PostgreSQL")


def test_parallel_voters_are_all_counted(postgres, article):
    votes = [(f"visitor-{n}", n % 3 != 0) for n in range(30)]

    in_parallel(
        [lambda key=key, helpful=helpful: record_vote(article, Voter(visitor_key=key), helpful)
         for key, helpful in votes]
    )  # fmt: skip

    summary = ArticleRatingSummary.objects.get(page=article)
    assert (summary.helpful, summary.not_helpful) == (20, 10)
    assert ArticleRating.objects.count() == 30


def test_one_visitor_double_clicking_counts_once(postgres, article):
    voter = Voter(visitor_key="double-clicker")

    in_parallel([lambda: record_vote(article, voter, True) for _ in range(8)])

    summary = ArticleRatingSummary.objects.get(page=article)
    assert (summary.helpful, summary.not_helpful) == (1, 0)
    assert ArticleRating.objects.count() == 1


def test_parallel_vote_changes_keep_totals_consistent(postgres, article):
    voters = [Voter(visitor_key=f"changer-{n}") for n in range(10)]
    for voter in voters:
        record_vote(article, voter, True)

    in_parallel([lambda voter=voter: record_vote(article, voter, False) for voter in voters])

    summary = ArticleRatingSummary.objects.get(page=article)
    assert (summary.helpful, summary.not_helpful) == (0, 10)
