"""Dates as Vietnamese administrative documents write them (Decree 30/2020, Appendix I)."""

from __future__ import annotations

from datetime import date


def dmy(day: date) -> str:
    """'24/02/2002': how a birth date is written on forms."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def long_date(day: date) -> str:
    """'ngày 05 tháng 3 năm 2026': days below 10 and months 1 and 2 take a leading zero.

    The zero for January and February keeps "tháng 1" from being altered into "tháng 11"
    or "tháng 12" by hand on a signed paper.
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year:04d}"


def place_and_date(place: str, day: date) -> str:
    """'Hưng Yên, ngày 05 tháng 3 năm 2026'."""
    return f"{place}, {long_date(day)}"
