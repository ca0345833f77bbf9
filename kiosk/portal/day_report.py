"""One day's report for a supervisor, as PDF or CSV: what the supervisor screen exports and
`kiosk report` writes, built by the same code so both give the same file.

The gateway's supervisor list masks ID numbers and phones, so the report does too; it never
asks for data in full. reportlab is imported only when a report is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kiosk.paths import write_atomically as write_atomically  # one helper, callers kept
from kiosk.portal.models import Officer
from kiosk.portal.supervision import EXPORT_PAGE_SIZE, DayQuery, SupervisedAccount, fetch_day

if TYPE_CHECKING:
    from kiosk.forms.daily_report import AccountRecord
    from kiosk.portal.client import GatewayClient

ReportFormat = Literal["pdf", "csv"]
# Excel under Vietnamese region settings (decimal comma) splits a CSV on ';'.
CSV_DELIMITER = ";"
FORMATS: tuple[ReportFormat, ...] = ("pdf", "csv")


@dataclass(frozen=True, repr=False)
class DayReport:
    data: bytes
    format: ReportFormat
    accounts: int  # rows in the report

    def __repr__(self) -> str:
        return (
            f"DayReport(format={self.format!r}, accounts={self.accounts}, bytes={len(self.data)})"
        )


def format_for(path_name: str) -> ReportFormat | None:
    """'bao-cao.PDF' -> 'pdf'; None when the extension is neither .pdf nor .csv."""
    suffix = path_name.rsplit(".", 1)[-1].lower() if "." in path_name else ""
    return suffix if suffix in FORMATS else None


def agency_name(officer: Officer, unit_id: str | None) -> str:
    """The agency printed at the top: the chosen unit, else the supervisor's provincial
    centre (the level that reports), else their first unit."""
    units = list(officer.units)
    if unit_id:
        for unit in units:
            if unit.id == unit_id:
                return unit.name
        return unit_id
    for unit in units:
        if unit.level == "province":
            return unit.name
    return units[0].name if units else ""


def records(accounts: Sequence[SupervisedAccount]) -> list[AccountRecord]:
    from kiosk.forms.daily_report import AccountRecord

    # The review state as the screen shows it ("unreviewed" included) and the supervisor's note.
    return [
        AccountRecord(
            time=a.created_at,
            officer=a.created_by.full_name if a.created_by else "",
            unit=a.unit.name if a.unit else "",
            citizen_name=a.full_name,
            id_number=a.id_number_masked,
            phone=a.phone_masked,
            status=a.review_state,
            note=a.review.note if a.review is not None else "",
        )
        for a in accounts
    ]


def render(
    day: dt.date,
    accounts: Sequence[SupervisedAccount],
    fmt: ReportFormat,
    *,
    agency: str,
    place: str = "",
    delimiter: str = CSV_DELIMITER,
    generated_at: dt.datetime | None = None,
) -> DayReport:
    from kiosk.forms.daily_report import daily_report_csv, render_daily_report

    rows = records(accounts)
    if fmt == "csv":
        data = daily_report_csv(rows, delimiter=delimiter)
    else:
        data = render_daily_report(day, rows, agency, place=place, generated_at=generated_at)
    return DayReport(data=data, format=fmt, accounts=len(rows))


def build(
    client: GatewayClient,
    officer: Officer,
    query: DayQuery,
    fmt: ReportFormat,
    *,
    place: str = "",
    delimiter: str = CSV_DELIMITER,
    generated_at: dt.datetime | None = None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DayReport:
    """Fetch every account of the day the query selects and render the report."""
    accounts, _total = fetch_day(
        client, query, check=check, progress=progress, page_size=EXPORT_PAGE_SIZE
    )
    if check is not None:
        check()
    return render(
        query.day,
        accounts,
        fmt,
        agency=agency_name(officer, query.unit_id),
        place=place,
        delimiter=delimiter,
        generated_at=generated_at,
    )
