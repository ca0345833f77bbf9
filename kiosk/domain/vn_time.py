"""One clock for everything an officer, a supervisor or a printed form shows: Vietnam time.

Vietnam keeps UTC+7 all year (no daylight saving since 1975): that is the IANA zone
Asia/Ho_Chi_Minh, and a fixed offset needs no time-zone database (Windows Pythons ship none).
A counter PC set to another zone (freshly imaged PCs often run on UTC) still shows and prints
Vietnam time; `kiosk doctor` says when the PC's own zone differs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

OFFSET = timedelta(hours=7)
VIETNAM = timezone(OFFSET, "ICT")


def local(moment: datetime) -> datetime:
    """Vietnam wall time of an aware moment; a naive one is taken as Vietnam time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


def now() -> datetime:
    return datetime.now(VIETNAM)


def today() -> date:
    return now().date()


def day_of(moment: datetime) -> date:
    """The Vietnam calendar day a moment falls on (day reports, retention)."""
    return local(moment).date()


def pc_offset(at: datetime | None = None) -> timedelta:
    """The PC's own UTC offset (what the operating system's zone says) at `at` or now."""
    moment = (at or datetime.now(UTC)).astimezone()
    return moment.utcoffset() or timedelta(0)
