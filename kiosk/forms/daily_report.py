"""The supervisor's daily report: the accounts created on one day, by unit and officer.

Rendered from plain `AccountRecord`s (the supervisor screen fetches them from the gateway):
a PDF with totals and the list, and a CSV of the list for Excel. ID numbers and phones are
masked unless the caller asks for them in full (`show_full=True`), since a printed report
lies on desks and a CSV travels by e-mail.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kiosk.domain.masking import mask_id_number, mask_name, mask_phone
from kiosk.forms import fonts, layout
from kiosk.forms.layout import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, PAGE_SIZE
from kiosk.forms.layout import text as t
from kiosk.forms.row_table import Align, RowStyle, RowTable
from kiosk.forms.vn_dates import dmy, long_date, place_and_date

PAGE = landscape(PAGE_SIZE)
FRAME_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT

# Known statuses: the supervisor's review, in the words of the review screen ("unreviewed" is
# what the screen calls "Chưa kiểm tra"), then older creation outcomes; others print as given.
STATUS_LABELS: dict[str, str] = {
    "unreviewed": "Chưa kiểm tra",
    "checked": "Đã kiểm tra",
    "needs_action": "Cần xử lý",
    "created": "Đã tạo",
    "failed": "Không tạo được",
}
CSV_HEADER = (
    "STT",
    "Thời gian",
    "Đơn vị",
    "Cán bộ",
    "Họ và tên công dân",
    "Số CCCD",
    "Số điện thoại",
    "Trạng thái",
    "Ghi chú của giám sát viên",
)
TOTAL_LABEL = "Tổng cộng"
# Cells Excel would run as formulas (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, repr=False)
class AccountRecord:
    """One account in the report. `id_number` and `phone` may be full or already masked
    (a value containing '*' is printed as given)."""

    time: datetime  # naive means Vietnam time; aware is converted to it
    officer: str
    unit: str
    citizen_name: str
    id_number: str
    phone: str
    status: str = "unreviewed"
    note: str = ""  # the supervisor's review note; may speak of the citizen, so not in repr

    def __repr__(self) -> str:
        # Tracebacks and debug logs show this: never the citizen's data in clear.
        return (
            f"AccountRecord(time={self.time.isoformat()!r}, unit={self.unit!r}, "
            f"officer={self.officer!r}, citizen_name={mask_name(self.citizen_name)!r}, "
            f"id_number={_shown_id(self, False)!r}, phone={_shown_phone(self, False)!r}, "
            f"status={self.status!r})"
        )


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(layout.VIETNAM_TZ).replace(tzinfo=None)


def _shown_id(record: AccountRecord, show_full: bool) -> str:
    if show_full or "*" in record.id_number:
        return record.id_number
    return mask_id_number(record.id_number)


def _shown_phone(record: AccountRecord, show_full: bool) -> str:
    if show_full or "*" in record.phone:
        return record.phone
    return mask_phone(record.phone)


def _sorted(records: Sequence[AccountRecord]) -> list[AccountRecord]:
    return sorted(records, key=lambda r: (_local(r.time), r.unit, r.officer, r.citizen_name))


def daily_report_csv(
    records: Sequence[AccountRecord], *, show_full: bool = False, delimiter: str = ","
) -> bytes:
    """UTF-8 with a BOM (so Excel reads Vietnamese), CRLF rows, one row per account, then an
    empty row and the totals: all accounts, then each review state present.

    Excel splits a double-clicked CSV on the Windows list separator: ';' under the Vietnamese
    region settings (decimal comma), ',' under English ones (docs/supervisor.md).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for number, record in enumerate(_sorted(records), start=1):
        row = [
            str(number),
            f"{_local(record.time):%Y-%m-%d %H:%M:%S}",
            record.unit,
            record.officer,
            record.citizen_name,
            _shown_id(record, show_full),
            _shown_phone(record, show_full),
            status_label(record.status),
            record.note,
        ]
        writer.writerow([_defuse(cell) for cell in row])
    writer.writerow([])
    writer.writerow([TOTAL_LABEL, str(len(records))])
    for status, count in _status_counts(records):
        writer.writerow([_defuse(status_label(status)), str(count)])
    return out.getvalue().encode("utf-8-sig")


def _status_counts(records: Sequence[AccountRecord]) -> list[tuple[str, int]]:
    counts = Counter(r.status for r in records)
    return [(s, counts[s]) for s in _Totals.order(set(counts))]


def _defuse(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


@dataclass(frozen=True)
class _Totals:
    statuses: list[str]  # columns, in a stable order
    by_officer: dict[tuple[str, str], Counter[str]]  # (unit, officer) -> status counts

    @classmethod
    def of(cls, records: Sequence[AccountRecord]) -> _Totals:
        statuses = cls.order({r.status for r in records})
        by_officer: dict[tuple[str, str], Counter[str]] = {}
        for r in records:
            by_officer.setdefault((r.unit, r.officer), Counter())[r.status] += 1
        return cls(statuses, dict(sorted(by_officer.items())))

    @staticmethod
    def order(seen: set[str]) -> list[str]:
        return [s for s in STATUS_LABELS if s in seen] + sorted(seen - set(STATUS_LABELS))


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each can say 'Trang 2/5'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 10)
            self.drawRightString(
                PAGE[0] - MARGIN_RIGHT,
                MARGIN_BOTTOM - 8 * mm,
                f"Trang {self._pageNumber}/{total}",
            )
            super().showPage()
        super().save()


