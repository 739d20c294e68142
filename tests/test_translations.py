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
