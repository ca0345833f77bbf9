"""The optional e-mail address."""

from __future__ import annotations

import pytest

from kiosk.domain.email_address import check_email


def test_empty_is_fine_because_email_is_optional() -> None:
    assert check_email("").value == ""
    assert check_email("   ").ok


def test_valid_address_is_normalised() -> None:
    assert check_email("  an.nguyen@Gmail.COM ").value == "an.nguyen@gmail.com"


@pytest.mark.parametrize(
    "typed", ["an.nguyen", "an@", "@gmail.com", "an nguyen@gmail.com", "an@@gmail.com", "an@gmail"]
)
def test_invalid_addresses_get_a_reason(typed: str) -> None:
    checked = check_email(typed)
    assert checked.value is None
    assert [f.code for f in checked.findings] == ["email_invalid"]
    assert checked.findings[0].field == "email"
