"""The supervisor's daily report: CSV for Excel and a PDF with totals, masked by default."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import UTC, date, datetime, timedelta

from kiosk.forms.daily_report import (
    CSV_HEADER,
    AccountRecord,
    daily_report_csv,
    render_daily_report,
)
from tests.unit.forms import pdftools
from tests.unit.forms.pdftools import flat, needs_poppler

DAY = date(2026, 3, 5)
CENTRE = "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên"
COMMUNE = "Bộ phận một cửa xã Ân Thi"


def record(
    i: int, unit: str, officer: str, status: str = "unreviewed", note: str = ""
) -> AccountRecord:
    return AccountRecord(
        time=datetime(2026, 3, 5, 1, 0, tzinfo=UTC) + timedelta(minutes=7 * i),
        officer=officer,
        unit=unit,
        citizen_name=f"Nguyễn Thị Ánh {chr(ord('A') + i % 26)}",
        id_number=f"0332020{i:05d}",
        phone=f"091234{i:04d}",
        status=status,
        note=note,
    )


RECORDS = [
    record(2, CENTRE, "Trần Văn Bình"),
    record(0, CENTRE, "Nguyễn Thị Hường"),
    record(1, CENTRE, "Nguyễn Thị Hường", "needs_action", "Ảnh mặt sau bị mờ; chụp lại"),
    record(3, COMMUNE, "Lê Thị Mai", "checked"),
]


def csv_rows(data: bytes, delimiter: str = ",") -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    return list(csv.reader(io.StringIO(body), delimiter=delimiter))


def test_csv_is_utf8_with_bom_crlf_sorted_by_time_and_masked() -> None:
    data = daily_report_csv(RECORDS)
    assert b"\r\n" in data
    rows = csv_rows(data)[:5]
    assert rows[0] == list(CSV_HEADER)
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    # Times in Vietnam time (UTC+7), sorted.
    assert [r[1] for r in rows[1:]] == [
        "2026-03-05 08:00:00",
        "2026-03-05 08:07:00",
        "2026-03-05 08:14:00",
        "2026-03-05 08:21:00",
    ]
    assert rows[1][2:5] == [CENTRE, "Nguyễn Thị Hường", "Nguyễn Thị Ánh A"]
    # The review state in the screen's words, and the supervisor's note.
    assert rows[1][5:] == ["033*******00", "091****000", "Chưa kiểm tra", ""]
    assert rows[2][7:] == ["Cần xử lý", "Ảnh mặt sau bị mờ; chụp lại"]
    assert b"033202000000" not in data and b"0912340000" not in data


def test_csv_full_numbers_only_when_asked_and_other_delimiter() -> None:
    rows = csv_rows(daily_report_csv(RECORDS, show_full=True, delimiter=";"), delimiter=";")
    assert rows[1][5:7] == ["033202000000", "0912340000"]


def test_csv_defuses_formulas() -> None:
    evil = AccountRecord(
        time=datetime(2026, 3, 5, 9, 0),
        officer='=HYPERLINK("http://x")',
        unit="+1",
        citizen_name="@SUM(A1)",
        id_number="033*******00",
        phone="091****000",
        status="-",
    )
    row = csv_rows(daily_report_csv([evil]))[1]
    assert [c[0] for c in row[2:5]] == ["'", "'", "'"]
    assert row[7] == "'-"


def test_csv_ends_with_the_totals_for_excel() -> None:
    """Semicolons (Vietnamese Excel's list separator) and a note holding one survive."""
    rows = csv_rows(daily_report_csv(RECORDS, delimiter=";"), delimiter=";")
    assert rows[5:] == [
        [],
        ["Tổng cộng", "4"],
        ["Chưa kiểm tra", "2"],
        ["Đã kiểm tra", "1"],
        ["Cần xử lý", "1"],
    ]
    assert rows[2][8] == "Ảnh mặt sau bị mờ; chụp lại"


def test_empty_day_csv_is_the_header_and_a_zero_total() -> None:
    assert csv_rows(daily_report_csv([])) == [list(CSV_HEADER), [], ["Tổng cộng", "0"]]


def report_text(pdf: bytes) -> str:
    return flat(" ".join(pdftools.page_texts(pdf)))


def test_pdf_has_totals_by_unit_and_officer_and_the_list() -> None:
    text = report_text(render_daily_report(DAY, RECORDS, CENTRE, place="Hưng Yên"))
    expected = [
        "BÁO CÁO TÀI KHOẢN DỊCH VỤ CÔNG ĐÃ TẠO",
        "Ngày 05/03/2026",
        "Hưng Yên, ngày 05 tháng 3 năm 2026",
        "Cộng đơn vị",
        "TỔNG CỘNG",
        "Nguyễn Thị Ánh A",
        "033*******00",
        "091****000",
        "Cần xử lý",
        "Đã kiểm tra",
        "Chưa kiểm tra",
        "Ảnh mặt sau bị mờ; chụp lại",
        "Trang 1/",
    ]
    assert [i for i, s in enumerate(expected) if s not in text] == []
    assert "033202000000" not in text


def test_pdf_totals_add_up() -> None:
    """Hường: unreviewed 1 + needs_action 1 = 2; the centre 3; everything 4."""
    text = report_text(render_daily_report(DAY, RECORDS, CENTRE))
    assert "Nguyễn Thị Hường 1 0 1 2" in text
    assert "Cộng đơn vị 2 0 1 3" in text
    assert "TỔNG CỘNG 2 1 1 4" in text


def test_pdf_full_numbers_only_when_asked() -> None:
    text = report_text(render_daily_report(DAY, RECORDS, CENTRE, show_full=True))
    assert "033202000000" in text
    assert "che một phần" not in text


def test_long_day_spans_pages_numbered_n_of_total() -> None:
    many = [record(i, CENTRE, "Nguyễn Thị Hường") for i in range(60)]
    pdf = render_daily_report(DAY, many, CENTRE)
    pages = pdftools.page_texts(pdf)
    assert len(pages) > 1
    assert [f"Trang {i}/{len(pages)}" in flat(p) for i, p in enumerate(pages, 1)] == [True] * len(
        pages
    )
    # The list's header row repeats on every page.
    assert all("Họ và tên công dân" in flat(p) for p in pages[1:])


def test_empty_day_pdf_says_so() -> None:
    text = report_text(render_daily_report(DAY, [], COMMUNE))
    assert "Không có tài khoản nào được tạo trong ngày." in text


def test_pdf_is_deterministic_and_dated_by_its_generation_time() -> None:
    at = datetime(2026, 3, 5, 10, 30, tzinfo=UTC)
    first = render_daily_report(DAY, RECORDS, CENTRE, generated_at=at)
    assert render_daily_report(DAY, list(reversed(RECORDS)), CENTRE, generated_at=at) == first
    meta = pdftools.reader(first).metadata
    assert meta is not None and str(meta["/CreationDate"]) == "D:20260305173000+07'00'"
    assert "Lập lúc 17:30 ngày 05/03/2026." in report_text(first)


def test_record_repr_is_masked() -> None:
    shown = repr(RECORDS[0])
    assert "033*******02" in shown and "033202000002" not in shown
    assert "Nguyễn Thị Ánh" not in shown and "0912340002" not in shown


@needs_poppler
def test_fonts_embedded_and_landscape_a4() -> None:
    pdf = render_daily_report(DAY, RECORDS, CENTRE)
    rows = pdftools.fonts(pdf)
    assert rows and all(r.embedded and r.subset for r in rows)
    box = pdftools.reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_a_very_long_note_is_cut_not_a_layout_error() -> None:
    """One row must always fit on a page: a 3 000-character note is shortened with '…'."""
    long_note = "Cần bổ sung ảnh mặt sau rõ nét. " * 100
    pdf = render_daily_report(
        DAY, [record(0, CENTRE, "Trần Văn Bình", "needs_action", long_note)], CENTRE
    )
    text = report_text(pdf)
    assert "Cần bổ sung ảnh mặt sau rõ nét." in text and "…" in text
    assert text.count("Cần bổ sung") < 100
