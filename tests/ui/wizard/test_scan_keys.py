"""Step 2 at the keyboard: after a failed scan the keys go back to that side's scan button,
never to "Hủy hồ sơ" (where Enter would start dropping the case); nothing to turn before a
side is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import card_files, citizen


def on_scan_page(officer: Officer, n: int) -> None:
    officer.start_case()
    officer.type(citizen(n).details.id_number)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(officer.wizard.scan_page)


def test_turning_waits_for_a_scan(officer: Officer, tmp_path: Path) -> None:
    on_scan_page(officer, 46)
    page = officer.wizard.scan_page
    assert not page.turn_buttons["front"].isEnabled()
    assert not page.turn_buttons["back"].isEnabled()
    front, _back = card_files(tmp_path, citizen(46))
    officer.scan_side("front", front)
    assert page.turn_buttons["front"].isEnabled()
    assert not page.turn_buttons["back"].isEnabled()


def test_after_a_failed_scan_the_keys_stay_on_that_side(officer: Officer, tmp_path: Path) -> None:
    on_scan_page(officer, 47)
    wizard = officer.wizard
    page = wizard.scan_page
    front, _back = card_files(tmp_path, citizen(47))
    officer.scan_side("front", front)
    not_a_card = tmp_path / "not-a-card.png"
    not_a_card.write_bytes(b"this is no picture")
    officer.scan_side("back", not_a_card)
    officer.wait(lambda: page.notice_code and not page.busy, "the failure said")
    officer.wait(lambda: QApplication.focusWidget() is not None, "the focus placed")
    focus = QApplication.focusWidget()
    assert focus is not wizard.button(QWizard.WizardButton.CancelButton)
    assert focus is page.scan_buttons["back"]
