"""Each feature app works on a site that installs it without the other three."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import subprocess_env

ROOT = Path(__file__).resolve().parents[1]
FEATURE_APPS = [
    "saypro_wagtail.helpcenter",
    "saypro_wagtail.profiles",
    "saypro_wagtail.support",
    "saypro_wagtail.moderation",
]


def django_admin(tmp_path, *args, **env):
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        cwd=ROOT,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="tests.install_alone_settings",
            PYTHONPATH=str(ROOT),
            SAYPRO_ALONE_DB=str(tmp_path / "db.sqlite3"),
            **env,
        ),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("app", FEATURE_APPS)
def test_app_installed_alone_checks_migrates_and_sets_up_its_roles(tmp_path, app):
    for command in (
        ["check", "--fail-level", "WARNING"],
        ["migrate", "--noinput"],
        ["makemigrations", "--check", "--dry-run"],
        ["saypro_setup_roles"],
    ):
        result = django_admin(tmp_path, *command, SAYPRO_ONLY_APP=app)
        assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stderr}"
    assert "created" in result.stdout


MONTHLY_SECTIONS = {
    "saypro_wagtail.helpcenter": ["helpcenter"],
    "saypro_wagtail.profiles": ["registrations"],
    "saypro_wagtail.support": ["support"],
    "saypro_wagtail.moderation": ["moderation"],
}
SHOW_MONTHLY_REPORT = """
from saypro_wagtail.monthly.periods import Period
from saypro_wagtail.monthly.sections import compute_all
print(sorted(compute_all(Period.last_complete())))
"""


@pytest.mark.parametrize("app", FEATURE_APPS)
def test_the_monthly_report_has_the_installed_app_and_no_other(tmp_path, app):
    for command in (["migrate", "--noinput"], ["shell", "-c", SHOW_MONTHLY_REPORT]):
        result = django_admin(tmp_path, *command, SAYPRO_ONLY_APP=app)
        assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stderr}"
    assert result.stdout.strip().splitlines()[-1] == str(MONTHLY_SECTIONS[app])


def test_feature_app_without_the_core_app_is_a_clear_system_check_error(tmp_path):
    result = django_admin(
        tmp_path, "check", SAYPRO_ONLY_APP="saypro_wagtail.support", SAYPRO_WITHOUT_CORE="1"
    )

    assert result.returncode != 0
    assert "saypro_wagtail.E001" in result.stderr
    assert "Add 'saypro_wagtail' to INSTALLED_APPS" in result.stderr


# Serves the URLs in SERVE_URLS; the folder SITE_TEMPLATES holds the site's base.html.
GET_URLS = """
import os
from urllib.parse import urlsplit
from django.conf import settings
from django.test import Client, override_settings
templates = [{**settings.TEMPLATES[0], "DIRS": [os.environ["SITE_TEMPLATES"]]}]
with override_settings(TEMPLATES=templates):
    for url in os.environ["SERVE_URLS"].split():
        print(urlsplit(url).path, Client().get(urlsplit(url).path).status_code)
"""


def test_help_center_installed_alone_gets_its_starting_pages(tmp_path):
    app = "saypro_wagtail.helpcenter"
    templates = tmp_path / "templates"  # the base template `wagtail start` gives a site
    templates.mkdir()
    (templates / "base.html").write_text(
        (ROOT / "tests/templates/tests/bare_base.html").read_text()
    )
    assert django_admin(tmp_path, "migrate", "--noinput", SAYPRO_ONLY_APP=app).returncode == 0

    first = django_admin(tmp_path, "saypro_setup_pages", SAYPRO_ONLY_APP=app)
    again = django_admin(tmp_path, "saypro_setup_pages", SAYPRO_ONLY_APP=app)

    assert first.returncode == 0, first.stderr
    urls = [line.split()[0] for line in first.stdout.splitlines() if line.startswith("http")]
    assert urls == [
        "http://localhost/help/",
        "http://localhost/help/getting-started/",
        "http://localhost/help/getting-started/welcome/",
    ]
    assert first.stdout.splitlines()[-1] == "Created: 3; already there: 0; skipped: 0."
    assert again.stdout.splitlines()[-1] == "Created: 0; already there: 3; skipped: 0."
    served = django_admin(
        tmp_path,
        *("shell", "--no-imports", "-c", GET_URLS),
        SAYPRO_ONLY_APP=app,
        SITE_TEMPLATES=str(templates),
        SERVE_URLS=" ".join(urls),
    )
    assert served.stdout.splitlines() == [
        "/help/ 200",
        "/help/getting-started/ 200",
        "/help/getting-started/welcome/ 200",
    ], served.stderr