def render_daily_report(
    day: date,
    records: Sequence[AccountRecord],
    unit_name: str,
    *,
    place: str = "",
    show_full: bool = False,
    generated_at: datetime | None = None,
) -> bytes:
    """The report as PDF bytes (A4 landscape, as many pages as the list needs).

    `generated_at`, when given, is printed and used as the PDF's creation date; otherwise the
    report's day is, so the same records always give the same bytes.
    """
    st = layout.styles(11)
    rows = _sorted(records)
    story: list[Flowable] = [
        layout.national_header(
            st, unit_name, [], _date_line(place, generated_at, day), FRAME_WIDTH
        ),
        Spacer(1, 5 * mm),
        Paragraph("BÁO CÁO TÀI KHOẢN DỊCH VỤ CÔNG ĐÃ TẠO", st.title),
        Paragraph(f"Ngày {dmy(day)}", st.body_centered),
        Spacer(1, 4 * mm),
    ]
    if not rows:
        story.append(Paragraph("Không có tài khoản nào được tạo trong ngày.", st.body))
    else:
        story += [
            Paragraph("I. TỔNG HỢP THEO ĐƠN VỊ VÀ CÁN BỘ", st.heading),
            _totals_table(_Totals.of(rows), st),
            Spacer(1, 5 * mm),
            Paragraph("II. DANH SÁCH TÀI KHOẢN", st.heading),
            _list_table(rows, st, show_full),
        ]
        if not show_full:
            story.append(
                Paragraph(
                    "<i>Số CCCD và số điện thoại được che một phần để bảo vệ dữ liệu cá nhân.</i>",
                    st.small,
                )
            )
    if generated_at is not None:
        at = _local(generated_at)
        story.append(Paragraph(f"<i>Lập lúc {at:%H:%M} ngày {dmy(at.date())}.</i>", st.small))
    created = _local(generated_at) if generated_at else datetime.combine(day, time(0, 0))
    built = layout.build_pdf(
        story,
        title="Báo cáo tài khoản dịch vụ công đã tạo",
        subject=f"Ngày {day.isoformat()}",
        created=created.replace(tzinfo=layout.VIETNAM_TZ),
        pagesize=PAGE,
        canvasmaker=_NumberedCanvas,
    )
    return built.data


def _date_line(place: str, generated_at: datetime | None, day: date) -> str:
    when = _local(generated_at).date() if generated_at else day
    if place:
        return place_and_date(place, when)
    line = long_date(when)
    return line[:1].upper() + line[1:]


def _grid(table: Table, header_rows: int = 1, bold_rows: Sequence[int] = ()) -> None:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), "#e6e6e6"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in bold_rows:
        commands.append(("BACKGROUND", (0, row), (-1, row), "#f2f2f2"))
    table.setStyle(layout.table_style(*commands))


def _totals_table(totals: _Totals, st: layout.Styles) -> Table:
    def cell(value: str, bold: bool = False) -> Paragraph:
        return Paragraph(f"<b>{value}</b>" if bold else value, st.table_cell)

    def number(n: int, bold: bool = False) -> Paragraph:
        return Paragraph(f"<b>{n}</b>" if bold else str(n), st.table_number)

    header = [Paragraph(h, st.table_head) for h in ("Đơn vị", "Cán bộ")]
    header += [Paragraph(t(status_label(s)), st.table_head) for s in totals.statuses]
    header.append(Paragraph("Tổng", st.table_head))
    data: list[list[Paragraph]] = [header]
    bold_rows: list[int] = []
    grand: Counter[str] = Counter()
    units = sorted({unit for unit, _ in totals.by_officer})
    for unit in units:
        unit_sum: Counter[str] = Counter()
        for (u, officer), counts in totals.by_officer.items():
            if u != unit:
                continue
            unit_sum.update(counts)
            data.append(
                [cell(t(unit)), cell(t(officer))]
                + [number(counts[s]) for s in totals.statuses]
                + [number(sum(counts.values()))]
            )
        data.append(
            [cell(t(unit), bold=True), cell("Cộng đơn vị", bold=True)]
            + [number(unit_sum[s], bold=True) for s in totals.statuses]
            + [number(sum(unit_sum.values()), bold=True)]
        )
        bold_rows.append(len(data) - 1)
        grand.update(unit_sum)
    data.append(
        [cell("TỔNG CỘNG", bold=True), cell("")]
        + [number(grand[s], bold=True) for s in totals.statuses]
        + [number(sum(grand.values()), bold=True)]
    )
    bold_rows.append(len(data) - 1)
    count_width = 24 * mm
    fixed = count_width * (len(totals.statuses) + 1)
    unit_width = (FRAME_WIDTH - fixed) * 0.55
    widths = [unit_width, FRAME_WIDTH - fixed - unit_width] + [count_width] * (
        len(totals.statuses) + 1
    )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    _grid(table, bold_rows=bold_rows)
    return table


def _list_table(rows: list[AccountRecord], st: layout.Styles, show_full: bool) -> RowTable:
    header = (
        "STT",
        "Giờ",
        "Họ và tên công dân",
        "Số CCCD",
        "Số điện thoại",
        "Cán bộ",
        "Đơn vị",
        "Trạng thái",
        "Ghi chú",
    )
    cells = [
        (
            str(number),
            f"{_local(r.time):%H:%M}",
            r.citizen_name,
            _shown_id(r, show_full),
            _shown_phone(r, show_full),
            r.officer,
            r.unit,
            status_label(r.status),
            r.note,
        )
        for number, r in enumerate(rows, start=1)
    ]
    widths_mm = [10, 14, 40, 28, 26, 32, 0, 24, 46]
    fixed = sum(widths_mm) * mm
    widths = [w * mm for w in widths_mm]
    widths[6] = FRAME_WIDTH - fixed
    left: Align = "left"
    aligns: list[Align] = ["center", "center", *[left] * 7]
    cell = st.table_cell
    style = RowStyle(cell.fontName, fonts.BOLD, cell.fontSize, cell.leading)
    return RowTable(header, cells, widths, aligns, style)
