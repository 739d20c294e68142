"""The demo's settings take their folders from the environment, like production's."""

import subprocess
import sys
from pathlib import Path

from tests.services import subprocess_env

EXAMPLE_SITE = Path(__file__).resolve().parents[2] / "example_site"


def test_media_root_comes_from_the_environment(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from django.conf import settings; print(settings.MEDIA_ROOT)"],
        cwd=EXAMPLE_SITE,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="example_site.settings.dev", MEDIA_ROOT=str(tmp_path)
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip

    assert result.stdout.strip().splitlines()[-1] == str(tmp_path), result.stderr
