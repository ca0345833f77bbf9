"""AccountCase and the details rules: pure, no gateway."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.account_case import AccountCase, ExistingAccount, Outcome, Step
from kiosk.domain.citizen import Sex
from kiosk.domain.details_check import check_details, parse_birth_date
from kiosk.domain.place_name import place_from_unit_name
from tests.unit.cases.citizens import citizen

TODAY = date(2026, 3, 5)


def typed_case(**changes: object) -> AccountCase:
    person = citizen(1)
    case = AccountCase(case_id="c1", id_number=person.details.id_number, unit_id="HY-VANGIANG")
    case.set_qr(person.details, "wedge", [])
    case.fill_from_qr()
    case.phone = person.phone
    case.phone_confirmed = True
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def codes(case: AccountCase, field: str) -> list[str]:
    return [f.code for f in check_details(case, today=TODAY).of(field)]


def test_round_trip_through_the_journal_dict() -> None:
    case = typed_case(step=Step.OTP, confirmed_warnings=["id_year_mismatch"])
    case.existing = ExistingAccount("033*******21", "N. V. A.", "2026-03-01T02:00:00+00:00")
    case.outcome = Outcome(
        account_id="a", username="u", level=2, created_at="t", password_sms="sent"
    )
    data = case.to_dict()
    assert data["step"] == "otp" and data["id_number"] == case.id_number
    again = AccountCase.from_dict({**data, "field_of_a_newer_kiosk": 1})
    assert again == case
    assert again.copy() == case and again.copy() is not case


def test_the_qr_fills_only_empty_fields_unless_asked() -> None:
    case = typed_case(full_name="Trần Thị Minh Hang")
    assert case.fill_from_qr() == []
    assert case.full_name == "Trần Thị Minh Hang"
    assert case.fill_from_qr(overwrite=True) == ["full_name"]
    assert case.date_of_birth == "17/05/1990" and case.sex == "Nữ"


def test_a_complete_case_passes_with_nothing_to_confirm() -> None:
    checked = check_details(typed_case(), today=TODAY)
    assert checked.errors == [] and checked.warnings == []
    assert checked.values is not None and checked.values.phone == "+84912300001"
    assert checked.values.sex is Sex.FEMALE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/05/1990", date(1990, 5, 17)),
        ("7-5-1990", date(1990, 5, 7)),
        ("17.05.1990", date(1990, 5, 17)),
        ("17051990", date(1990, 5, 17)),
        ("1990-05-17", date(1990, 5, 17)),
    ],
)
def test_birth_dates_as_officers_type_them(text: str, expected: date) -> None:
    assert parse_birth_date(text, TODAY).value == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "dob_required"),
        ("31/02/1990", "dob_invalid"),
        ("1/1/2030", "dob_future"),
        ("05/1990", "dob_format"),
        ("01/01/1890", "dob_too_early"),
    ],
)
def test_birth_date_errors(text: str, code: str) -> None:
    assert [f.code for f in parse_birth_date(text, TODAY).findings] == [code]


def test_id_number_structure_disagreeing_is_a_warning_to_confirm() -> None:
    case = typed_case(date_of_birth="17/05/1991", sex="Nam")
    checked = check_details(case, today=TODAY)
    assert "id_year_sex_mismatch" in codes(case, "id_number")
    assert checked.errors == []
    assert not checked.passes(case.confirmed_warnings)
    case.confirmed_warnings = [w.code for w in checked.warnings]
    assert check_details(case, today=TODAY).passes(case.confirmed_warnings)


def test_typed_values_differing_from_the_card_qr_are_warned() -> None:
    case = typed_case(full_name="Trần Thị Minh Hoa", date_of_birth="18/05/1990")
    assert codes(case, "full_name") == ["name_differs_from_qr"]
    assert "dob_differs_from_qr" in codes(case, "date_of_birth")


def test_the_phone_must_be_a_mobile_and_confirmed_as_the_citizens_own() -> None:
    assert codes(typed_case(phone="02213856789"), "phone") == ["phone_not_mobile"]
    assert codes(typed_case(phone=""), "phone") == ["phone_required"]
    unconfirmed = typed_case(phone_confirmed=False)
    assert codes(unconfirmed, "phone_confirmed") == ["phone_not_confirmed"]
    assert check_details(unconfirmed, today=TODAY).values is None


def test_optional_fields_are_checked_when_filled() -> None:
    assert codes(typed_case(email="an@"), "email") == ["email_invalid"]
    assert codes(typed_case(email=""), "email") == []
    assert codes(typed_case(old_id_number="1234"), "old_id_number") == ["old_id_invalid"]
    assert codes(typed_case(sex="X"), "sex") == ["sex_invalid"]
    assert codes(typed_case(unit_id=""), "unit") == ["unit_required"]


def test_a_card_of_another_number_than_the_one_looked_up_blocks() -> None:
    case = typed_case(id_number=citizen(2).details.id_number)
    assert "qr_id_differs_from_lookup" in codes(case, "id_number")
    assert check_details(case, today=TODAY).values is None


def test_the_form_fingerprint_follows_every_printed_detail() -> None:
    first = check_details(typed_case(), today=TODAY).values
    second = check_details(typed_case(email="hang@example.vn"), today=TODAY).values
    assert first is not None and second is not None
    assert first.fingerprint() != second.fingerprint()
    again = check_details(typed_case(), today=TODAY).values
    assert again is not None and again.fingerprint() == first.fingerprint()


@pytest.mark.parametrize(
    ("unit", "place"),
    [
        (
            "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính tỉnh Hưng Yên",
            "Hưng Yên",
        ),
        ("Bộ phận Một cửa UBND phường Phố Hiến", "Phố Hiến"),
        ("BỘ PHẬN MỘT CỬA UBND XÃ VĂN GIANG", "Văn Giang"),
        ("Bộ phận một cửa", ""),
    ],
)
def test_the_place_on_the_form_comes_from_the_unit_name(unit: str, place: str) -> None:
    assert place_from_unit_name(unit) == place
