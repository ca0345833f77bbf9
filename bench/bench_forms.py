"""PDF generation: the request form, the citizen guide and the daily report, each next to a
minimal reportlab one-page document measured in the same run.

Warm figures (fonts registered, modules imported) are what an officer waits for on the
form page; the cold figure is the first form after the kiosk starts, in a fresh process.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from reportlab.pdfgen.canvas import Canvas

from bench.harness import Row, timed
from kiosk.forms.citizen_guide import GuideReason, render_citizen_guide
from kiosk.forms.daily_report import AccountRecord, daily_report_csv, render_daily_report
from kiosk.forms.request_data import RequestFormData
from kiosk.forms.request_form import render_request_form

MINIMAL = """
import io
from reportlab.pdfgen.canvas import Canvas
buffer = io.BytesIO()
canvas = Canvas(buffer, invariant=1)
canvas.setFont("Helvetica", 13)
canvas.drawString(85, 760, "Cong hoa xa hoi chu nghia Viet Nam")
canvas.showPage()
canvas.save()
"""

FIRST_FORM = """
import datetime
from kiosk.forms.request_data import RequestFormData
from kiosk.forms.request_form import render_request_form
render_request_form(RequestFormData(
    id_number="033202000284", full_name="Khuất Thị Ánh Tuyết",
    date_of_birth=datetime.date(2002, 2, 24), sex="Nữ", phone="0912345678",
    email="anh.tuyet@example.vn", address="Thôn Xuân Đào, xã Hoàng Hoa Thám, tỉnh Hưng Yên",
    unit_name="Trung tâm Phục vụ hành chính công tỉnh Hưng Yên",
    officer_name="Nguyễn Thị Hường", place="Hưng Yên", date=datetime.date(2026, 3, 5),
    case_ref="YC-20260305-K3QZ7D2M"))
"""


def _minimal_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica", 13)
    canvas.drawString(85, 760, "Cong hoa xa hoi chu nghia Viet Nam")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _floor_list_pdf(records: list[AccountRecord]) -> bytes:
    """The floor for a long report: every row's cells drawn as one unwrapped line each, 40
    rows a page, the report's font; no totals, no grid."""
    from kiosk.forms import fonts

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for start in range(0, len(records), 40):
        canvas.setFont(fonts.REGULAR, 10.5)
        for line, r in enumerate(records[start : start + 40]):
            cells = (r.citizen_name, r.id_number, r.phone, r.officer, r.unit, r.status, r.note)
            canvas.drawString(30, 560 - 13 * line, "  ".join(cells))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _form(**changes: str) -> RequestFormData:
    values: dict[str, str] = {
        "id_number": "033202000284",
        "old_id_number": "145678912",
        "full_name": "Khuất Thị Ánh Tuyết",
        "sex": "Nữ",
        "phone": "0912345678",
        "email": "anh.tuyet@example.vn",
        "address": "Thôn Xuân Đào, xã Hoàng Hoa Thám, huyện Ân Thi, tỉnh Hưng Yên",
        "unit_name": "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính "
        "tỉnh Hưng Yên",
        "officer_name": "Nguyễn Thị Hường",
        "place": "Hưng Yên",
        "case_ref": "YC-20260305-K3QZ7D2M",
    }
    values.update(changes)
    return RequestFormData(date_of_birth=date(2002, 2, 24), date=date(2026, 3, 5), **values)


def _records(n: int) -> list[AccountRecord]:
    start = datetime(2026, 3, 5, 1, 0, tzinfo=UTC)
    return [
        AccountRecord(
            time=start + timedelta(minutes=3 * i),
            officer=("Nguyễn Thị Hường", "Trần Văn Bình", "Lê Thị Mai")[i % 3],
            unit=("Trung tâm Phục vụ hành chính công tỉnh Hưng Yên", "Bộ phận một cửa xã Ân Thi")[
                i % 2
            ],
            citizen_name=f"Nguyễn Văn Ánh {i}",
            id_number=f"0332020{i:05d}",
            phone=f"091234{i:04d}",
            status=("unreviewed", "checked", "needs_action")[i % 3],
            note="Ảnh mặt sau bị mờ; cần chụp lại" if i % 10 == 0 else "",
        )
        for i in range(n)
    ]


