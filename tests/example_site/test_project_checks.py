"""The example site is deployable as shipped: checks, migrations and the package's wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.services import subprocess_env

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_SITE = ROOT / "example_site"


def manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=EXAMPLE_SITE,
        env=subprocess_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="example_site.settings.production",
        SECRET_KEY="an-ordinary-but-long-and-random-production-secret-key-0123456789",
        ALLOWED_HOSTS="help.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = subprocess_env(DJANGO_SETTINGS_MODULE="example_site.settings.production")
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=EXAMPLE_SITE,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_wheel_ships_templates_translations_and_migrations(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("saypro_wagtail-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    expected = [
        "saypro_wagtail/templates/saypro_wagtail/notifications/base_email.html",
        "saypro_wagtail/templates/saypro_wagtail/notifications/test_message/subject.txt",
        "saypro_wagtail/migrations/0001_initial.py",
        "saypro_wagtail/helpcenter/migrations/__init__.py",
        "saypro_wagtail/management/commands/saypro_setup_roles.py",
    ]
    expected += [
        f"saypro_wagtail/locale/{language}/LC_MESSAGES/django.{kind}"
        for language, _name in settings.LANGUAGES
        if language != settings.LANGUAGE_CODE
        for kind in ("po", "mo")
    ]
    assert [name for name in expected if name not in names] == []
    assert not any(name.startswith(("tests/", "example_site/")) for name in names)
