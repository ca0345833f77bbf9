"""The supervisor's mark on one account: "đã kiểm tra" or "cần xử lý", with a note.

"Cần xử lý" needs a note: the officer who reads it must know what to do with the citizen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.supervisor.named import named

# The gateway's limit (ReviewRequest.note).
MAX_NOTE = 1000


class MarkDialog(QDialog):
    def __init__(
        self, citizen: str, status: str, note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MarkDialog")
        self.setWindowTitle(self.tr("Đánh dấu kiểm tra"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Tài khoản của công dân {name}").format(name=citizen))
        heading.setObjectName("PageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.checked = QRadioButton(self.tr("Đã kiểm tra: hồ sơ đúng"))
        self.needs_action = QRadioButton(self.tr("Cần xử lý: có sai sót, cần liên hệ công dân"))
        group = QButtonGroup(self)
        group.addButton(self.checked)
        group.addButton(self.needs_action)
        (self.needs_action if status == "needs_action" else self.checked).setChecked(True)
        layout.addWidget(self.checked)
        layout.addWidget(self.needs_action)
        layout.addWidget(QLabel(self.tr("Ghi chú (bắt buộc khi cần xử lý):")))
        self.note = QPlainTextEdit()
        self.note.setPlainText(note)
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note, 1)
        self.error = named(QLabel(), "ErrorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu đánh dấu"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status(self) -> str:
        return "needs_action" if self.needs_action.isChecked() else "checked"

    @property
    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _accept(self) -> None:
        if self.status == "needs_action" and not self.note_text:
            self.error.setText(self.tr("Ghi rõ cần xử lý việc gì để cán bộ liên hệ công dân."))
            self.note.setFocus()
            return
        if len(self.note_text) > MAX_NOTE:
            self.error.setText(
                self.tr("Ghi chú dài {n} ký tự; tối đa {max}.").format(
                    n=len(self.note_text), max=MAX_NOTE
                )
            )
            return
        self.accept()
