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


def test_a_corrected_number_rechecks_the_scans(officer: Officer, tmp_path: Path) -> None:
    """Another citizen's number typed by mistake: the scans' QR disagrees. Back, the number
    corrected: the scans are checked again at once, no side needs scanning again."""
    wrong, person = citizen(48), citizen(49)
    on_scan_page(officer, 48)
    wizard = officer.wizard
    page = wizard.scan_page
    front, back = card_files(tmp_path, person)
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the PDF")
    assert wizard.case.other_card_scanned
    assert wizard.case.id_number == wrong.details.id_number
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()

    officer.click(wizard.button(QWizard.WizardButton.BackButton))
    officer.wait_page(wizard.lookup_page)
    wizard.lookup_page.id_edit.selectAll()
    officer.type(person.details.id_number, wizard.lookup_page.id_edit)
    officer.press(Qt.Key.Key_Return, widget=wizard.lookup_page.id_edit)
    officer.wait_page(page)
    officer.wait(lambda: not wizard.case.other_card_scanned and not page.busy, "the recheck")
    assert wizard.case.id_number == person.details.id_number
    assert wizard.case.has_pdf and wizard.case.qr_details is not None
    assert wizard.case.qr_details.id_number == person.details.id_number
    assert page.qr_label.objectName() == "OkText"
    assert next_button.isEnabled()


def test_finding_scanners_shows_it_is_searching_and_says_when_none_is_found(
    officer: Officer, private_sane: Path
) -> None:
    (private_sane / "dll.conf").write_text("", encoding="utf-8")  # no SANE backend at all
    on_scan_page(officer, 50)
    page = officer.wizard.scan_page
    officer.click(page.find_button)
    assert page.discovery_code == "searching"
    assert page.discovery_bar.isVisible() and page.discovery_label.text()
    officer.wait(lambda: page.discovery_code != "searching", "the search to end", timeout=60)
    cameras = [e for e in officer.app.work.scanner.entries if e.driver.name == "camera"]
    assert page.discovery_code == ("found" if cameras else "none_found")
    assert not page.discovery_bar.isVisible() and page.discovery_label.text()
    assert page.find_button.isEnabled()
