"""ID-number rules: errors for malformed numbers, warnings for what disagrees (domain-facts §3)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.citizen import Sex
from kiosk.domain.findings import Finding, FindingCode, Severity
from kiosk.domain.id_number import (
    check_id_number,
    check_qr_matches_lookup,
    describe_id_number,
    normalize_id_number,
)
from tests.unit.domain.strategies import DETERMINISTIC


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_the_values_of_the_issue() -> None:
    # 001 (Hà Nội), G = 0 (male, 1900s), YY = 95.
    findings = check_id_number("001095012345", date(1996, 1, 2), Sex.FEMALE)
    assert codes(findings) == ["id_year_sex_mismatch"]
    assert findings[0].values == {
        "stated_year": 1995,
        "entered_year": 1996,
        "stated_sex": "Nam",
        "entered_sex": "Nữ",
    }
    assert findings[0].severity is Severity.WARNING
    assert findings[0].field == "id_number"


def test_agreeing_number_has_no_finding() -> None:
    assert check_id_number("001095012345", date(1995, 7, 1), Sex.MALE) == []
    assert check_id_number("079303012345", date(2003, 7, 1), Sex.FEMALE) == []


@pytest.mark.parametrize(
    ("number", "birth", "sex", "code"),
    [
        ("001095012345", date(1996, 1, 1), Sex.MALE, "id_year_mismatch"),
        ("001095012345", date(1995, 1, 1), Sex.FEMALE, "id_sex_mismatch"),
        # G = 2: the 2000s; a birth in 1995 does not fit even though YY = 95.
        ("001295012345", date(1995, 1, 1), Sex.MALE, "id_year_mismatch"),
    ],
)
def test_each_kind_of_mismatch(number: str, birth: date, sex: Sex, code: str) -> None:
    assert codes(check_id_number(number, birth, sex)) == [code]


def test_only_what_was_entered_is_compared() -> None:
    only_year = check_id_number("001095012345", date(1996, 1, 1))
    assert codes(only_year) == ["id_year_mismatch"]
    assert only_year[0].values["entered_year"] == 1996
    only_sex = check_id_number("001095012345", sex=Sex.FEMALE)
    assert codes(only_sex) == ["id_sex_mismatch"]
    assert only_sex[0].values["entered_sex"] == "Nữ"
    assert check_id_number("001095012345") == []


def test_unknown_place_code_is_a_warning_and_a_country_code_is_not() -> None:
    unknown = check_id_number("097095012345")
    assert codes(unknown) == ["id_unknown_place_code"]
    assert unknown[0].severity is Severity.WARNING
    assert unknown[0].values == {"place_code": "097"}
    assert check_id_number("120095012345") == []  # registered abroad


@pytest.mark.parametrize("code", ["000", "100", "296", "500", "999"])
def test_a_place_code_in_no_range_of_places_is_an_error(code: str) -> None:
    found = check_id_number(code + "095012345")
    assert codes(found) == ["id_bad_place_code"]
    assert found[0].severity is Severity.ERROR
    assert found[0].values == {"place_code": code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "id_required"),
        ("   ", "id_required"),
        ("0010950123AB", "id_not_digits"),
        ("00109501234", "id_bad_length"),
        ("0010950123456", "id_bad_length"),
        ("12345678", "id_bad_length"),
    ],
)
def test_malformed_numbers_are_errors(text: str, code: str) -> None:
    findings = check_id_number(text)
    assert codes(findings) == [code]
    assert findings[0].severity is Severity.ERROR


def test_nine_digit_cmnd_is_accepted_without_structure_checks() -> None:
    assert check_id_number("123456789", date(1980, 1, 1), Sex.MALE) == []


def test_typed_separators_and_full_width_digits_are_normalised() -> None:
    assert normalize_id_number(" 001 095.012-345 ") == "001095012345"
    assert normalize_id_number("００１０９５０１２３４５") == "001095012345"
    assert check_id_number("001 095 012 345", date(1995, 1, 1), Sex.MALE) == []


def test_describe_reads_every_century_digit() -> None:
    infos = [describe_id_number(f"001{g}05000000") for g in range(10)]
    assert [i.birth_year if i else None for i in infos] == [
        1905, 1905, 2005, 2005, 2105, 2105, 2205, 2205, 2305, 2305,
    ]  # fmt: skip
    assert [i.sex if i else None for i in infos[:2]] == [Sex.MALE, Sex.FEMALE]
    hanoi = describe_id_number("001095012345")
    assert hanoi is not None and hanoi.place_name == "Hà Nội"
    assert describe_id_number("12345678901") is None


def test_qr_number_must_equal_the_number_looked_up() -> None:
    assert check_qr_matches_lookup("001095012345", "001 095 012 345") == []
    findings = check_qr_matches_lookup("001095012345", "001095012346")
    assert codes(findings) == ["qr_id_differs_from_lookup"]
    assert findings[0].severity is Severity.ERROR


@DETERMINISTIC
@given(st.text(max_size=30), st.none() | st.dates(), st.none() | st.sampled_from(list(Sex)))
def test_no_text_crashes_the_check(text: str, birth: date | None, sex: Sex | None) -> None:
    findings = check_id_number(text, birth, sex)
    assert all(f.code in set(FindingCode) and f.code.startswith("id_") for f in findings)
    # At most one error, and an error comes alone: warnings only for well-formed numbers.
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert len(errors) <= 1
    assert not errors or len(findings) == 1
