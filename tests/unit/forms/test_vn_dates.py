from __future__ import annotations

from datetime import date

import pytest

from kiosk.forms.vn_dates import dmy, long_date, place_and_date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 5), "ngày 05 tháng 3 năm 2026"),
        (date(2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
        (date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
        (date(2025, 10, 10), "ngày 10 tháng 10 năm 2025"),
        (date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
        (date(2025, 11, 1), "ngày 01 tháng 11 năm 2025"),
    ],
)
def test_long_date_pads_days_below_ten_and_months_one_and_two(day: date, expected: str) -> None:
    assert long_date(day) == expected


def test_place_and_date_line() -> None:
    assert place_and_date("Hưng Yên", date(2026, 3, 5)) == "Hưng Yên, ngày 05 tháng 3 năm 2026"


def test_birth_dates_are_written_day_month_year() -> None:
    assert dmy(date(2002, 2, 4)) == "04/02/2002"
