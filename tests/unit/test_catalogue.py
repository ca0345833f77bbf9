"""Every code the Qt-free layers hand over has words in the UI catalogue, in vi and in en.

Adding a code to a core enum without words (or without an English translation) fails here.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest

from kiosk.doctor.codes import Hint, Said
from kiosk.domain.findings import FindingCode
from kiosk.journal.errors import JournalProblem
from kiosk.scanner.errors import ScanProblem
from kiosk.ui.catalogue import doctor, findings, journal, scanner

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

TABLES: list[tuple[type[StrEnum], dict[str, str], str]] = [
    (FindingCode, findings.WORDS, findings.CONTEXT),  # type: ignore[list-item]
    (Said, doctor.WORDS, doctor.CONTEXT),  # type: ignore[list-item]
    (Hint, doctor.HINTS, doctor.HINT_CONTEXT),  # type: ignore[list-item]
    (JournalProblem, journal.WORDS, journal.CONTEXT),  # type: ignore[list-item]
    (ScanProblem, scanner.WORDS, scanner.CONTEXT),  # type: ignore[list-item]
]


def english() -> dict[tuple[str, str], str]:
    """(context, source) -> finished English translation, from the shipped catalogue."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "kiosk_en.ts")
    found: dict[tuple[str, str], str] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if (tr.text or "").strip():
                found[(name, msg.findtext("source") or "")] = tr.text or ""
    return found


@pytest.mark.parametrize(
    ("codes", "words", "context"), TABLES, ids=lambda v: getattr(v, "__name__", "")
)
def test_every_code_has_vietnamese_and_english_words(
    codes: type[StrEnum], words: dict[str, str], context: str
) -> None:
    en = english()
    missing = [c.value for c in codes if c not in words]
    assert not missing, f"{codes.__name__} codes without words in the catalogue: {missing}"
    untranslated = [c.value for c in codes if (context, words[c]) not in en]
    assert not untranslated, f"{codes.__name__} codes without English: {untranslated}"


@pytest.mark.parametrize(
    ("codes", "words", "context"), TABLES, ids=lambda v: getattr(v, "__name__", "")
)
def test_english_fills_the_same_fields(
    codes: type[StrEnum], words: dict[str, str], context: str
) -> None:
    """A translation that drops or renames a {field} would show the wrong values."""
    import string

    en = english()
    for code in codes:
        source = words[code]
        fields = {f for _, f, _, _ in string.Formatter().parse(source) if f}
        translated = {f for _, f, _, _ in string.Formatter().parse(en[(context, source)]) if f}
        assert fields == translated, (code, fields, translated)


def test_the_doctor_names_every_check_and_every_scanner_kind() -> None:
    from kiosk.doctor.runner import ORDER

    en = english()
    for name in ORDER:
        assert ("DoctorTable", doctor.TITLES[name]) in en, name
    for name in ("file", "sane", "wia", "escl", "folder", "camera"):
        assert ("Scanner", scanner.DRIVER_TITLES[name]) in en, name
