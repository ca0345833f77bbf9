"""The one question asked before a citizen's case is dropped (Esc, "Hủy hồ sơ").

It words itself from what the journal says of the case (kiosk.cases.CaseState), never from
what the screen assumes: a case whose create may have left cannot be dropped, and the dialog
says the account may exist; only a case with nothing sent says no account was created.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.cases import CaseState


def ask_to_drop(
    parent: QWidget,
    state: CaseState,
    on_drop: Callable[[], None],
    on_leave: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open the question (window-modal, non-blocking) for a case in `state`.

    WORKING: "Hủy hồ sơ" runs `on_drop`; "Làm tiếp" is the default and the Esc answer, so a
    second Esc never drops anything. CREATING: nothing can be dropped; "Về màn hình chính"
    (when `on_leave` is given) leaves the case kept, to be reconciled. The box's `case_state`
    property names the state it was worded from.
    """
    box = QMessageBox(parent)
    box.setObjectName("ConfirmCancel")
    box.setProperty("case_state", state.value)
    box.setWindowTitle(QCoreApplication.translate("ConfirmDrop", "Hủy hồ sơ"))
    drop = leave = None
    if state is CaseState.WORKING:
        box.setIcon(QMessageBox.Icon.Question)
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
    else:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(QCoreApplication.translate("ConfirmDrop", "Hồ sơ này không hủy được lúc này."))
        box.setInformativeText(
            QCoreApplication.translate(
                "ConfirmDrop",
                "Yêu cầu tạo tài khoản đã được gửi đi: tài khoản có thể đã được tạo. Hồ sơ "
                "được giữ trong “Hồ sơ đang làm dở”; kiosk hỏi lại Cổng cho tới khi biết kết "
                "quả, và không bao giờ tạo trùng tài khoản.",
            )
            if state is CaseState.CREATING
            else QCoreApplication.translate(
                "ConfirmDrop", "Hồ sơ này đã kết thúc; không còn gì để hủy."
            )
        )
        if on_leave is not None:
            leave = box.addButton(
                QCoreApplication.translate("ConfirmDrop", "Về màn hình chính"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        keep = box.addButton(
            QCoreApplication.translate("ConfirmDrop", "Làm tiếp")
            if on_leave is not None
            else QCoreApplication.translate("ConfirmDrop", "Đóng"),
            QMessageBox.ButtonRole.RejectRole,
        )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        # Window managers give activation back to the parent; a bare platform may not.
        parent.window().activateWindow()
        if drop is not None and clicked is drop:
            on_drop()
        elif leave is not None and clicked is leave and on_leave is not None:
            on_leave()

    box.finished.connect(lambda _code: answered())
    box.open()
    return box
