"""The citizen's mobile number: libphonenumber decides, we tidy and explain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.phone import check_phone, format_phone_display
from tests.unit.domain.strategies import DETERMINISTIC


@pytest.mark.parametrize(
    "typed",
    [
        "0912345678",
        "091 234 5678",
        "0912.345.678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "0084912345678",
        "(+84) 912-345-678",
        "０９１２３４５６７８",
    ],
)
def test_the_ways_officers_type_one_mobile_number(typed: str) -> None:
    checked = check_phone(typed)
    assert checked.value == "+84912345678"
    assert checked.findings == ()


@pytest.mark.parametrize(
    "mobile",
    [
        "0321234567",
        "0861234567",
        "0811234567",
        "0701234567",
        "0522345678",
        "0591234567",
        "0871234567",
        "0991234567",
    ],
)
def test_every_network_prefix_of_domain_facts_is_mobile(mobile: str) -> None:
    assert check_phone(mobile).ok


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone_required"),
        ("0912abc678", "phone_not_digits"),
        ("02213456789", "phone_not_mobile"),  # Hưng Yên landline
        ("02439876543", "phone_not_mobile"),  # Hà Nội landline
        ("+14155552671", "phone_foreign"),
        ("+66812345678", "phone_foreign"),
        ("091234567", "phone_invalid"),
        ("09123456789", "phone_invalid"),
        ("0112345678", "phone_invalid"),
    ],
)
def test_numbers_that_cannot_receive_the_otp(typed: str, code: str) -> None:
    checked = check_phone(typed)
    assert checked.value is None
    assert [f.code for f in checked.findings] == [code]
    assert checked.findings[0].field == "phone"


def test_a_landline_is_refused_as_not_mobile() -> None:
    assert check_phone("02213456789").findings[0].code == "phone_not_mobile"


def test_display_format() -> None:
    assert format_phone_display("+84912345678") == "0912 345 678"
    assert format_phone_display("+14155552671") == "+14155552671"


@DETERMINISTIC
@given(st.text(alphabet="0123456789+ .-()x", max_size=20))
def test_no_input_crashes_and_output_is_e164(text: str) -> None:
    checked = check_phone(text)
    if checked.value is not None:
        assert checked.value.startswith("+84") and checked.value[1:].isdigit()
    else:
        assert checked.errors
