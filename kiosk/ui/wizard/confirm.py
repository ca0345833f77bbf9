"""The one question asked before a citizen's case is dropped (Esc, "Hủy hồ sơ")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_drop(parent: QWidget, on_drop: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal, non-blocking); `on_drop` runs only on "Hủy hồ sơ".

    "Làm tiếp" is the default and the Esc answer: a second Esc never drops anything.
    """
    box = QMessageBox(parent)
    box.setObjectName("ConfirmCancel")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ConfirmDrop", "Hủy hồ sơ"))
    box.setText(QCoreApplication.translate("ConfirmDrop", "Hủy hồ sơ của công dân này?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "ConfirmDrop",
            "Thông tin đã nhập và ảnh thẻ đã quét sẽ bị xóa khỏi máy này. "
            "Chưa có tài khoản nào được tạo.",
        )
    )
    drop = box.addButton(
        QCoreApplication.translate("ConfirmDrop", "Hủy hồ sơ"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("ConfirmDrop", "Làm tiếp"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        dropped = box.clickedButton() is drop
        box.deleteLater()
        # Window managers give activation back to the parent; a bare platform may not.
        parent.window().activateWindow()
        if dropped:
            on_drop()

    box.finished.connect(lambda _code: answered())
    box.open()
    return box
