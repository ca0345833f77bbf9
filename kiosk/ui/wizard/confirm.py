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


def ask_to_log_out(
    parent: QWidget, state: CaseState | None, on_logout: Callable[[], None]
) -> QMessageBox:
    """The question before logging out with a citizen's case on screen, worded from `state`
    (None: the journal could not say).

    Logging out drops nothing: the case stays in the journal as it is. "Ở lại" is the
    default and the Esc answer; "Đăng xuất" (object name LogoutAnyway) runs `on_logout`.
    """
    box = QMessageBox(parent)
    box.setObjectName("ConfirmLogout")
    box.setProperty("case_state", state.value if state is not None else "")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ConfirmLogout", "Đăng xuất"))
    box.setText(
        QCoreApplication.translate("ConfirmLogout", "Đăng xuất khi hồ sơ của công dân đang mở?")
    )
    if state is CaseState.WORKING:
        detail = QCoreApplication.translate(
            "ConfirmLogout",
            "Chưa có tài khoản nào được tạo cho hồ sơ này. Hồ sơ được giữ trong “Hồ sơ đang "
            "làm dở”: đăng nhập lại để làm tiếp.",
        )
    elif state is CaseState.CREATING:
        detail = QCoreApplication.translate(
            "ConfirmLogout",
            "Yêu cầu tạo tài khoản đã được gửi đi: tài khoản có thể đã được tạo. Hồ sơ được "
            "giữ trong “Hồ sơ đang làm dở”; kiosk hỏi lại Cổng sau khi đăng nhập lại, và không "
            "bao giờ tạo trùng tài khoản.",
        )
    elif state is CaseState.CREATED:
        detail = QCoreApplication.translate(
            "ConfirmLogout", "Tài khoản của công dân đã được tạo; màn hình kết quả sẽ đóng lại."
        )
    elif state is CaseState.ENDED:
        detail = QCoreApplication.translate("ConfirmLogout", "Hồ sơ này đã kết thúc.")
    else:  # the journal could not be read: claim nothing about the case
        detail = QCoreApplication.translate(
            "ConfirmLogout",
            "Không đọc được trạng thái hồ sơ lúc này; hồ sơ được giữ nguyên trên máy này.",
        )
    box.setInformativeText(detail)
    leave = box.addButton(
        QCoreApplication.translate("ConfirmLogout", "Đăng xuất"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    leave.setObjectName("LogoutAnyway")
    stay = box.addButton(
        QCoreApplication.translate("ConfirmLogout", "Ở lại"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        parent.window().activateWindow()
        if clicked is leave:
            on_logout()

    box.finished.connect(lambda _code: answered())
    box.open()
    return box
