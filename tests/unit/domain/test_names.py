"""Full names: NFC, single spaces, Vietnamese title case, letters only."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.findings import Severity
from kiosk.domain.names import check_full_name, normalize_full_name
from tests.unit.domain.strategies import DETERMINISTIC, names


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("  nguyễn   văn\tan ", "Nguyễn Văn An"),
        ("ĐẶNG THỊ ÚT", "Đặng Thị Út"),
        ("đỗ ưng", "Đỗ Ưng"),
        (unicodedata.normalize("NFD", "TRẦN NGỌC ẨN"), "Trần Ngọc Ẩn"),
        ("H’HEN NIÊ", "H'Hen Niê"),
    ],
)
def test_names_are_tidied(typed: str, expected: str) -> None:
    checked = check_full_name(typed)
    assert checked.value == expected
    assert checked.ok
    assert unicodedata.is_normalized("NFC", checked.value)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "name_required"),
        ("   ", "name_required"),
        ("Nguyễn Văn 2", "name_bad_characters"),
        ("Nguyễn-Văn An", "name_bad_characters"),
        ("Nguyễn Văn An.", "name_bad_characters"),
        ("Nguyễn Văn Аn", "name_bad_characters"),  # Cyrillic А
        ("Nguyá»…n Văn", "name_bad_characters"),  # mojibake
        ("Nguyễn 'An", "name_bad_characters"),
        ("A" * 50 + " " + "B" * 51, "name_too_long"),
    ],
)
def test_bad_names_are_errors(typed: str, code: str) -> None:
    checked = check_full_name(typed)
    assert checked.value is None
    assert [f.code for f in checked.findings] == [code]
    assert checked.findings[0].severity is Severity.ERROR


def test_the_offending_characters_are_named() -> None:
    finding = check_full_name("Nguyễn Văn 2@").findings[0]
    assert finding.values == {"characters": "2 @"}


def test_a_single_word_is_accepted_with_a_warning() -> None:
    checked = check_full_name("an")
    assert checked.value == "An"
    assert checked.ok
    assert [w.code for w in checked.warnings] == ["name_single_word"]


@DETERMINISTIC
@given(names)
def test_valid_names_survive_case_and_spacing_changes(name: str) -> None:
    for variant in (
        name.upper(),
        name.lower(),
        "  " + name.replace(" ", "   ") + "\n",
        unicodedata.normalize("NFD", name),
    ):
        assert check_full_name(variant).value == name


@DETERMINISTIC
@given(st.text(max_size=40))
def test_any_text_gives_a_clean_name_or_an_error(text: str) -> None:
    checked = check_full_name(text)
    if checked.value is None:
        assert checked.errors
    else:
        assert checked.value == normalize_full_name(checked.value)
        assert "  " not in checked.value and checked.value == checked.value.strip()
