"""An e-mail queued by a web request is delivered by a real Celery worker over Redis.

Runs in CI's PostgreSQL pass: the worker is a separate process, so it needs a database server
it can share with the test (SQLite's in-memory test database is private to this process).
"""

import os
import subprocess
import sys
import time
import uuid
from email import message_from_string
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from saypro_wagtail.notifications import Notification
from saypro_wagtail.notifications.models import SENT
from tests.celery_conf import celery_broker
from tests.services import reachable, require, subprocess_env

EXAMPLE_SITE = Path(__file__).resolve().parents[2] / "example_site"


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    """A `celery worker` process on its own queue, writing e-mails into a folder."""
    require(
        connection.vendor == "postgresql",
        "a real worker needs a server database: set DATABASE_URL=postgres://...",
    )
    broker = settings.CELERY_BROKER_URL
    require(reachable(broker), f"a real worker needs Redis at {broker}")
    queue = f"saypro-test-{uuid.uuid4().hex[:8]}"
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    log = tmp_path / "worker.log"
    env = subprocess_env(
        DJANGO_SETTINGS_MODULE="example_site.settings.test",
        DATABASE_URL=database_url(),
        EMAIL_FILE_PATH=str(mail_dir),
        PYTHONPATH=os.pathsep.join([str(EXAMPLE_SITE.parent), str(EXAMPLE_SITE)]),
    )
    command = [
        sys.executable, "-m", "celery", "-A", "example_site", "worker",
        "--pool=solo", "--queues", queue, "--hostname", f"{queue}@%h",
        "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO",
    ]  # fmt: skip
    with open(log, "w") as log_file:
        worker = subprocess.Popen(
            command, cwd=EXAMPLE_SITE, env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    try:
        wait_for(lambda: " ready." in log.read_text() or worker.poll() is not None, 60)
        if worker.poll() is not None:
            pytest.fail(f"Celery worker exited:\n{log.read_text()}")
        with celery_broker(broker, queue=queue):
            yield mail_dir
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
        print(log.read_text())


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.needs_broker
def test_contact_form_email_is_delivered_by_a_real_worker(celery_worker_process, client):
    from home.demo_content import ensure_contact_page, ensure_home_page, ensure_locales

    contact_page = ensure_contact_page(ensure_home_page(ensure_locales()["en"]))
    mail_dir = celery_worker_process

    response = client.post(
        contact_page.url,
        {"your_name": "Lerato", "your_e_mail": "lerato@example.com", "message": "Hello staff"},
    )
    assert response.status_code == 200

    assert wait_for(lambda: any(mail_dir.iterdir()), 60), "the worker delivered no e-mail"
    (mail_file,) = mail_dir.iterdir()
    message = message_from_string(mail_file.read_text().split("-" * 79)[0])
    assert message["To"] == "support@example.com"
    assert message["Subject"] == "Message from the contact form"
    assert wait_for(lambda: Notification.objects.get().status == SENT, 10)
