"""Step 2 with a real SANE driver (the `test` backend, in the kiosk's SANE child process):
picked once, errors in Vietnamese, a slow scan cancelled with Esc."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk import config
from kiosk.sandbox import RunningGateway
from kiosk.scanner.sane_worker import SaneWorkerDriver
from kiosk.ui.app import KioskApp
from kiosk.ui.tasks import running_tasks
from tests.helpers.gateway import OFFICER_2
from tests.helpers.sane_test import sane_installed, write_config
from tests.ui.wizard.driver import Officer, log_in, wait_until
from tests.unit.cases.citizens import citizen

pytestmark = pytest.mark.skipif(not sane_installed(), reason="SANE test backend not installed")


def sane_test_backend(folder: Path, **options: str) -> None:
    """The test backend with `options` in its test.conf; each scan's child process reads it."""
    write_config(folder, test_options=options or None)
    found = [d.id for d in SaneWorkerDriver().list_devices()]
    assert any(d.startswith("test:") for d in found), found


def on_scan_page(officer: Officer, n: int = 61) -> None:
    officer.start_case()
    officer.type(citizen(n).details.id_number)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(officer.wizard.scan_page)


def choose_sane(officer: Officer) -> None:
    """Once per counter: "Tìm máy quét…", then the scanner from the list (remembered)."""
    page = officer.wizard.scan_page
    assert page.devices.count() == 1  # nothing is listed unless asked: files only
    officer.click(page.find_button)
    officer.wait(lambda: page.devices.count() > 1, "the SANE devices listed")
    index = next(
        i for i in range(page.devices.count()) if page.devices.itemData(i).startswith("sane:")
    )
    page.devices.setFocus()
    page.devices.setCurrentIndex(index)
    page.devices.activated.emit(index)


def slow_scan_running(qtbot, app: KioskApp, folder: Path, citizen_no: int = 61) -> Officer:
    """Logged in, on step 2 with the SANE test scanner reading slowly, F5 pressed."""
    sane_test_backend(folder, **{"read-delay": "true", "read-delay-duration": "200000"})
    log_in(qtbot, app, OFFICER_2)
    officer = Officer(qtbot, app)
    on_scan_page(officer, citizen_no)
    choose_sane(officer)
    page = officer.wizard.scan_page
    officer.press(Qt.Key.Key_F5)
    officer.wait(lambda: page.busy and page.busy_bar.isVisible(), "the scan running")
    return officer


def test_a_jammed_scanner_is_reported_and_the_choice_remembered(
    officer: Officer, private_sane: Path
) -> None:
    sane_test_backend(
        private_sane,
        **{"enable-test-options": "true", "read-status-code": "SANE_STATUS_JAMMED"},
    )
    on_scan_page(officer)
    choose_sane(officer)
    page = officer.wizard.scan_page
    officer.press(Qt.Key.Key_F5)
    officer.wait(lambda: page.notice.text() and not page.busy, "the scanner's answer")
    assert "kẹt" in page.notice.text()  # "Giấy bị kẹt trong máy quét…"
    assert not officer.wizard.case.has_front
    officer.wait(lambda: config.load().scanner.backend == "sane", "the choice remembered")
    assert config.load().scanner.device.startswith("test:")

    # The next citizen: the remembered scanner is used as it is, nothing listed again.
    officer.press(Qt.Key.Key_Escape)
    box = officer.wait(lambda: officer.wizard._confirm, "the question")
    officer.click(next(b for b in box.buttons() if "Hủy" in b.text()))
    officer.wait(lambda: officer.app.work.wizard is None, "back home")
    on_scan_page(officer, 62)
    page = officer.wizard.scan_page
    assert page.devices.currentData().startswith("sane:test:")
    officer.press(Qt.Key.Key_F5)
    officer.wait(lambda: page.notice.text() and not page.busy, "the scanner's answer again")
    assert "kẹt" in page.notice.text()


def test_a_slow_scan_shows_progress_and_esc_cancels_it(
    qtbot, make_kiosk: Callable[..., KioskApp], gateway: RunningGateway, private_sane: Path
) -> None:
    # 75 dpi: a few slow reads, so the scan is slow but the test is not.
    officer = slow_scan_running(qtbot, make_kiosk(gateway.url, scanner="dpi = 75"), private_sane)
    page = officer.wizard.scan_page
    assert "quét" in page.busy_bar.label.text()
    officer.press(Qt.Key.Key_Escape)
    officer.wait(lambda: not page.busy, "the scan cancelled")
    assert page.notice_code == "cancelled"
    assert officer.wizard._confirm is None  # Esc stopped the scan, it did not ask to drop
    assert officer.wizard.currentPage() is page


def test_closing_the_kiosk_mid_scan_stops_the_scanner(
    qtbot, make_kiosk: Callable[..., KioskApp], gateway: RunningGateway, private_sane: Path
) -> None:
    # 300 dpi with slow reads: the scan would run for many seconds on its own.
    app = make_kiosk(gateway.url, scanner="dpi = 300")
    slow_scan_running(qtbot, app, private_sane, citizen_no=63)
    app.close()
    # The scan's child process got the cancel: Qt's thread pool has nothing left to wait for.
    wait_until(lambda: not running_tasks(), 10, "the scan to stop")


def test_discovery_stops_between_backends_when_cancelled(kiosk: KioskApp) -> None:
    choice = kiosk.work.scanner
    cancel = threading.Event()
    cancel.set()
    # Cancelled before the first backend (closing the kiosk): nothing is asked, files remain.
    assert [e.is_file for e in choice.discover(cancel)] == [True]
