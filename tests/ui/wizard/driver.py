"""An officer at the keyboard: key presses go where the focus is, and every one is counted.

Used by the wizard's GUI tests and by bench/bench_wizard.py (which runs without pytest, so
nothing here needs qtbot). A keyboard-wedge scan counts as one action (the officer pulls the
scanner's trigger; the scanner types the QR), not as the hundred keys it types.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from kiosk.ui.wizard.wizard import AccountWizard

OTP = re.compile(r"\b(\d{6})\b")


def wait_until(condition: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    """Let the event loop run until `condition()` is truthy; fail (never hang) if it is not."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def log_in(qtbot: Any, app: KioskApp, username: str, password: str = DEMO_PASSWORD) -> None:
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(username)
    page.password.setText(password)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    wait_until(lambda: app.work.service is not None, what="the start screen ready")


def type_text(widget: QWidget, text: str) -> None:
    """Key events for `text`; letters QTest cannot map to a key (ầ, ữ, …) go as their text,
    as a keyboard-wedge scanner in Unicode mode sends them."""
    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


class Officer:
    def __init__(self, qtbot: Any, app: KioskApp) -> None:
        self.qtbot = qtbot
        self.app = app
        self.keys = 0
        self.clicks = 0
        self.scans = 0

    @property
    def actions(self) -> int:
        return self.keys + self.clicks + self.scans

    # -- where things are ----------------------------------------------------------------------
    @property
    def wizard(self) -> AccountWizard:
        wizard = self.app.work.wizard
        assert wizard is not None, "no case on screen"
        return wizard

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.app.window

    def wait(self, condition: Callable[[], Any], what: str = "", timeout: float = 20.0) -> Any:
        return wait_until(condition, timeout, what)

    def wait_page(self, page: QWidget, what: str = "") -> None:
        self.wait(
            lambda: (
                self.app.work.wizard is not None
                and self.wizard.currentPage() is page
                and not self.wizard.current.busy
            ),  # type: ignore[union-attr]
            what or page.objectName(),
        )

    def idle(self) -> None:
        """The page on screen has no call running."""
        self.wait(
            lambda: self.wizard.current is not None and not self.wizard.current.busy,
            "the page to be idle",
        )

    # -- hands -----------------------------------------------------------------------------
    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        widget: QWidget | None = None,
    ) -> None:
        self.keys += 1
        QTest.keyClick(widget or self.focus(), key, modifier)

    def type(self, text: str, widget: QWidget | None = None) -> None:
        self.keys += len(text)
        for char in text:
            type_text(widget or self.focus(), char)

    def click(self, button: QWidget) -> None:
        self.clicks += 1
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def wedge_scan(self, payload: str, *, split_at: int | None = None) -> None:
        """A handheld scanner reads the card's QR and types it, then Enter.

        `split_at` makes it insert an Enter there too, as some scanners do in long data.
        """
        self.scans += 1
        parts = [payload] if split_at is None else [payload[:split_at], payload[split_at:]]
        for part in parts:
            for char in part:
                type_text(self.focus(), char)  # the keys go wherever the focus is now
            QTest.keyClick(self.focus(), Qt.Key.Key_Return)

    def pick_file(self, dialog: QFileDialog, path: Path) -> None:
        """In the file dialog, opened on the scanner's folder: a double-click on the file."""
        self.wait(lambda: dialog.isVisible(), "the file dialog")
        self.clicks += 1
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()

    # -- the simulated phone ---------------------------------------------------------------
    def read_otp(self, count: int = 1) -> str:
        """The newest code on the simulated phone, once `count` codes have arrived."""
        panel = self.app.work.sms_panel
        assert panel is not None, "no simulated phone (training mode)"

        def codes() -> list[str]:
            found = [OTP.search(t) for t in panel.texts() if "OTP" in t]
            return [m.group(1) for m in found if m]

        return str(self.wait(lambda: len(codes()) >= count and codes()[-1], "an OTP SMS"))

    # -- the usual path, step by step --------------------------------------------------------
    def start_case(self) -> None:
        home = self.app.home
        self.wait(lambda: home.new_button.isEnabled() and home.isVisible(), "the start screen")
        home.new_button.setFocus()
        self.press(Qt.Key.Key_Return)
        self.wait(lambda: self.app.work.wizard is not None, "a new case")
        self.wait_page(self.wizard.lookup_page)

    def scan_side(self, side: str, path: Path) -> None:
        page = self.wizard.scan_page
        self.press(Qt.Key.Key_F5 if side == "front" else Qt.Key.Key_F6)
        dialog = self.wait(lambda: page.file_dialog, f"the {side} file dialog")
        self.pick_file(dialog, path)
        self.wait(lambda: page.file_dialog is None and not page.busy, f"the {side} side")

    def print_to_file(self, target: Path) -> None:
        """On a PC without a printer: Ctrl+P asks where; the path typed, Enter."""
        printer = self.wizard.printer
        self.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = self.wait(lambda: printer.save_dialog, "the save dialog")
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        self.wait(lambda: edit.isVisible(), "the save dialog")
        # Typed, as far as the count goes; set directly, because the offscreen platform
        # cannot show the path completer's popup that real typing opens.
        self.keys += len(str(target))
        edit.setText(str(target))
        self.press(Qt.Key.Key_Return, widget=edit)
        self.wait(lambda: not printer.busy and printer.save_dialog is None, "the saved PDF")

    def print_form(self) -> None:
        """Ctrl+P to the remembered printer: no question asked."""
        printer = self.wizard.printer
        self.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        self.wait(lambda: printer.last is not None and not printer.busy, "the printout")

    def to_details(self, person: Any, folder: Path) -> None:
        """Steps 1–2 for `person` (a tests.unit.cases.citizens.Citizen): lookup and scans."""
        from tests.unit.cases.citizens import card_files

        front, back = card_files(folder, person)
        self.start_case()
        wizard = self.wizard
        self.wedge_scan(person.payload)
        self.wait_page(wizard.scan_page, "the scan page")
        self.scan_side("front", front)
        self.scan_side("back", back)
        self.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
        self.press(Qt.Key.Key_Return)
        self.wait_page(wizard.details_page)

    def to_otp(self, person: Any, folder: Path) -> None:
        """Steps 1–4: lookup, scans, details with the phone, the form printed and signed."""
        self.to_details(person, folder)
        wizard = self.wizard
        self.type(person.phone)
        self.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        self.press(Qt.Key.Key_Return)
        self.wait_page(wizard.form_page)
        self.wait(lambda: wizard.form_page.pdf, "the form")
        self.print_to_file(folder / "form.pdf")
        self.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        self.press(Qt.Key.Key_Return)
        self.wait_page(wizard.otp_page)
