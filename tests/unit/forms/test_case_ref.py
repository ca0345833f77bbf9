from __future__ import annotations

import unicodedata
from datetime import date

from kiosk.forms.case_ref import derive_case_ref, is_valid_case_ref

DAY = date(2026, 3, 5)


def test_same_content_same_reference_in_any_normal_form() -> None:
    parts = ["033202000284", "Khuất Thị Ánh"]
    nfd = [unicodedata.normalize("NFD", p) for p in parts]
    assert derive_case_ref(DAY, parts) == derive_case_ref(DAY, nfd)


def test_other_content_or_day_other_reference() -> None:
    base = derive_case_ref(DAY, ["a", "b"])
    assert derive_case_ref(DAY, ["a", "c"]) != base
    # The separator keeps ("ab", "") apart from ("a", "b").
    assert derive_case_ref(DAY, ["ab", ""]) != base
    assert derive_case_ref(date(2026, 3, 6), ["a", "b"]) != base


def test_shape_is_valid_and_carries_the_day() -> None:
    ref = derive_case_ref(DAY, ["x"])
    assert ref.startswith("YC-20260305-") and len(ref) == len("YC-20260305-") + 8
    assert is_valid_case_ref(ref)


def test_validity() -> None:
    assert is_valid_case_ref("3f2b6c1e-8f0a-4c1e-9d7e-1a2b3c4d5e6f")
    assert not is_valid_case_ref("")
    assert not is_valid_case_ref("-leading-dash")
    assert not is_valid_case_ref("có dấu")
    assert not is_valid_case_ref("a" * 65)
