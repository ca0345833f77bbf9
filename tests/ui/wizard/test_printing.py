"""Printing: pages rendered and painted on a worker, a PDF output read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.forms.citizen_guide import GuideReason, render_citizen_guide
from kiosk.ui.tasks import run_task
from kiosk.ui.wizard import printing
from tests.ui.wizard.driver import Officer, wait_until
from tests.unit.cases.citizens import citizen


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
    assert job.last == printing.PrintDone(True, str(target))


def _pdfs(kiosk_home: Path) -> set[Path]:
    """PDFs in the kiosk's folders and at the top of the home folder (Qt's default target)."""
    return set(kiosk_home.rglob("*.pdf")) | set(Path.home().glob("*.pdf"))


def test_without_a_printer_the_page_says_so_and_a_file_goes_where_chosen(
    officer: Officer, kiosk_home: Path, tmp_path: Path
) -> None:
    person = citizen(3)
    (tmp_path / "scans").mkdir()
    officer.to_details(person, tmp_path / "scans")
    wizard = officer.wizard
    officer.type(person.phone)
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    form = wizard.form_page
    officer.wait_page(form)
    officer.wait(lambda: form.pdf, "the form")
    printer = wizard.printer
    assert form.printer_route is printing.Route.NONE
    assert form.printer_note.isVisible()
    assert not form.choose_button.isEnabled()
    before = _pdfs(kiosk_home)

    # Ctrl+P opens no print dialog that would pick "Print to File" by itself: it asks where.
    officer.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    officer.wait(lambda: printer.save_dialog is not None, "the save dialog")
    assert printer.dialog is None and not printer.busy
    save = printer.save_dialog
    assert save is not None
    save.reject()
    officer.wait(lambda: printer.save_dialog is None, "the dialog closed")
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    officer.press(Qt.Key.Key_P, shift)  # "another printer": there is none to choose
    assert printer.dialog is None and printer.save_dialog is None
    assert not form.case.form_printed and printer.last is None
    assert _pdfs(kiosk_home) == before

    target = tmp_path / "chosen" / "giay.pdf"
    target.parent.mkdir()
    officer.print_to_file(target)
    assert target.read_bytes() == form.pdf
    assert printer.last == printing.PrintDone(True, str(target))
    assert form.case.form_printed
    assert _pdfs(kiosk_home) - before <= {target}
    assert str(target) in form.printed_label.text()  # the kiosk says where


def test_a_configured_file_printer_prints_without_a_question(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "printer" / "out.pdf"
    job = printing.PdfPrinter(parent, file_target=str(target))
    assert job.route() is printing.Route.FILE
    data = render_citizen_guide(reason=GuideReason.CREATED, day=date(2026, 3, 5))
    job.print_pdf(data, title="guide")
    assert job.dialog is None and job.save_dialog is None
    wait_until(lambda: job.last is not None, what="the printout")
    assert target.read_bytes() == data
    assert target.stat().st_mode & 0o077 == 0
    assert job.last == printing.PrintDone(True, str(target))


def test_the_print_dialog_offers_printers_only(qtbot) -> None:
    """Without the option Qt's dialog lists "Print to File (PDF)" among the printers. (Not
    opened here: Qt's dialog with no printer and no file entry is not a state the kiosk
    shows; without any printer it opens the save dialog instead.)"""
    from PySide6.QtPrintSupport import QAbstractPrintDialog
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    job = printing.PdfPrinter(parent)
    dialog = job.print_dialog(QPrinter(QPrinter.PrinterMode.HighResolution), "x")
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert dialog.parent() is parent
