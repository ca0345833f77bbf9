"""Checking and normalising what the form prints, from the wizard or from JSON."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kiosk.forms.request_data import (
    REQUIRED_KEYS,
    FormDataError,
    RequestFormData,
    request_form_data_from_json,
)
from tests.unit.forms.samples import form_data, form_json


def fields_at_fault(exc: pytest.ExceptionInfo[FormDataError]) -> list[str]:
    return [f.field for f in exc.value.findings]


def test_json_with_every_key_gives_the_same_data_as_the_wizard() -> None:
    assert request_form_data_from_json(form_json()) == form_data()


def test_extra_keys_are_ignored() -> None:
    assert request_form_data_from_json(form_json(note="x", unit_id=7)) == form_data()


def test_normalises_text_phone_sex_and_id() -> None:
    data = request_form_data_from_json(
        form_json(
            full_name=unicodedata.normalize("NFD", "  Khuất   Thị\tÁnh "),
            phone="+84 912.345.678",
            sex="NỮ",
            id_number="033 202 000 284",
            email=" ",
        )
    )
    assert data.full_name == "Khuất Thị Ánh"
    assert unicodedata.is_normalized("NFC", data.full_name)
    assert data.phone == "+84912345678"
    assert data.phone_display == "0912 345 678"
    assert data.sex == "Nữ"
    assert data.id_number == "033202000284"
    assert data.email == ""


def test_optional_keys_may_be_absent_or_null() -> None:
    values = form_json(old_id_number=None, email=None)
    for key in ("sex", "address", "case_ref"):
        del values[key]
    data = request_form_data_from_json(values)
    assert (data.old_id_number, data.email, data.sex, data.address) == ("", "", "", "")
    assert data.case_ref.startswith("YC-20260305-")


def test_derived_case_ref_is_stable_and_follows_the_content() -> None:
    values = form_json()
    del values["case_ref"]
    first = request_form_data_from_json(values).case_ref
    assert request_form_data_from_json(dict(values)).case_ref == first
    assert request_form_data_from_json({**values, "phone": "0987654321"}).case_ref != first


def test_every_missing_required_key_is_named_at_once() -> None:
    with pytest.raises(FormDataError) as exc:
        request_form_data_from_json({"email": "a@example.vn"})
    assert sorted(fields_at_fault(exc)) == sorted(REQUIRED_KEYS)
    assert "thiếu (bắt buộc)" in str(exc.value)


def test_every_invalid_value_is_named_with_a_vietnamese_reason() -> None:
    bad = form_json(
        id_number="04920200028",
        old_id_number="12ab",
        full_name="Khuất V4n",
        date_of_birth="24/02/2002",
        sex="X",
        phone="02213856789",
        email="a@",
        unit_name=5,
        case_ref="có dấu",
    )
    with pytest.raises(FormDataError) as exc:
        request_form_data_from_json(bad)
    assert sorted(fields_at_fault(exc)) == sorted(
        [
            "id_number",
            "old_id_number",
            "full_name",
            "date_of_birth",
            "sex",
            "phone",
            "email",
            "unit_name",
            "case_ref",
        ]
    )
    text = exc.value.describe()
    assert "phone_not_mobile" in text  # the landline is told apart from a typo
    assert "YYYY-MM-DD" in text


def test_not_an_object() -> None:
    with pytest.raises(FormDataError) as exc:
        request_form_data_from_json([1, 2])
    assert "đối tượng JSON" in str(exc.value)


def test_birth_after_the_form_date_or_before_1900_is_refused() -> None:
    with pytest.raises(FormDataError) as exc:
        form_data(date_of_birth="2026-03-06")
    assert fields_at_fault(exc) == ["date_of_birth"]
    with pytest.raises(FormDataError):
        form_data(date_of_birth="1899-12-31")


def test_lengths_beyond_one_page_are_refused() -> None:
    with pytest.raises(FormDataError) as exc:
        form_data(address="x " * 200)
    assert fields_at_fault(exc) == ["address"]
    assert "tối đa 300" in str(exc.value)


def test_control_characters_are_refused() -> None:
    with pytest.raises(FormDataError) as exc:
        form_data(officer_name="Nguyễn\u200bThị")
    assert fields_at_fault(exc) == ["officer_name"]


def test_the_wizard_path_validates_too() -> None:
    with pytest.raises(FormDataError) as exc:
        RequestFormData(
            id_number="",
            full_name="",
            date_of_birth=date(2002, 2, 24),
            phone="",
            unit_name="",
            officer_name="",
            place="",
            date=date(2026, 3, 5),
            case_ref="",
        )
    assert sorted(fields_at_fault(exc)) == sorted(
        ["id_number", "full_name", "phone", "unit_name", "officer_name", "place", "case_ref"]
    )


def test_repr_masks_the_citizen() -> None:
    data = form_data()
    shown = repr(data)
    assert data.case_ref in shown
    assert [
        v for v in (data.id_number, data.full_name, data.phone, "912345678") if v in shown
    ] == []
