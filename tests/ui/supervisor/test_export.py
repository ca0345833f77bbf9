"""Exports of the day from the supervisor's screen: CSV for Excel, the PDF report."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

from kiosk.config import CounterSettings, Settings
from kiosk.forms.daily_report import CSV_HEADER
from tests.unit.report.factory import EXTRA_OFFICER_NAME

COMMUNE = "HY-PHOHIEN"


def _export(qtbot, view, target: Path) -> None:
    with qtbot.waitSignal(view.exported, timeout=30_000):
        assert view.export_to(target) is not None
    assert target.is_file()


def test_csv_has_every_account_of_the_day_masked_with_a_bom(
    qtbot, tmp_path, busy_day, make_view
) -> None:
    view = make_view()
    target = tmp_path / "ngay.csv"
    _export(qtbot, view, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == CSV_HEADER
    body = rows[1 : rows.index([])]
    assert len(body) == len(busy_day.all)
    assert {r[4] for r in body} == {m.full_name for m in busy_day.all}
    assert all("*" in r[5] and "*" in r[6] for r in body)
    text = raw.decode("utf-8-sig")
    assert not any(m.id_number in text or "0" + m.phone[3:] in text for m in busy_day.all)
    # As the screen says it: nothing reviewed yet; then the totals row.
    assert {r[7] for r in body} == {"Chưa kiểm tra"}
    assert rows[rows.index([]) + 1] == ["Tổng cộng", str(len(busy_day.all))]
    assert f"{len(busy_day.all)} tài khoản" in view.updated.text()


def test_export_follows_the_unit_and_officer_filters(qtbot, tmp_path, busy_day, make_view) -> None:
    view = make_view()
    bar = view.filters
    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.unit.setCurrentIndex(bar.unit.findData(COMMUNE))
    qtbot.waitUntil(lambda: bar.officer.findText(EXTRA_OFFICER_NAME) > 0, timeout=10_000)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.officer.setCurrentIndex(bar.officer.findText(EXTRA_OFFICER_NAME))
    bar.text.setText("không áp dụng cho báo cáo")  # a report counts the whole day
    target = tmp_path / "pho-hien.csv"
    _export(qtbot, view, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    rows = rows[1 : rows.index([])]
    expected = [m for m in busy_day.all if m.unit_id == COMMUNE and m.officer == "canbo3.test"]
    assert len(rows) == len(expected) > 0
    assert {r[3] for r in rows} == {EXTRA_OFFICER_NAME}


def test_pdf_report_with_totals(qtbot, tmp_path, busy_day, make_view) -> None:
    view = make_view(Settings(counter=CounterSettings(place="Hưng Yên")))
    target = tmp_path / "bao-cao.pdf"
    _export(qtbot, view, target)
    assert target.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "BÁO CÁO TÀI KHOẢN DỊCH VỤ CÔNG ĐÃ TẠO" in text
    assert "Ngày 05/03/2026" in text
    assert "Hưng Yên, ngày" in text
    assert "TỔNG CỘNG" in text and EXTRA_OFFICER_NAME in text
    assert str(len(busy_day.all)) in text
    assert not any(m.id_number in text for m in busy_day.all)


def test_csv_carries_the_review_and_its_note(
    qtbot, tmp_path, busy_day, make_view, supervisor_client
) -> None:
    """What the supervisor marked, and why, reaches the file IT mails on (issue: the export
    said "Đã tạo" where the screen said "Chưa kiểm tra", and left the note out)."""
    supervisor_client.review(busy_day.with_form.account_id, "needs_action", "Ảnh mờ; chụp lại")
    view = make_view()
    target = tmp_path / "ngay.csv"
    _export(qtbot, view, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    body = rows[1 : rows.index([])]
    marked = [r for r in body if r[7] != "Chưa kiểm tra"]
    assert [(r[4], r[7], r[8]) for r in marked] == [
        (busy_day.with_form.full_name, "Cần xử lý", "Ảnh mờ; chụp lại")
    ]
    totals = dict(tuple(r) for r in rows[rows.index([]) + 1 :])
    assert totals["Cần xử lý"] == "1"
    assert totals["Chưa kiểm tra"] == str(len(busy_day.all) - 1)
