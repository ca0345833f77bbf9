"""Unexpected errors: logged (masked), then a calm dialog; the window and the case stay.

sys.excepthook catches errors on the GUI thread (Qt slots), threading.excepthook those of plain
threads. Both end in one notifier whose signal is delivered on the GUI thread, so a worker
never touches a widget.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk import paths
from kiosk.logs import LOG_FILE

log = logging.getLogger("kiosk.crash")


class CrashNotifier(QObject):
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crashed.connect(self._show)
        self.shown: list[QMessageBox] = []

    @Slot(str)
    def _show(self, where: str) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Có lỗi ngoài dự kiến"))
        box.setText(
            self.tr(
                "Kiosk gặp một lỗi ngoài dự kiến nhưng vẫn tiếp tục chạy. "
                "Thông tin công dân đang nhập không bị mất."
            )
        )
        box.setInformativeText(
            self.tr("Nếu lỗi lặp lại, hãy báo bộ phận CNTT và gửi kèm tệp nhật ký:\n{path}").format(
                path=str(paths.log_dir() / LOG_FILE)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setObjectName(f"crash-dialog-{where}")
        self.shown.append(box)
        box.finished.connect(lambda _r, b=box: self.shown.remove(b) if b in self.shown else None)
        box.open()  # not exec(): the event loop (timers, workers) keeps running


_notifier: CrashNotifier | None = None


def install(notifier: CrashNotifier) -> None:
    global _notifier
    _notifier = notifier

    def on_exception(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error on the GUI thread", exc_info=(kind, value, tb))
        notifier.crashed.emit("gui")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )
        notifier.crashed.emit("thread")

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def uninstall() -> None:
    global _notifier
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _notifier = None
