"""The MRZ on the back of the card: TD1 with ICAO 9303 check digits (domain-facts §4)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.findings import FindingCode
from kiosk.domain.mrz import MrzError, ascii_fold, check_digit, compare_mrz, parse_mrz
from tests.unit.domain.strategies import DETERMINISTIC, TODAY, citizens

# Specimen 000 of the shared sample set (a made-up citizen).
SPECIMEN = (
    "IDVNM0690508776056069050877<<<",
    "6909127M3902091VNM<<<<<<<<<<<5",
    "PHAN<<NGOC<UNG<<<<<<<<<<<<<<<<",
)
SPECIMEN_DETAILS = CitizenDetails(
    id_number="056069050877",
    full_name="Phan Ngọc Ưng",
    date_of_birth=date(1969, 9, 12),
    sex=Sex.MALE,
)


def make_mrz(details: CitizenDetails, expiry: str = "390209") -> list[str]:
    """The three lines a card with these details carries, check digits computed."""
    doc = details.id_number[3:]
    line1 = f"IDVNM{doc}{check_digit(doc)}{details.id_number}<<<"
    birth = details.date_of_birth.strftime("%y%m%d")
    sex = "M" if details.sex is Sex.MALE else "F"
    body = f"{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}VNM" + "<" * 11
    composite = line1[5:30] + body[0:7] + body[8:15] + body[18:29]
    line2 = body + check_digit(composite)
    surname, _, given_names = ascii_fold(details.full_name).partition(" ")
    line3 = (surname + "<<" + given_names.replace(" ", "<")).ljust(30, "<")[:30]
    return [line1, line2, line3]


def test_icao_check_digit_examples() -> None:
    # ICAO 9303 part 3 worked example: document number L898902C3 -> 6; date 740812 -> 2.
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("<<<<<<") == "0"


def test_specimen_is_parsed_and_verified() -> None:
    mrz = parse_mrz(SPECIMEN, today=TODAY)
    assert mrz.id_number == "056069050877"
    assert mrz.document_number == "069050877"
    assert mrz.date_of_birth == date(1969, 9, 12)
    assert mrz.sex is Sex.MALE
    assert mrz.expiry_date == date(2039, 2, 9)
    assert mrz.nationality == "VNM"
    assert mrz.name_ascii == "PHAN NGOC UNG"
    assert compare_mrz(mrz, SPECIMEN_DETAILS) == []


def test_ocr_spacing_and_one_joined_line_are_accepted() -> None:
    spaced = "\n".join(" ".join(line) for line in SPECIMEN)
    assert parse_mrz(spaced, today=TODAY).id_number == "056069050877"
    assert parse_mrz("".join(SPECIMEN), today=TODAY).id_number == "056069050877"


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (SPECIMEN[:2], "mrz_bad_shape"),
        ((SPECIMEN[0][:-1], *SPECIMEN[1:]), "mrz_bad_shape"),
        (("P<VNM" + SPECIMEN[0][5:], *SPECIMEN[1:]), "mrz_not_vietnamese_id"),
        ((SPECIMEN[0].replace("0690508776", "0690508779"), *SPECIMEN[1:]), "mrz_check_digit"),
        ((SPECIMEN[0], SPECIMEN[1].replace("6909127", "6909137"), SPECIMEN[2]), "mrz_check_digit"),
        # O read for 0: the kind of OCR slip check digits exist for.
        ((SPECIMEN[0].replace("IDVNM069", "IDVNMO69"), *SPECIMEN[1:]), "mrz_check_digit"),
    ],
)
def test_damaged_mrz_is_rejected(lines: tuple[str, ...], code: str) -> None:
    with pytest.raises(MrzError) as info:
        parse_mrz(lines, today=TODAY)
    assert info.value.code == code
    assert info.value.finding.code in set(FindingCode)


def test_composite_check_catches_a_change_in_the_full_number() -> None:
    line1 = SPECIMEN[0].replace("056069050877", "057069050877")
    with pytest.raises(MrzError) as info:
        parse_mrz((line1, *SPECIMEN[1:]), today=TODAY)
    assert info.value.code == "mrz_check_digit"


def test_disagreements_with_the_qr_are_warnings() -> None:
    mrz = parse_mrz(SPECIMEN, today=TODAY)
    other = CitizenDetails("056069050878", "Phan Ngọc Ứng Vũ", date(1969, 9, 13), Sex.FEMALE)
    codes = [f.code for f in compare_mrz(mrz, other)]
    assert codes == ["mrz_id_differs", "mrz_birth_differs", "mrz_sex_differs", "mrz_name_differs"]


def test_long_names_truncated_by_the_mrz_still_match() -> None:
    details = CitizenDetails(
        "001095012345", "Tôn Nữ Hoàng Thị Phương Thảo Nguyên Anh", date(1995, 1, 1), Sex.FEMALE
    )
    mrz = parse_mrz(make_mrz(details), today=TODAY)
    assert len(mrz.name_ascii) < len(ascii_fold(details.full_name))
    assert compare_mrz(mrz, details) == []


@DETERMINISTIC
@given(citizens())
def test_generated_cards_round_trip(details: CitizenDetails) -> None:
    mrz = parse_mrz(make_mrz(details), today=TODAY)
    assert mrz.id_number == details.id_number
    assert mrz.date_of_birth == details.date_of_birth
    assert compare_mrz(mrz, details) == []


@DETERMINISTIC
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<\n ", max_size=100))
def test_no_text_crashes_the_parser(text: str) -> None:
    try:
        parse_mrz(text, today=TODAY)
    except MrzError as exc:
        assert exc.code.startswith("mrz_")


@DETERMINISTIC
@given(citizens(), st.integers(0, 29), st.sampled_from("0123456789"))
def test_a_changed_digit_in_a_checked_field_is_caught(
    details: CitizenDetails, position: int, digit: str
) -> None:
    lines = make_mrz(details)
    line2 = lines[1]
    if position not in (*range(0, 6), *range(8, 14)) or line2[position] == digit:
        return
    damaged = line2[:position] + digit + line2[position + 1 :]
    with pytest.raises(MrzError):
        parse_mrz([lines[0], damaged, lines[2]], today=TODAY)
