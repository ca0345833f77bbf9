"""Printers Qt can print to, and the doctor's check of them.

Qt is imported inside the functions: `kiosk doctor` loads this module without starting a GUI,
and kiosk.doctor itself must stay Qt-free. The printer list comes from Qt's print support
plugin (Windows spooler, CUPS on Linux), the same list the print dialog shows.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def judge(printers: PrinterList, wanted: str) -> CheckResult:
    """The verdict on a printer list, given the printer the settings name ("" for default)."""
    name = "printers"
    if not printers.names:
        return failed(
            name,
            "Không thấy máy in nào",
            "Cài máy in trong hệ điều hành (Windows: Cài đặt › Máy in và máy quét; Linux: CUPS, "
            "gói cups) và in thử một trang; kiosk dùng đúng danh sách máy in của hệ thống.",
        )
    listed = ", ".join(printers.names)
    if wanted and wanted not in printers.names:
        return failed(
            name,
            f"Máy in đã chọn “{wanted}” không có; các máy in: {listed}",
            "Bật máy in đó, hoặc chọn máy in khác trong Cài đặt của kiosk (printer.name).",
        )
    chosen = wanted or printers.default
    if not chosen:
        return failed(
            name,
            f"Có máy in ({listed}) nhưng chưa có máy in mặc định",
            "Đặt một máy in mặc định trong hệ điều hành, hoặc đặt printer.name trong cấu hình.",
        )
    return passed(name, f"In ra: {chosen}; các máy in: {listed}")


def printers_check(ctx: DoctorContext) -> CheckResult:
    return judge(available_printers(), ctx.settings.printer.name)
