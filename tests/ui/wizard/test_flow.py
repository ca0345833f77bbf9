"""One citizen from lookup to created account, driven at the keyboard as an officer would,
against the real training gateway over loopback; then the gateway is asked what it holds."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTextBrowser, QWidget

from kiosk import config
from kiosk.journal import Status
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import card_files, citizen
from tests.unit.cases.conftest import accounts_with_id, attachment_of


def on_screen(kiosk: KioskApp, text: str) -> list[str]:
    """Every visible text of the window that contains `text`."""
    found = []
    for widget in kiosk.window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QPushButton):
            shown = widget.text()
        elif isinstance(widget, QTextBrowser):
            shown = widget.toPlainText()
        else:
            continue
        if text in shown:
            found.append(shown)
    return found


def test_one_citizen_from_lookup_to_account(
    officer: Officer, kiosk: KioskApp, gateway: RunningGateway, tmp_path: Path
) -> None:
    person = citizen(1)
    front, back = card_files(tmp_path, person)
    printout = tmp_path / "giay-de-nghi.pdf"
    history = kiosk.home.history
    before = officer.wait(lambda: history.page, "the officer's history").total

    officer.start_case()
    wizard = officer.wizard
    # 1. The handheld scanner reads the card's QR into the lookup field.
    officer.wedge_scan(person.payload)
    officer.wait_page(wizard.scan_page, "the scan page after the lookup")
    assert wizard.case.looked_up and not wizard.case.exists
    assert wizard.case.qr_source == "wedge"

    # 2. Both sides from the scanner's files; the PDF is made.
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
    assert wizard.scan_page.views["front"].has_image and wizard.scan_page.views["back"].has_image
    assert "KB" in wizard.scan_page.pdf_label.text()
    assert wizard.case.pdf_size <= 5 * 1024 * 1024
    officer.press(Qt.Key.Key_Return)

    # 3. Details came from the QR; the officer adds the phone and its confirmation.
    page = wizard.details_page
    officer.wait_page(page)
    assert page.name_edit.text() == person.details.full_name
    assert page.dob_edit.text() == "17/05/1990"
    assert officer.focus() is page.phone_edit
    officer.type(person.phone)
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.phone_own.isChecked()
    officer.press(Qt.Key.Key_Return)

    # 4. The form: previewed, printed (to a file here), signed.
    form = wizard.form_page
    officer.wait_page(form)
    officer.wait(lambda: form.preview.page_count == 1, "the form preview")
    officer.print_to_file(printout)
    printed = PdfReader(io.BytesIO(printout.read_bytes()))
    assert person.details.full_name in printed.pages[0].extract_text()
    officer.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert form.signed.isChecked()
    officer.press(Qt.Key.Key_Return)

    # 5. The OTP: Enter sends it; the citizen reads the code from the (simulated) phone.
    otp = wizard.otp_page
    officer.wait_page(otp)
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    officer.wait(lambda: officer.focus() is otp.code_edit, "focus on the code")
    officer.type(code)
    officer.press(Qt.Key.Key_Return)

    # 6. The result.
    result = wizard.result_page
    officer.wait_page(result, "the result page")
    assert person.details.id_number in result.username.text()
    assert "SMS" in result.password_note.text()
    case_id = wizard.case.case_id
    panel = kiosk.work.sms_panel
    assert panel is not None
    officer.wait(lambda: any("Mat khau" in t for t in panel.texts()), "the password SMS")

    # The gateway holds exactly one new account, with the ID-card PDF attached.
    accounts = accounts_with_id(gateway, person.details.id_number)
    assert len(accounts) == 1
    attachment = attachment_of(gateway, accounts[0].id)
    assert attachment.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(attachment)).pages) == 1
    assert kiosk.work.journal is not None
    assert kiosk.work.journal.load_case(case_id).status is Status.CREATED

    # "Tiếp công dân mới": a fresh case, nothing of this citizen on screen.
    officer.press(Qt.Key.Key_Return)
    officer.wait(
        lambda: kiosk.work.wizard is not None and kiosk.work.wizard is not wizard,
        "the next citizen's case",
    )
    fresh = officer.wizard
    officer.wait_page(fresh.lookup_page)
    assert fresh.case.case_id != case_id and fresh.lookup_page.id_edit.text() == ""
    assert panel.texts() == [] and panel.phone == ""
    assert not on_screen(kiosk, person.details.full_name)
    assert not on_screen(kiosk, person.details.id_number)
    assert config.load().printer.name == ""  # "print to file" is no printer to remember
    officer.wait(lambda: history.page and history.page.total == before + 1, "the history line")
    assert history.table.rowCount() == before + 1
