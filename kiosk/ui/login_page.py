"""Officer log-in: username, password, "remember on this counter".

Only the refresh token is ever remembered (in the OS keyring), never the password; when the
keyring is not a secure one the option is switched off and the page says why.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.enter_key import EnterActs
from kiosk.ui.named import named


class LoginPage(QWidget):
    login_requested = Signal(str, str, bool)  # username, password, remember

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginPage")
        outer = QHBoxLayout(self)
        card = named(QFrame(), "Card")
        card.setFixedWidth(560)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)

        self.heading = named(QLabel(), "PageTitle")
        self.intro = named(QLabel(), "Muted")
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = named(QLineEdit(), "username")
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.remember = named(QCheckBox(), "remember")
        self.remember_note = named(QLabel(), "Muted")
        self.remember_note.setWordWrap(True)
        self.remember_note.hide()
        self.error = named(QLabel(), "ErrorText")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.submit = named(QPushButton(), "Primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)

        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignRight)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)
        self._remember_blocked_reason = ""
        # Enter on the "remember" box (or anywhere but the two fields) logs in too.
        EnterActs(self, self._submit, self.submit.isEnabled)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Đăng nhập cán bộ"))
        self.intro.setText(
            self.tr("Dùng tài khoản cán bộ một cửa đã được phân quyền tạo tài khoản công dân.")
        )
        self.username_label.setText(self.tr("Tên đăng n&hập"))
        self.password_label.setText(self.tr("&Mật khẩu"))
        self.remember.setText(self.tr("Ghi nhớ đăng nhập trên &quầy này"))
        self.remember.setToolTip(
            self.tr("Chỉ lưu phiên đăng nhập trong kho khóa của hệ điều hành, không lưu mật khẩu.")
        )
        self.submit.setText(self.tr("Đăng nhập"))
        if self._remember_blocked_reason:
            self.remember_note.setText(self._keyring_text(self._remember_blocked_reason))

    def block_remember(self, reason: str) -> None:
        """The keyring cannot keep a secret safely (reason: the keyring's status, "insecure",
        "failing", ...): no remembering, and say why in the current language."""
        self._remember_blocked_reason = reason
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember_note.setText(self._keyring_text(reason))
        self.remember_note.show()

    def _keyring_text(self, reason: str) -> str:
        if reason == "insecure":
            return self.tr(
                "Không ghi nhớ đăng nhập được: máy này chỉ có kho khóa lưu dạng văn bản thường, "
                "không an toàn. Mỗi lần mở kiosk cần đăng nhập lại."
            )
        if reason == "failing":
            return self.tr(
                "Không ghi nhớ đăng nhập được: kho khóa của hệ điều hành đang lỗi hoặc bị khóa."
            )
        return self.tr("Không ghi nhớ đăng nhập được: máy này không có kho khóa an toàn.")

    def reset(self, username: str = "") -> None:
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.set_busy(False)
        (self.password if username else self.username).setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.submit):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and not self._remember_blocked_reason)
        self.busy.setVisible(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Nhập tên đăng nhập."))
            self.username.setFocus()
            return
        if not self.password.text():
            self.show_error(self.tr("Nhập mật khẩu."))
            return
        self.error.clear()
        self.set_busy(True)
        self.login_requested.emit(username, self.password.text(), self.remember.isChecked())
