"""The SQLite demo takes many support requests at once: none fails with "database is locked".

SQLite allows one writer at a time. A request that reads first and writes later (the reference
counter) cannot wait for the lock once another writer holds it, so it failed at once; the
example site opens every transaction with BEGIN IMMEDIATE, which waits its turn instead.

The test copies its database (member and support page included) into a file and lets a child
process, configured like `make demo`, send 50 member requests from 50 threads.
"""

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.db import connection

from saypro_wagtail.support.models import ContactSupportPage
from tests.profiles.conftest import make_user
from tests.services import subprocess_env

EXAMPLE_SITE = Path(__file__).resolve().parents[2] / "example_site"
PARALLEL = 50

SEND_AT_ONCE = textwrap.dedent(
    """
    import threading, django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from saypro_wagtail.notifications.models import Notification
    from saypro_wagtail.support.models import SupportRequest

    members = get_user_model().objects.filter(username__startswith="member-").order_by("pk")
    start = threading.Barrier({parallel})
    statuses = []

    clients = []
    for member in members:
        clients.append(Client(raise_request_exception=False))
        clients[-1].force_login(member)

    def send(number):
        client = clients[number]
        start.wait(timeout=60)
        response = client.post("{url}", {{
            "category": "technical",
            "subject": f"Request {{number}}",
            "description": "Sent at the same time as the others.",
            "website_url": "",
        }})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=send, args=(n,)) for n in range({parallel})]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("statuses", sorted(statuses))
    print("requests", SupportRequest.objects.count())
    print("references", SupportRequest.objects.values("reference").distinct().count())
    print("unsent", Notification.objects.exclude(status="sent").count())
    """
)


@pytest.mark.django_db(transaction=True)
def test_fifty_members_send_support_requests_at_the_same_moment(home_page, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock only: this run's database is " + connection.vendor)
    page = ContactSupportPage(title="Contact support", slug="support-form", intro="<p>Hi</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    for number in range(PARALLEL):
        make_user(f"member-{number}")

    database = tmp_path / "demo.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(database) as copy:
        connection.connection.backup(copy)

    result = subprocess.run(
        [sys.executable, "-c", SEND_AT_ONCE.format(parallel=PARALLEL, url=page.url)],
        cwd=EXAMPLE_SITE,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="example_site.settings.dev",
            DATABASE_URL=f"sqlite:///{database}",
            EMAIL_FILE_PATH=str(tmp_path / "mail"),
            MEDIA_ROOT=str(tmp_path / "media"),
            PYTHONPATH=f"{EXAMPLE_SITE.parent}:{EXAMPLE_SITE}",
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert f"statuses {[302] * PARALLEL}" in result.stdout, result.stdout + result.stderr[-3000:]
    assert f"requests {PARALLEL}" in result.stdout
    assert f"references {PARALLEL}" in result.stdout
    assert "unsent 0" in result.stdout, result.stderr[-3000:]
    # The file backend appends messages sent in the same second to one file: count messages.
    mail = "".join(path.read_text() for path in (tmp_path / "mail").iterdir())
    assert mail.count("\nMessage-ID: ") == PARALLEL
