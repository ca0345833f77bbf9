"""The BAC key of a CCCD from what the counter knows, and the expiry by the age rules."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.chip import card_key


@pytest.mark.parametrize(
    ("birth", "issue", "expiry"),
    [
        (date(1990, 3, 15), date(2021, 5, 10), date(2030, 3, 15)),  # 31 -> 40
        (date(1997, 6, 1), date(2021, 5, 10), date(2037, 6, 1)),  # 23: within 2y of 25 -> 40
        (date(1999, 6, 1), date(2021, 5, 10), date(2024, 6, 1)),  # 21 -> 25
        (date(1981, 6, 1), date(2021, 5, 10), date(2041, 6, 1)),  # 39: within 2y of 40 -> 60
        (date(2012, 2, 29), date(2024, 7, 1), date(2037, 2, 28)),  # 12 -> 25 (14 within 2y)
        (date(1962, 1, 1), date(2021, 5, 10), None),  # 59: valid for life
        (date(1950, 1, 1), date(2021, 5, 10), None),
    ],
)
def test_expiry_by_age(birth: date, issue: date, expiry: date | None) -> None:
    assert card_key.expiry_by_age(birth, issue) == expiry


def test_bac_key_from_id_number() -> None:
    key = card_key.bac_key("001090012345", date(1990, 3, 15), date(2030, 3, 15))
    assert (key.document_number, key.date_of_birth, key.date_of_expiry) == (
        "090012345",
        "900315",
        "300315",
    )
    assert "0900" not in repr(key)
    with pytest.raises(ValueError):
        card_key.document_number("0010900123")
