"""The kiosk's one window: training banner, header, the current screen, status bar, menus."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import kiosk
from kiosk.config import Settings

# The counter PCs' common screen; the window must be usable at this size without scrolling.
TARGET_SIZE = (1366, 768)


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    locked_changed = Signal(bool)
    # Once, when the window is first on the glass: what the first screen does not need loads
    # after it (app.py), and `kiosk --smoke` ends there.
    first_painted = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setMinimumSize(1024, 640)
        self.resize(*TARGET_SIZE)

        root = QWidget(self)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.banner = QFrame(objectName="TrainingBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 6, 16, 6)
        self.banner_text = QLabel(objectName="TrainingBannerText")
        self.banner_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner_layout.addWidget(self.banner_text)
        self.banner.setVisible(settings.training)
        layout.addWidget(self.banner)

        header = QWidget()
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel(objectName="AppTitle")
        self.officer_label = QLabel(objectName="Muted")
        self.officer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header_layout.addWidget(self.title)
        header_layout.addStretch(1)
        header_layout.addWidget(self.officer_label)
        layout.addWidget(header)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(root)

        self.mode_label = QLabel()
        self.version_label = QLabel()
        self.statusBar().addWidget(self.mode_label, 1)
        self.statusBar().addPermanentWidget(self.version_label)

        self._painted = False
        self._build_menus()
        self.retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _choose_language(self, code: str) -> None:
        # Remember where the officer was typing: retranslating must not move the focus.
        self._focus_before_switch = QApplication.focusWidget()
        self.language_chosen.emit(code)

    def set_language_checked(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    # -- content -------------------------------------------------------------------------
    def show_page(self, widget: QWidget) -> None:
        if self.pages.indexOf(widget) < 0:
            self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)

    def lock(self, lock_screen: QWidget) -> None:
        """Hide the current screen behind lock_screen; unlock() gives it back as it was."""
        if self.pages.currentWidget() is lock_screen:
            return
        self._before_lock = self.pages.currentWidget()
        self.menuBar().setEnabled(False)
        self.show_page(lock_screen)
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        previous = getattr(self, "_before_lock", None)
        if previous is not None:
            self.pages.setCurrentWidget(previous)
        self._before_lock = None
        self.menuBar().setEnabled(True)
        self.locked_changed.emit(False)

    @property
    def is_locked(self) -> bool:
        return getattr(self, "_before_lock", None) is not None

    def set_officer_text(self, text: str | Callable[[], str]) -> None:
        """Who works here, in the header: a text, or a function that words it in the current
        language (called again on every language change)."""
        self._officer_words = text if callable(text) else (lambda: text)
        self.officer_label.setText(self._officer_words())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr(
                "<b>{title}</b><br>Phiên bản {version}<br><br>"
                "Dành cho cán bộ Bộ phận một cửa và Trung tâm Phục vụ hành chính công: "
                "tạo tài khoản dịch vụ công cho công dân."
            ).format(title=self.tr("Kiosk tạo tài khoản dịch vụ công"), version=kiosk.__version__),
        )

    # -- translation -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            focus = getattr(self, "_focus_before_switch", None)
            self._focus_before_switch = None
            if focus is not None:
                # After every widget has re-worded itself (their events are queued behind).
                QTimer.singleShot(0, lambda: _give_focus_back(focus))
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiosk tạo tài khoản dịch vụ công"))
        self.title.setText(self.tr("Tạo tài khoản dịch vụ công cho công dân"))
        self.banner_text.setText(
            self.tr(
                "CHẾ ĐỘ ĐÀO TẠO — máy chủ đào tạo nội bộ; tài khoản tạo ở đây không có trên "
                "Cổng Dịch vụ công quốc gia"
            )
        )
        self.file_menu.setTitle(self.tr("&Tệp"))
        self.quit_action.setText(self.tr("Thoát"))
        self.language_menu.setTitle(self.tr("&Ngôn ngữ"))
        self.help_menu.setTitle(self.tr("Trợ &giúp"))
        self.about_action.setText(self.tr("Giới thiệu"))
        if self.settings.training:
            mode = self.tr("Máy chủ: đào tạo (chạy trong máy này)")
        else:
            mode = self.tr("Máy chủ: {url}").format(url=self.settings.gateway.url)
        counter = self.settings.counter.name
        if counter:
            mode += " · " + self.tr("Quầy: {name}").format(name=counter)
        self.mode_label.setText(mode)
        self.version_label.setText(self.tr("Phiên bản {v}").format(v=kiosk.__version__))
        words = getattr(self, "_officer_words", None)
        if words is not None:
            self.officer_label.setText(words())


def _give_focus_back(widget: QWidget) -> None:
    with contextlib.suppress(RuntimeError):  # the widget may be gone by then
        if widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
