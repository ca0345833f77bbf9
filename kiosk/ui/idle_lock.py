"""Auto-lock of a counter left alone: after N idle minutes the citizen's data is hidden.

The watcher sees every key and mouse event of the main window; the lock screen asks for the
officer's password and gives the same screen back, untouched, when it is right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.named import named

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._armed = False
        self._watched: QWindow | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._fire)

    def watch(self, widget: QWidget) -> None:
        """Watch the input of widget's window.

        The filter sits on the QWindow, which gets every key and mouse event before the
        widgets do, rather than on the whole application: an application-wide Python filter
        also sees events of widgets in mid-destruction, which PySide cannot wrap safely.
        """
        window = widget.window().windowHandle()
        if window is None:
            widget.window().winId()  # creates the native window
            window = widget.window().windowHandle()
        if window is not None and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window

    def start(self) -> None:
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._armed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event of the application: a plain Python flag first, and no Qt call
        # at all while disarmed (objects being torn down pass through here too).
        if self._armed and event.type() in _ACTIVITY:
            self._timer.start()  # restart the countdown
        return False

    def _fire(self) -> None:
        self._armed = False
        self.idle.emit()

    def close(self) -> None:
        self._armed = False
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._timer.stop()


class LockScreen(QWidget):
    """Covers the work area; nothing of the case is visible or reachable behind it."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        outer = QHBoxLayout(self)
        card = named(QFrame(), "Card")
        card.setFixedWidth(520)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = named(QLabel(), "PageTitle")
        self.who = named(QLabel(), "Muted")
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.error = named(QLabel(), "ErrorText")
        self.error.setWordWrap(True)
        self.error_code = ""
        buttons = QHBoxLayout()
        self.unlock_button = named(QPushButton(), "Primary")
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button = QPushButton()
        self.logout_button.clicked.connect(self.logout_requested)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        for widget in (self.title, self.who, self.password, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)
        self._officer_name = ""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # Made at start-up: a language switched later must reach it too.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Màn hình đã khóa"))
        self.password.setPlaceholderText(self.tr("Mật khẩu của cán bộ"))
        self.unlock_button.setText(self.tr("Mở khóa"))
        self.logout_button.setText(self.tr("Đăng xuất"))
        if self._officer_name:
            self.who.setText(
                self.tr(
                    "Kiosk tự khóa khi không có thao tác. Thông tin đang nhập vẫn được giữ. "
                    "Cán bộ {name} nhập mật khẩu để tiếp tục."
                ).format(name=self._officer_name)
            )

    def prepare(self, officer_name: str, username: str = "") -> None:
        # The user name too: the wrong-password message names it.
        self._officer_name = f"{officer_name} ({username})" if username else officer_name
        self.retranslate()
        self.password.clear()
        self.error.clear()
        self.error_code = ""
        self.set_busy(False)
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def show_error(self, text: str, code: str = "") -> None:
        self.set_busy(False)
        self.error_code = code  # what the message says, as a code (tests, logs)
        self.error.setText(text)
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        if self.password.text():
            self.set_busy(True)
            self.error.clear()
            self.unlock_requested.emit(self.password.text())
