"""Printing the kiosk's PDFs (request form, citizen guide): the last printer, or a dialog.

Keyboard-first: Ctrl+P prints straight to the printer used last time ([printer] name in the
user's config); the first time, or with "Chọn máy in…", Qt's print dialog asks. Pages are
rendered and painted on a worker thread (QPainter may paint on a QPrinter off the GUI
thread; pdfium calls are serialised by Qt), so printing never freezes the screen. "Print to
file" writes the PDF itself, byte for byte, where the officer chose.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from kiosk import config
from kiosk.ui.tasks import TaskContext, run_task

log = logging.getLogger(__name__)

# Enough for 6-pt text on a laser printer; more only makes the spool file bigger.
PRINT_DPI = 300


class PrintFailed(Exception):
    """Printing did not happen; `message` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PdfPrinter(QObject):
    printed = Signal(str)  # what happened, for the page to say
    failed = Signal(object)  # the exception, for messages.describe
    started = Signal()

    def __init__(self, parent: QWidget, remembered: str = "") -> None:
        super().__init__(parent)
        self._parent = parent
        self.remembered = remembered
        self.dialog: QPrintDialog | None = None
        self._keep: list[object] = []  # printer, document, buffer of the job in progress
        self.busy = False

    def print_pdf(self, data: bytes, *, title: str, choose: bool = False) -> None:
        if self.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        known = QPrinterInfo.availablePrinterNames()
        if not choose and self.remembered and self.remembered in known:
            printer.setPrinterName(self.remembered)
            self._run(printer, data)
            return
        dialog = QPrintDialog(printer, self._parent)
        dialog.setObjectName("PrintDialog")
        dialog.setWindowTitle(self.tr("In {title}").format(title=title))
        dialog.accepted.connect(lambda: self._chosen(printer, data))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        QDialog.open(dialog)

    def _forget_dialog(self, dialog: QPrintDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        # Window managers give activation back to the parent; a bare platform may not.
        self._parent.window().activateWindow()

    def _chosen(self, printer: QPrinter, data: bytes) -> None:
        name = printer.printerName()
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        if name and native and name != self.remembered:
            self.remembered = name
            try:
                config.save_user({"printer": {"name": name}})
            except (OSError, config.ConfigError) as exc:
                log.warning("printer choice not saved: %s", type(exc).__name__)
        self._run(printer, data)

    def _run(self, printer: QPrinter, data: bytes) -> None:
        self.busy = True
        self.started.emit()
        target = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            path = Path(target)
            self._keep = [printer]
            run_task(
                lambda _ctx: _write_copy(path, data),
                name="print-to-file",
                on_result=lambda _r: self._done(
                    self.tr("Đã lưu tệp PDF {name}.").format(name=path.name)
                ),
                on_error=self._error,
            )
            return
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            self._error(PrintFailed(self.tr("Không đọc được tệp PDF để in.")))
            return
        self._keep = [printer, document, buffer]
        name = printer.printerName() or self.tr("mặc định")
        run_task(
            lambda ctx: _paint(ctx, printer, document),
            name="print",
            on_result=lambda _pages: self._done(
                self.tr("Đã gửi tới máy in {name}.").format(name=name)
            ),
            on_error=self._error,
        )

    def _release(self) -> None:
        for item in self._keep:
            if isinstance(item, QObject):
                item.deleteLater()
        self._keep = []
        self.busy = False

    def _done(self, text: str) -> None:
        self._release()
        self.printed.emit(text)

    def _error(self, exc: BaseException) -> None:
        self._release()
        self.failed.emit(exc)


def _write_copy(path: Path, data: bytes) -> int:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise PrintFailed(
            f"Không ghi được tệp {path.name}: thư mục không tồn tại, đầy hoặc không có quyền ghi."
        ) from exc
    return len(data)


def _paint(ctx: TaskContext, printer: QPrinter, document: QPdfDocument) -> int:
    """On the worker: each page rendered at print resolution and painted on the printer."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("Máy in không sẵn sàng (đã tắt, hết giấy hoặc mất kết nối).")
    try:
        pages = document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI)
        for index in range(pages):
            ctx.check()
            if index and not printer.newPage():
                raise PrintFailed("Máy in dừng giữa chừng; hãy kiểm tra máy in rồi in lại.")
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            painter.drawImage(printer.paperRect(QPrinter.Unit.DevicePixel), image)
            ctx.progress(int(100 * (index + 1) / pages))
    finally:
        painter.end()
    return pages
