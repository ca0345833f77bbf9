"""Citizens' full names: NFC, single spaces, Vietnamese-aware title case, letters only.

"Letters" means the Latin alphabet plus đ and the Vietnamese vowel and tone marks, checked on
the decomposed form, so "Ưng" and "Nguyễn" pass whether they arrive NFC or NFD and a stray
Cyrillic or mojibake character does not. The apostrophe is allowed inside a word because
Ê Đê and Jrai names carry it on the card ("H'Hen Niê").
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.findings import Checked, Finding

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
        return Checked(None, (Finding.error(FIELD, "name_required", "Chưa nhập họ và tên."),))
    if len(name) > MAX_LENGTH:
        return Checked(
            None,
            (Finding.error(FIELD, "name_too_long", f"Họ và tên dài quá {MAX_LENGTH} ký tự."),),
        )
    bad = bad_name_characters(name)
    if bad:
        shown = " ".join(repr(c)[1:-1] if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        return Checked(
            None,
            (
                Finding.error(
                    FIELD,
                    "name_bad_characters",
                    f"Họ và tên chỉ gồm chữ cái tiếng Việt và dấu cách; có ký tự không hợp lệ: "
                    f"{shown}",
                ),
            ),
        )
    if " " not in name:
        return Checked(
            name,
            (
                Finding.warning(
                    FIELD,
                    "name_single_word",
                    "Họ và tên chỉ có một từ; hãy kiểm tra lại với thẻ.",
                ),
            ),
        )
    return Checked(name)
