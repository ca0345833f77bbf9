"""The unit naming rule of seed 002 part II (1), compared with NFC + casefold."""

from __future__ import annotations

import unicodedata
from typing import Literal

import pytest

from kiosk.domain.units import (
    IneligibleReason,
    UnitDiagnosis,
    diagnose,
    ineligible_reason,
    is_eligible_unit_name,
)


@pytest.mark.parametrize(
    "name",
    [
        "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Bộ phận một cửa UBND xã Văn Giang",
        "BỘ PHẬN MỘT CỬA UBND PHƯỜNG PHỐ HIẾN",
        "bộ phận Một Cửa",
    ],
)
def test_names_containing_a_marker_are_eligible(name: str) -> None:
    assert is_eligible_unit_name(name)
    assert ineligible_reason(name) is None


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
def test_decomposed_names_are_recognised(form: Literal["NFD", "NFKD"]) -> None:
    # Names typed on another system may arrive decomposed; lower() alone would miss them.
    name = unicodedata.normalize(form, "BỘ PHẬN MỘT CỬA UBND xã Nghĩa Trụ")
    assert name != unicodedata.normalize("NFC", name)
    assert is_eligible_unit_name(name)


def test_decomposed_upper_case_centre_is_recognised() -> None:
    name = unicodedata.normalize("NFD", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG và Kiểm soát TTHC")
    assert is_eligible_unit_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Bộ phận 1 cửa UBND xã Nghĩa Trụ",  # a digit instead of "một"
        "Bo phan mot cua UBND xa Nghia Tru",  # diacritics dropped
        "Trung tâm hành chính công",  # words missing
        "Văn phòng UBND tỉnh",
        "",
    ],
)
def test_names_breaking_the_rule_are_not_eligible(name: str) -> None:
    assert not is_eligible_unit_name(name)
    assert ineligible_reason(name) is IneligibleReason.NAME_RULE


def test_diagnosis_tells_the_two_causes_apart() -> None:
    assert diagnose([]) is UnitDiagnosis.NO_UNIT_ASSIGNED
    assert diagnose(["Bộ phận 1 cửa UBND xã Nghĩa Trụ"]) is UnitDiagnosis.NO_ELIGIBLE_UNIT
    assert diagnose(["Bộ phận 1 cửa UBND xã Nghĩa Trụ", "Bộ phận một cửa xã A"]) is None
    assert diagnose(iter(["Trung tâm phục vụ hành chính công"])) is None


def test_diagnosis_values_are_the_contract_codes() -> None:
    assert UnitDiagnosis.NO_UNIT_ASSIGNED.value == "no_unit_assigned"
    assert UnitDiagnosis.NO_ELIGIBLE_UNIT.value == "no_eligible_unit"
