import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test module inside a transaction rolled back after it.

    Each test still runs in its own savepoint (the ``django_db`` mark), so what one test changes
    does not reach the next. Loading takes several seconds, hence once per module.
    """
    with django_db_blocker.unblock():
        with transaction.atomic():
            call_command("saypro_demo", stdout=open("/dev/null", "w"))
            yield
            transaction.set_rollback(True)


@pytest.fixture
def demo(demo_data, db):
    return None