def _cold_ms(script: str, runs: int) -> float:
    samples = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, KIOSK_HOME=home)
        subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


def run(repeat: int = 15) -> list[Row]:
    form = _form()
    long_form = _form(
        full_name="Nguyễn Huỳnh Phương Thảo Thị Ngọc Bích Trâm Anh Hoàng Bảo Khánh Linh "
        "Tôn Nữ Diệu Hạnh Mỹ Dung Quỳnh Như Ý Xuân Thu Hà Vy",
        address=("Số nhà 123, ngõ 456, ngách 67, đường Nguyễn Văn Linh, tổ dân phố số 8, " * 4)[
            :300
        ].strip(),
    )
    records = _records(200)
    render_request_form(form)  # registers the fonts: the kiosk does this once per run

    minimal = timed(_minimal_pdf, repeat=repeat)
    form_ms = timed(lambda: render_request_form(form), repeat=repeat)
    long_ms = timed(lambda: render_request_form(long_form), repeat=repeat)
    guide_ms = timed(
        lambda: render_citizen_guide(
            reason=GuideReason.CREATED,
            day=date(2026, 3, 5),
            unit_name="Trung tâm Phục vụ hành chính công tỉnh Hưng Yên",
            id_number="033202000284",
            phone="+84912345678",
        ),
        repeat=repeat,
    )
    report_ms = timed(lambda: render_daily_report(date(2026, 3, 5), records, "Hưng Yên"), repeat=5)
    csv_ms = timed(lambda: daily_report_csv(records), repeat=repeat)
    # A busy provincial day (issue: 10.1 s for the PDF before the row-by-row list).
    busy = _records(5000)
    floor_5000 = timed(lambda: _floor_list_pdf(busy), repeat=3)
    report_5000 = timed(lambda: render_daily_report(date(2026, 3, 5), busy, "Hưng Yên"), repeat=3)
    csv_5000 = timed(lambda: daily_report_csv(busy), repeat=3)
    cold_min = _cold_ms(MINIMAL, 5)
    cold_form = _cold_ms(FIRST_FORM, 5)
    size_kb = len(render_request_form(form)) / 1024
    return [
        Row("forms", "minimal reportlab page (baseline, warm)", minimal, "ms"),
        Row("forms", "request form (warm)", form_ms, "ms", baseline=minimal),
        Row(
            "forms",
            "request form, 120-char name + 300-char address",
            long_ms,
            "ms",
            baseline=minimal,
            note="tries 13/12/11 pt until one page",
        ),
        Row("forms", "citizen guide (warm)", guide_ms, "ms", baseline=minimal),
        Row("forms", "daily report PDF, 200 accounts", report_ms, "ms", baseline=minimal),
        Row("forms", "daily report CSV, 200 accounts", csv_ms, "ms"),
        Row("forms", "5 000 rows, one unwrapped line each (floor)", floor_5000, "ms"),
        Row(
            "forms",
            "daily report PDF, 5 000 accounts",
            report_5000,
            "ms",
            baseline=floor_5000,
            note="goal <= 2000 ms",
        ),
        Row("forms", "daily report CSV, 5 000 accounts", csv_5000, "ms", note="goal <= 500 ms"),
        Row("forms", "minimal reportlab page, fresh process", cold_min, "ms"),
        Row(
            "forms",
            "first request form, fresh process",
            cold_form,
            "ms",
            baseline=cold_min,
            note="imports + font parsing",
        ),
        Row("forms", "request form size", size_kb, "KiB", note="3 subset fonts embedded"),
    ]
