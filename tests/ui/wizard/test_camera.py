"""Step 2 with a document camera: chosen from the list, a live picture with the card guide,
Space keeps the frame, and the frame goes through the real crop/QR/PDF pipeline.

The camera is a FAKE (tests/helpers/fake_camera.py): this machine has none. It plays card
pictures into Qt Multimedia's video sink; everything after the sink is the kiosk's code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk import config
from kiosk.ui.app import KioskApp
from kiosk.ui.wizard.camera_dialog import CameraDialog
from kiosk.ui.wizard.scanner_choice import ScannerChoice
from tests.helpers.fake_camera import FAKE_ID, FakeCameraDriver, FakeCameraSource
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import camera_files, citizen

pytestmark = pytest.mark.hardware_fake


def with_fake_camera(kiosk: KioskApp, source: FakeCameraSource) -> FakeCameraDriver:
    driver = FakeCameraDriver(source)
    choice: ScannerChoice = kiosk.work.scanner
    choice.camera = driver
    return driver


def choose_camera(officer: Officer) -> None:
    page = officer.wizard.scan_page
    officer.click(page.find_button)
    officer.wait(lambda: page.devices.findData(f"camera:{FAKE_ID}") >= 0, "the camera listed")
    index = page.devices.findData(f"camera:{FAKE_ID}")
    page.devices.setFocus()
    page.devices.setCurrentIndex(index)
    page.devices.activated.emit(index)


def open_camera(officer: Officer, side: str) -> CameraDialog:
    page = officer.wizard.scan_page
    officer.press(Qt.Key.Key_F5 if side == "front" else Qt.Key.Key_F6)
    dialog: CameraDialog = officer.wait(lambda: page.camera_dialog, f"the {side} camera window")
    officer.wait(lambda: dialog.capture_button.isEnabled(), "the live picture")
    return dialog


def test_both_sides_from_the_camera_make_the_pdf_and_fill_the_case(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    person = citizen(71)
    front, back = camera_files(tmp_path, person)
    source = FakeCameraSource([front, back])
    with_fake_camera(kiosk, source)
    officer.start_case()
    officer.wedge_scan(person.payload)
    page = officer.wizard.scan_page
    officer.wait_page(page, "the scan page")
    choose_camera(officer)
    officer.wait(lambda: config.load().scanner.backend == "camera", "the camera remembered")
    assert config.load().scanner.device == FAKE_ID
    assert page.scan_buttons["front"].text() == "Chụp mặt trước (F5)"

    dialog = open_camera(officer, "front")
    assert dialog.view.frame is not None
    guide = dialog.view.guide_rect()
    assert abs(guide.width() / guide.height() - 85.6 / 53.98) < 0.01
    officer.press(Qt.Key.Key_Space, widget=dialog)
    officer.wait(lambda: page.camera_dialog is None and not page.busy, "the front processed")
    assert officer.wizard.case.has_front

    source.showing = 1  # the card turned over under the camera
    dialog = open_camera(officer, "back")
    officer.press(Qt.Key.Key_Space, widget=dialog)
    officer.wait(lambda: officer.wizard.case.has_pdf, "the ID-card PDF")
    case = officer.wizard.case
    assert case.qr_details is not None
    assert case.qr_details.id_number == person.details.id_number
    assert case.pdf_size <= 5 * 1024 * 1024
    assert "Đã đọc mã QR" in page.qr_label.text()
    assert not any(feed.running for feed in kiosk.work.scanner.camera.feeds)  # type: ignore[union-attr]


def test_esc_closes_the_camera_and_keeps_the_case_as_it_was(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    person = citizen(72)
    front, _back = camera_files(tmp_path, person)
    source = FakeCameraSource([front])
    driver = with_fake_camera(kiosk, source)
    officer.start_case()
    officer.wedge_scan(person.payload)
    page = officer.wizard.scan_page
    officer.wait_page(page, "the scan page")
    choose_camera(officer)
    dialog = open_camera(officer, "front")
    officer.press(Qt.Key.Key_Escape, widget=dialog)
    officer.wait(lambda: page.camera_dialog is None, "the camera window closed")
    assert not officer.wizard.case.has_front
    assert officer.wizard._confirm is None  # Esc closed the camera, it did not ask to drop
    assert not driver.feeds[-1].running
    assert source.timer is None  # the camera is released


def test_a_busy_camera_is_explained_in_vietnamese_and_nothing_is_captured(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    person = citizen(73)
    front, _back = camera_files(tmp_path, person)
    with_fake_camera(kiosk, FakeCameraSource([front], busy=True))
    officer.start_case()
    officer.wedge_scan(person.payload)
    page = officer.wizard.scan_page
    officer.wait_page(page, "the scan page")
    choose_camera(officer)
    officer.press(Qt.Key.Key_F5)
    dialog: CameraDialog = officer.wait(lambda: page.camera_dialog, "the camera window")
    officer.wait(lambda: dialog.status.isVisible(), "the camera's trouble")
    assert "Đóng các phần mềm khác đang dùng camera" in dialog.status.text()
    assert not dialog.capture_button.isEnabled()
    officer.press(Qt.Key.Key_Space, widget=dialog)
    assert not officer.wizard.case.has_front
    officer.press(Qt.Key.Key_Escape, widget=dialog)
    officer.wait(lambda: page.camera_dialog is None, "the camera window closed")
    # Files still work: the officer is never stuck on a broken camera.
    assert page.devices.findData("file:") >= 0
