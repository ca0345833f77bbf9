"""Citizens' full names: NFC, single spaces, Vietnamese-aware title case, letters only.

"Letters" means the Latin alphabet plus đ and the Vietnamese vowel and tone marks, checked on
the decomposed form, so "Ưng" and "Nguyễn" pass whether they arrive NFC or NFD and a stray
Cyrillic or mojibake character does not. The apostrophe is allowed inside a word because
Ê Đê and Jrai names carry it on the card ("H'Hen Niê").
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.findings import Checked, Finding, FindingCode

FIELD = "full_name"
MAX_LENGTH = 100

# Vietnamese combining marks: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_BASES = frozenset("abcdefghijklmnopqrstuvwxyzđABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    """NFC, every whitespace run (tabs, CR/LF, NBSP) to one space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def is_vietnamese_letter(char: str) -> bool:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[:1] in _BASES and all(m in _MARKS for m in decomposed[1:])


def _title_word(word: str) -> str:
    parts = word.split("'")
    return "'".join(p[:1].upper() + p[1:].lower() for p in parts)


def normalize_full_name(text: str) -> str:
    """'  NGUYỄN   VĂN AN ' -> 'Nguyễn Văn An'; characters are not checked here."""
    name = collapse_spaces(text).translate(_APOSTROPHES)
    return " ".join(_title_word(w) for w in name.split(" ") if w)


def bad_name_characters(name: str) -> list[str]:
    """Characters of an NFC name that are neither Vietnamese letters, spaces nor apostrophes."""
    bad: list[str] = []
    for word in name.split(" "):
        for part in word.split("'"):
            if not part:  # a leading, trailing or doubled apostrophe
                if "'" not in bad:
                    bad.append("'")
                continue
            for char in part:
                if not is_vietnamese_letter(char) and char not in bad:
                    bad.append(char)
    return bad


def check_full_name(text: str) -> Checked[str]:
    name = normalize_full_name(text)
    if not name:
        return Checked(None, (Finding.error(FIELD, FindingCode.NAME_REQUIRED),))
    if len(name) > MAX_LENGTH:
        return Checked(None, (Finding.error(FIELD, FindingCode.NAME_TOO_LONG, limit=MAX_LENGTH),))
    bad = bad_name_characters(name)
    if bad:
        shown = " ".join(repr(c)[1:-1] if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        return Checked(
            None, (Finding.error(FIELD, FindingCode.NAME_BAD_CHARACTERS, characters=shown),)
        )
    if " " not in name:
        return Checked(name, (Finding.warning(FIELD, FindingCode.NAME_SINGLE_WORD),))
    return Checked(name)
