"""References SCMR-YYMM-####: per month of logging, restarting monthly, never duplicated."""

import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, connections

from saypro_wagtail.support.models import ReferenceCounter
from tests.services import require

from .conftest import make_request

JOHANNESBURG = ZoneInfo("Africa/Johannesburg")


@pytest.mark.django_db
def test_references_count_up_within_a_month_and_restart_the_next():
    november = datetime(2026, 11, 3, 9, tzinfo=JOHANNESBURG)
    december = datetime(2026, 12, 1, 9, tzinfo=JOHANNESBURG)

    first = make_request(logged_at=november)
    second = make_request(logged_at=november)
    next_month = make_request(logged_at=december)

    assert (first.reference, second.reference) == ("SCMR-2611-0001", "SCMR-2611-0002")
    assert next_month.reference == "SCMR-2612-0001"
    assert str(first).startswith("SCMR-2611-0001")


@pytest.mark.django_db
def test_the_month_is_the_sites_local_month():
    # 23:30 UTC on 30 November is already 1 December in Johannesburg.
    late = datetime(2026, 11, 30, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert make_request(logged_at=late).reference == "SCMR-2612-0001"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_creators_never_get_the_same_reference():
    require(connection.vendor == "postgresql", "concurrency tests need PostgreSQL")
    references, errors = [], []
    start = threading.Barrier(8)

    def create_many():
        try:
            start.wait()
            for _ in range(10):
                references.append(make_request().reference)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=create_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(references) == len(set(references)) == 80
    assert ReferenceCounter.objects.get().last == 80
