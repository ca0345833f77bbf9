"""The citizen's printed guide (log-in, "Quên mật khẩu"), from the result and exists pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.ui.tasks import TaskContext

if TYPE_CHECKING:
    from kiosk.ui.wizard.base_page import CasePage


def print_guide(page: CasePage, printed_label: QLabel) -> None:
    """Make the guide for the page's case on a worker, then print it (Ctrl+P)."""
    host = page.host
    if page.busy or host.currentPage() is not page or host.printer.busy:
        return
    case, service = page.case.copy(), page.service

    def printed(text: str) -> None:
        printed_label.setText(text)
        host.printer.printed.disconnect(printed)
        host.printer.failed.disconnect(failed)

    def failed(exc: object) -> None:
        printed_label.setText("")
        host.printer.printed.disconnect(printed)
        host.printer.failed.disconnect(failed)
        assert isinstance(exc, BaseException)
        page.show_error(exc)

    def render(_ctx: TaskContext) -> bytes:
        return service.guide_pdf(case)

    def rendered(pdf: bytes) -> None:
        host.printer.printed.connect(printed)
        host.printer.failed.connect(failed)
        printed_label.setText(QCoreApplication.translate("GuidePrinting", "Đang in…"))
        host.printer.print_pdf(
            pdf, title=QCoreApplication.translate("GuidePrinting", "Hướng dẫn đăng nhập")
        )

    page.run(
        render,
        name="render-guide",
        text=QCoreApplication.translate("GuidePrinting", "Đang tạo hướng dẫn…"),
        on_result=rendered,
    )
