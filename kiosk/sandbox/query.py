"""Dates and moments in query strings, parsed strictly.

pydantic's lax mode would read "0" as 1970-01-01 and "0.5" as a moment; a filter the officer
did not mean is worse than a refusal, so the text must be ISO 8601 and is parsed here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.sandbox.errors import ApiError, validation_error
from kiosk.sandbox.schemas import CALENDAR_MAX, CALENDAR_MIN

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?$"
)


def _invalid(name: str, kind: str) -> ApiError:
    return validation_error([{"loc": ("query", name), "type": kind}])


def parse_date(name: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _invalid(name, "date_parsing") from None
    # 0001-01-01 is a date, but its local day starts before the first UTC moment Python has
    if not CALENDAR_MIN <= day <= CALENDAR_MAX:
        raise _invalid(name, "date_out_of_range")
    return day


def parse_datetime(name: str, text: str | None) -> datetime | None:
    """An aware UTC datetime; a moment without a zone is taken as UTC."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise _invalid(name, "datetime_parsing") from None
