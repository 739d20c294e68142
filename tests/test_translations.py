"""The shipped catalogues are complete and compiled."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(
    [*ROOT.glob("saypro_wagtail/locale/*/LC_MESSAGES/django.po")]
    + [*ROOT.glob("example_site/example_site/locale/*/LC_MESSAGES/django.po")]
)
SHIPPED_LANGUAGES = {"fr", "pt", "af", "zu", "ar"}


def test_every_shipped_language_has_a_catalogue():
    package = {path.parts[-3] for path in CATALOGUES if "saypro_wagtail" in path.parts}
    assert package >= SHIPPED_LANGUAGES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_catalogue_is_fully_translated_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []

    compiled = {
        entry.msgid: entry.msgstr for entry in polib.mofile(str(po_path.with_suffix(".mo")))
    }
    expected = {entry.msgid: entry.msgstr for entry in po.translated_entries()}
    assert {k: v for k, v in compiled.items() if k} == expected, "run `make messages`"


def test_catalogues_hold_every_string_of_the_package(tmp_path):
    """A string marked for translation but missing from the catalogues (makemessages not run)
    would show in English to everyone: extract them again and compare."""
    import os
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "saypro_wagtail"
    shutil.copytree(ROOT / "saypro_wagtail", copy, ignore=shutil.ignore_patterns("*.mo"))
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "fr", "--no-obsolete"]
        + ["--ignore", "*/tests/*"],
        cwd=copy,
        check=True,
        capture_output=True,
        # makemessages needs no project; the test settings would not import from there.
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )

    def keys(path):
        return {(e.msgctxt, e.msgid, e.msgid_plural) for e in polib.pofile(str(path)) if e.msgid}

    extracted = keys(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po")
    for language in sorted(SHIPPED_LANGUAGES):
        shipped = keys(ROOT / "saypro_wagtail" / "locale" / language / "LC_MESSAGES" / "django.po")
        missing = sorted(msgid for _, msgid, _ in extracted - shipped)
        assert missing == [], f"{language}: run `make messages` and translate: {missing[:10]}"
