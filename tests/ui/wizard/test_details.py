"""Step 3: the ID-card rules inline, warnings confirmed with one key; Back loses nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import citizen


def test_rules_show_inline_and_warnings_are_confirmed_with_one_key(
    officer: Officer, tmp_path: Path
) -> None:
    person = citizen(41)
    officer.to_details(person, tmp_path)
    wizard = officer.wizard
    page = wizard.details_page
    assert officer.focus() is page.phone_edit  # everything else came from the QR

    # A landline: refused beside the field, as it is typed.
    officer.type("02213856789")
    assert page.findings["phone"].isVisible()
    assert "máy bàn" in page.findings["phone"].text()
    officer.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is page and officer.focus() is page.phone_edit

    page.phone_edit.selectAll()
    officer.type(person.phone)
    assert not page.findings["phone"].isVisible()
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)

    # A birth year the ID number disagrees with: a warning, not a block.
    page.dob_edit.setFocus()
    page.dob_edit.selectAll()
    officer.type("17/05/1991")
    finding = page.findings["id_number"]
    assert finding.isVisible() and finding.objectName() == "WarningText"
    assert "sinh năm 1990" in finding.text()
    assert "17/05/1990" in page.findings["date_of_birth"].text()  # differs from the QR
    officer.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    assert officer.focus() is page.confirm
    assert "Alt+X" in page.notice.text()
    officer.press(Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert page.confirm.isChecked()
    assert set(wizard.case.confirmed_warnings) == {"id_year_mismatch", "dob_differs_from_qr"}
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.form_page)


def test_back_and_next_keep_everything_typed(officer: Officer, tmp_path: Path) -> None:
    person = citizen(42)
    officer.to_details(person, tmp_path)
    wizard = officer.wizard
    page = wizard.details_page
    officer.type("0912 3")  # half a number: not valid yet, still kept
    page.email_edit.setFocus()
    officer.type("hang@example")
    officer.click(wizard.button(wizard.WizardButton.BackButton))
    officer.wait_page(wizard.scan_page)
    assert wizard.scan_page.views["front"].has_image  # the scans are still shown
    journal = officer.app.work.journal
    assert journal is not None
    officer.wait(lambda: journal.load_case(wizard.case.case_id).step == "scan", "Back saved")
    assert journal.load_case(wizard.case.case_id).fields["phone"] == "0912 3"

    officer.press(Qt.Key.Key_Return)
    officer.wait_page(page)
    assert page.phone_edit.text() == "0912 3"
    assert page.email_edit.text() == "hang@example"
    assert page.name_edit.text() == person.details.full_name
