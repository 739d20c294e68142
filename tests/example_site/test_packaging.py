"""What a site builder gets from `python -m build`: a quiet build, an sdist without the tests,
a wheel that carries its licence, and dependencies that match what the package imports."""

import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """The sdist and the wheel built from it, as `python -m build` makes them, and its output."""
    folder = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(folder), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (sdist,) = folder.glob("saypro_wagtail-*.tar.gz")
    (wheel,) = folder.glob("saypro_wagtail-*.whl")
    return sdist, wheel, result.stdout + result.stderr


def metadata(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode())


def requirements(wheel, extra=None):
    """The wheel's requirements for ``extra`` (None: what a plain install pulls in), with the
    package's own extras that ``extra`` names (``dev`` includes ``redis``) spelled out."""
    found = {}
    for line in metadata(wheel).get_all("Requires-Dist"):
        requirement = Requirement(line)
        if requirement.marker is None:
            wanted = extra is None
        else:
            wanted = extra is not None and requirement.marker.evaluate({"extra": extra})
        if not wanted:
            continue
        if requirement.name == "saypro-wagtail":
            for own_extra in requirement.extras:
                found.update(requirements(wheel, own_extra))
        else:
            found[requirement.name.lower()] = requirement
    return found


def test_build_prints_no_setuptools_warnings(dist):
    *_, output = dist
    # This machine sets PYTHONDONTWRITEBYTECODE, which makes build_py and install_lib say so.
    warnings = [
        line
        for line in output.splitlines()
        if re.search(r"warn", line, re.IGNORECASE) and "byte-compiling is disabled" not in line
    ]
    assert warnings == []
    assert "Package would be ignored" not in output


def test_sdist_holds_the_package_and_its_documents_but_no_tests(dist):
    sdist, _wheel, _output = dist
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}

    for document in ("README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "setup.py"):
        assert document in names
    assert "saypro_wagtail/templates/saypro_wagtail/notifications/base_email.html" in names
    assert "saypro_wagtail/locale/fr/LC_MESSAGES/django.mo" in names
    top_level = {name.split("/")[0] for name in names}
    assert top_level.isdisjoint({"tests", "example_site", "bench", "docs", "locale", ".ci"})
    assert not [name for name in names if name.endswith((".pyc", ".sqlite3"))]


def test_wheel_declares_the_bsd_licence_and_ships_its_text(dist):
    _sdist, wheel, _output = dist
    assert metadata(wheel)["License-Expression"] == "BSD-3-Clause"
    with zipfile.ZipFile(wheel) as archive:
        (licence,) = [n for n in archive.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        text = archive.read(licence).decode()
    assert "BSD 3-Clause License" in text
    assert "the saypro-wagtail authors" in text


def test_a_plain_install_brings_what_the_package_imports_and_nothing_of_the_example_site(dist):
    _sdist, wheel, _output = dist
    plain = requirements(wheel)

    assert {"wagtail", "django-otp", "celery", "qrcode"} <= set(plain)
    # WhiteNoise serves the example site's static files; the package never imports it.
    assert "whitenoise" not in plain
    # Only a site in several languages needs wagtail-localize: it is the `localize` extra.
    assert "wagtail-localize" not in plain
    assert "wagtail-localize" in requirements(wheel, "localize")
    assert {"whitenoise", "wagtail-localize", "django-csp"} <= set(requirements(wheel, "dev"))


def test_redis_extra_brings_celerys_redis_transport_with_a_redis_py_it_accepts(dist):
    _sdist, wheel, _output = dist
    extra = requirements(wheel, "redis")

    assert "redis" in extra["celery"].extras
    # kombu's Redis transport refuses redis-py before 6.1.
    assert not extra["redis"].specifier.contains("5.2.1")
    assert extra["redis"].specifier.contains("6.1.0")
