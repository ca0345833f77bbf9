"""Printers Qt can print to, and the doctor's check of them.

Qt is imported inside the functions: `kiosk doctor` loads this module without starting a GUI,
and kiosk.doctor itself must stay Qt-free. The printer list comes from Qt's print support
plugin (Windows spooler, CUPS on Linux), the same list the print dialog shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.doctor.codes import Hint, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed


@dataclass(frozen=True)
class PrinterList:
    names: list[str]
    default: str


def available_printers() -> PrinterList:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrinterInfo

    # Plugins are found through the application's library paths: make sure one exists.
    app = QCoreApplication.instance() or QCoreApplication([])
    try:
        return PrinterList(
            list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()
        )
    finally:
        del app


def judge(printers: PrinterList, wanted: str, file: str = "") -> CheckResult:
    """The verdict on a printer list, given the printer the settings name ("" for default);
    `file` (printer.file) prints into a file on purpose, with or without printers."""
    name = "printers"
    if file:
        return passed(name, say(Said.PRINTS_TO_FILE, file=file))
    if not printers.names:
        return failed(name, say(Said.NO_PRINTER), say(Hint.INSTALL_PRINTER))
    listed = ", ".join(printers.names)
    if wanted and wanted not in printers.names:
        return failed(
            name,
            say(Said.CHOSEN_PRINTER_MISSING, printer=wanted, printers=listed),
            say(Hint.CHOSEN_PRINTER),
        )
    chosen = wanted or printers.default
    if not chosen:
        return failed(
            name, say(Said.NO_DEFAULT_PRINTER, printers=listed), say(Hint.DEFAULT_PRINTER)
        )
    return passed(name, say(Said.PRINTERS_OK, printer=chosen, printers=listed))


def printers_check(ctx: DoctorContext) -> CheckResult:
    return judge(available_printers(), ctx.settings.printer.name, ctx.settings.printer.file)
