"""Step 5 branches: a wrong code, an expired one, resending, the newest code only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.cases import NeedsNewCode, Refused
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import ManualClock
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import citizen
from tests.unit.cases.conftest import accounts_with_id


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_wrong_code_says_so_and_the_right_one_creates(
    officer: Officer, gateway: RunningGateway, tmp_path: Path
) -> None:
    person = citizen(21)
    officer.to_otp(person, tmp_path)
    page = officer.wizard.otp_page
    officer.press(Qt.Key.Key_Return)  # send
    code = officer.read_otp()
    officer.type(wrong(code))
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.notice_code == "otp_invalid", "the refusal")
    assert isinstance(page.last_outcome, Refused) and page.last_outcome.attempts_left == 4
    assert officer.wizard.currentPage() is page
    assert accounts_with_id(gateway, person.details.id_number) == []
    # The code is selected: typing replaces it.
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(officer.wizard.result_page, "the result")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_resend_waits_for_the_countdown_and_only_the_newest_code_counts(
    officer: Officer, gateway: RunningGateway, gateway_clock: ManualClock, tmp_path: Path
) -> None:
    person = citizen(22)
    officer.to_otp(person, tmp_path)
    page = officer.wizard.otp_page
    officer.press(Qt.Key.Key_Return)
    first = officer.read_otp(1)
    officer.wait(lambda: "60 giây" in page.countdown.text(), "the countdown")
    assert not page.send_button.isEnabled()
    officer.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # too early: nothing
    assert page.send_button.text().startswith("Gửi lại")
    gateway_clock.advance(61)
    officer.wait(lambda: page.send_button.isEnabled(), "resend allowed")
    officer.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    newest = officer.read_otp(2)
    assert officer.wizard.case.otp_sends == 2
    if newest != first:
        officer.type(first)
        officer.press(Qt.Key.Key_Return)
        officer.wait(lambda: page.notice_code and not page.busy, "the refusal")
        assert page.notice_code in ("otp_superseded", "otp_invalid")
        officer.wait(
            lambda: page.code_edit.text() == "" or page.code_edit.hasSelectedText(),
            "the code cleared or selected",
        )
    page.code_edit.selectAll()
    officer.type(newest)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(officer.wizard.result_page, "the result")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_an_expired_code_leads_to_a_new_one(
    officer: Officer,
    kiosk: KioskApp,
    gateway: RunningGateway,
    gateway_clock: ManualClock,
    tmp_path: Path,
) -> None:
    person = citizen(23)
    officer.to_otp(person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    officer.press(Qt.Key.Key_Return)
    old = officer.read_otp(1)
    gateway_clock.advance(301)  # five minutes: the code is dead
    officer.wait(lambda: "hết hạn" in page.countdown.text(), "the expiry shown")
    assert wizard.buttonText(wizard.WizardButton.CommitButton).startswith("Gửi mã OTP")
    officer.press(Qt.Key.Key_Return)  # Enter now sends a new code
    newest = officer.read_otp(2)
    officer.type(newest)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.result_page, "the result")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    assert old  # the first code was sent and then replaced


def test_the_gateway_refusing_an_expired_code_is_explained(
    officer: Officer, gateway: RunningGateway, gateway_clock: ManualClock, tmp_path: Path
) -> None:
    """The counter's clock may lag the gateway's: the gateway's word decides."""
    person = citizen(24)
    officer.to_otp(person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp(1)
    officer.type(code)
    service = officer.app.work.service
    assert service is not None
    lagging = service.clock
    service.clock = lambda: lagging() - timedelta(seconds=400)
    gateway_clock.advance(301)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: isinstance(page.last_outcome, NeedsNewCode), "the refusal")
    assert page.last_outcome.code == "otp_expired"
    service.clock = lagging
    assert page.code_edit.text() == ""
    officer.wait(
        lambda: wizard.buttonText(wizard.WizardButton.CommitButton).startswith("Gửi"),
        "send again offered",
    )
    assert accounts_with_id(gateway, person.details.id_number) == []
