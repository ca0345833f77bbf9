"""Printing the kiosk's PDFs (request form, citizen guide): the last printer, or a dialog.

Keyboard-first: Ctrl+P prints straight to the printer used last time ([printer] name in the
user's config); the first time, or with "Chọn máy in…", Qt's print dialog asks. Pages are
rendered and painted on a worker thread (QPainter may paint on a QPrinter off the GUI
thread; pdfium calls are serialised by Qt), so printing never freezes the screen.

The print dialog offers printers only: Qt's "Print to File" entry, which a PC without a
printer selects by itself, wrote complete request forms into the home folder under a name
nobody chose. A PDF is saved to a file only through the save dialog ("Lưu tệp PDF…", Ctrl+S,
or Ctrl+P on a PC without any printer, whose dialog title says so), where the officer chose,
and the kiosk says where. `[printer] file` (a training room without a printer, the
benchmarks) prints every job into that PDF file instead, byte for byte.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, QStandardPaths, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

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


class Route(StrEnum):
    """Where Ctrl+P sends a job."""

    FILE = "file"  # [printer] file: into that PDF file, no question
    REMEMBERED = "remembered"  # the printer used last time, no question
    CHOOSE = "choose"  # printers exist, none remembered (or it is gone): the dialog asks
    NONE = "none"  # no printer at all: only "Lưu tệp PDF…"


@dataclass(frozen=True)
class PrintDone:
    """The last job: on a printer (its name) or in a file (its full path)."""

    to_file: bool
    where: str


class PdfPrinter(QObject):
    printed = Signal(str)  # what happened, for the page to say
    failed = Signal(object)  # the exception, for messages.describe
    started = Signal()

    def __init__(self, parent: QWidget, remembered: str = "", file_target: str = "") -> None:
        super().__init__(parent)
        self._parent = parent
        self.remembered = remembered
        self.file_target = file_target
        self.dialog: QPrintDialog | None = None
        self.save_dialog: QFileDialog | None = None
        self.last: PrintDone | None = None
        self._keep: list[object] = []  # printer, document, buffer of the job in progress
        self.busy = False

    def route(self, *, choose: bool = False) -> Route:
        if self.file_target and not choose:
            return Route.FILE
        known = QPrinterInfo.availablePrinterNames()
        if not known:
            return Route.NONE
        if not choose and self.remembered in known:
            return Route.REMEMBERED
        return Route.CHOOSE

    def print_pdf(
        self, data: bytes, *, title: str, choose: bool = False, file_name: str = ""
    ) -> None:
        """Print; with no printer at all, ask where to save the PDF (`file_name` offered)."""
        if self.busy:
            return
        route = self.route(choose=choose)
        if route is Route.FILE:
            self.busy = True
            self.started.emit()
            self._write(Path(self.file_target), data)
            return
        if route is Route.NONE:
            # Qt's dialog would offer nothing but "Print to File", already chosen, to a path
            # nobody looked at: the officer is asked where the file goes instead
            self.save_pdf(data, title=title, file_name=file_name or _file_name(title))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        if route is Route.REMEMBERED:
            printer.setPrinterName(self.remembered)
            self._run(printer, data)
            return
        dialog = self.print_dialog(printer, title)
        dialog.accepted.connect(lambda: self._chosen(printer, data))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        QDialog.open(dialog)

    def print_dialog(self, printer: QPrinter, title: str) -> QPrintDialog:
        dialog = QPrintDialog(printer, self._parent)
        dialog.setObjectName("PrintDialog")
        # printers only: a file is saved through save_pdf, where the officer chooses
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setWindowTitle(self.tr("In {title}").format(title=title))
        return dialog

    def save_pdf(self, data: bytes, *, title: str, file_name: str) -> None:
        """Ask where to save the PDF; write it there, and only there."""
        if self.busy or self.save_dialog is not None:
            return
        caption = self.tr("Lưu {title} thành tệp PDF").format(title=title)
        if self.route() is Route.NONE:
            caption = self.tr("Máy tính này chưa có máy in: lưu {title} thành tệp PDF").format(
                title=title
            )
        dialog = QFileDialog(self._parent, caption)
        dialog.setObjectName("SavePdfDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Tệp PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents:
            dialog.setDirectory(documents)
        dialog.selectFile(file_name)

        def chosen(name: str) -> None:
            self.busy = True
            self.started.emit()
            self._write(Path(name), data)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(lambda _code: self._forget_save_dialog(dialog))
        self.save_dialog = dialog
        dialog.open()

    def _forget_save_dialog(self, dialog: QFileDialog) -> None:
        if self.save_dialog is dialog:
            self.save_dialog = None
        dialog.deleteLater()
        self._parent.window().activateWindow()

    def _write(self, path: Path, data: bytes) -> None:
        """On a worker: the PDF itself, byte for byte; the page is told the full path."""
        path = path.absolute()
        run_task(
            lambda _ctx: _write_copy(path, data),
            name="print-to-file",
            on_result=lambda _r: self._done(
                self.tr("Đã lưu tệp PDF vào {path}.").format(path=str(path)),
                PrintDone(True, str(path)),
            ),
            on_error=self._error,
        )

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
            # a platform dialog that still offered a file: where the officer typed it
            self._keep = [printer]
            self._write(Path(target), data)
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
                self.tr("Đã gửi tới máy in {name}.").format(name=name),
                PrintDone(False, printer.printerName()),
            ),
            on_error=self._error,
        )

    def _release(self) -> None:
        for item in self._keep:
            if isinstance(item, QObject):
                item.deleteLater()
        self._keep = []
        self.busy = False

    def _done(self, text: str, done: PrintDone) -> None:
        self._release()
        self.last = done
        self.printed.emit(text)

    def _error(self, exc: BaseException) -> None:
        self._release()
        self.failed.emit(exc)


def _file_name(title: str) -> str:
    """A file name offered for a document title: no path separators."""
    return "".join("-" if ch in '\\/:*?"<>|' else ch for ch in title).strip() + ".pdf"


def _write_copy(path: Path, data: bytes) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # a request form holds a citizen's details: a new file is the officer's alone
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(data)
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
