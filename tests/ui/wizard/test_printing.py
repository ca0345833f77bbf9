"""Printing: pages rendered and painted on a worker, a PDF output read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.forms.citizen_guide import GuideReason, render_citizen_guide
from kiosk.ui.tasks import run_task
from kiosk.ui.wizard import printing
from tests.ui.wizard.driver import wait_until


def test_pages_are_painted_on_a_worker_at_print_resolution(qtbot, tmp_path: Path) -> None:
    data = render_citizen_guide(reason=GuideReason.CREATED, day=date(2026, 3, 5))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    done: list[object] = []
    run_task(
        lambda ctx: printing._paint(ctx, printer, document),
        name="print-test",
        on_result=done.append,
        on_error=done.append,
    )
    wait_until(lambda: done, what="the printout")
    assert done == [1]
    reader = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2  # A4, full page
    images = list(page.images)
    assert len(images) == 1 and images[0].image is not None
    assert images[0].image.width >= 2400  # 300 dpi across 210 mm


def test_print_to_file_writes_the_pdf_itself(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.PdfPrinter(parent)
    data = render_citizen_guide(reason=GuideReason.EXISTS, day=date(2026, 3, 5))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "copy.pdf"
    printer.setOutputFileName(str(target))
    said: list[str] = []
    job.printed.connect(said.append)
    job._run(printer, data)
    wait_until(lambda: said, what="the copy")
    assert target.read_bytes() == data
    assert "copy.pdf" in said[0]
