"""Step 1 branches: an existing account, wedge quirks, numbers that are not ID numbers."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from kiosk.journal import Status
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import SEEDED_ID_NUMBER
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import citizen


def test_an_existing_account_is_said_plainly_and_ends_the_case(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    officer.start_case()
    wizard = officer.wizard
    officer.type(SEEDED_ID_NUMBER)
    officer.press(Qt.Key.Key_Return)
    page = wizard.exists_page
    officer.wait_page(page, "the exists page")
    assert page.headline.text() == "Công dân đã có tài khoản – không cần tạo mới"
    assert "033*******34" in page.account.text()
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    # Steps 2–5 were skipped, not done.
    marks = [label.objectName() for label in wizard.steps.labels]
    assert marks == ["StepDone", *["StepSkipped"] * 4, "StepCurrent"]
    journal = kiosk.work.journal
    assert journal is not None
    officer.wait(
        lambda: journal.load_case(wizard.case.case_id).status is Status.FAILED, "the case closed"
    )

    # The printable log-in / forgot-password guide.
    target = tmp_path / "huong-dan.pdf"
    officer.print_to_file(target)
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "Quên mật khẩu" in text and "dichvucong.gov.vn" in text

    officer.press(Qt.Key.Key_Return)  # "Tiếp công dân mới"
    officer.wait(
        lambda: kiosk.work.wizard is not None and kiosk.work.wizard is not wizard, "the next case"
    )
    officer.wait_page(officer.wizard.lookup_page)


def test_a_scanner_breaking_its_payload_with_an_enter_still_fills_the_case(
    officer: Officer,
) -> None:
    person = citizen(2)
    officer.start_case()
    wizard = officer.wizard
    # Cut inside the name: the first part has fewer than 7 fields, so it is not the end.
    officer.wedge_scan(person.payload, split_at=20)
    officer.wait_page(wizard.scan_page, "the scan page")
    assert wizard.case.qr_details == person.details
    assert wizard.case.id_number == person.details.id_number


def test_a_mangled_payload_is_refused_and_fills_nothing(officer: Officer) -> None:
    person = citizen(3)
    officer.start_case()
    page = officer.wizard.lookup_page
    mangled = person.payload.replace("ầ", "?").replace("ằ", "?")
    officer.wedge_scan(mangled)
    officer.wait(lambda: page.finding.isVisible(), "the refusal")
    assert "tiếng Việt" in page.finding.text()
    assert officer.wizard.case.qr is None and not officer.wizard.case.looked_up
    assert officer.wizard.currentPage() is page


def test_a_short_number_is_refused_before_any_lookup(officer: Officer) -> None:
    officer.start_case()
    page = officer.wizard.lookup_page
    officer.type("03319")
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.finding.isVisible(), "the refusal")
    assert "12 chữ số" in page.finding.text()
    assert not officer.wizard.case.looked_up
    # Typing again hides the old reason.
    officer.press(Qt.Key.Key_Backspace)
    assert not page.finding.isVisible()


def test_a_number_with_no_real_place_code_is_refused_before_any_lookup(officer: Officer) -> None:
    officer.start_case()
    page = officer.wizard.lookup_page
    officer.type("999095012345")  # 999: no province, no country
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.finding.isVisible(), "the refusal")
    assert page.finding_code == "id_bad_place_code"
    assert not officer.wizard.case.looked_up
    assert officer.wizard.currentPage() is page
