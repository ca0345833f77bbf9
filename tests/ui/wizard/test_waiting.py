"""A hung gateway on the create step: the wait is shown, the officer may stop waiting, and
nothing claims the request was cancelled (it may have left); the timeouts are settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kiosk.journal import Status
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import OFFICER_2
from tests.ui.wizard.driver import Officer, log_in
from tests.unit.cases.citizens import citizen
from tests.unit.cases.conftest import accounts_with_id

CREATE = "/v1/citizen-accounts"


@pytest.fixture
def proxy(gateway: RunningGateway) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", gateway.port) as running:
        yield running


def _kiosk(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    proxy: FaultProxy,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    gateway_table: str,
) -> Officer:
    """A kiosk behind the proxy; KIOSK_CONFIG, the last layer, sets the timeouts."""
    override = tmp_path / "timeouts.toml"
    override.write_text(f"[gateway]\n{gateway_table}\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(override))
    app = make_kiosk(proxy.url)
    log_in(qtbot, app, OFFICER_2)
    return Officer(qtbot, app)


def _to_code(officer: Officer, person: object, tmp_path: Path) -> str:
    officer.to_otp(person, tmp_path)
    officer.press(Qt.Key.Key_Return)
    return officer.read_otp()


def test_stopping_the_wait_is_truthful_and_the_late_answer_is_taken(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    proxy: FaultProxy,
    gateway: RunningGateway,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    officer = _kiosk(qtbot, make_kiosk, proxy, monkeypatch, tmp_path, "read_timeout = 30.0")
    person = citizen(52)
    code = _to_code(officer, person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    # The gateway creates the account; its answer comes 4 s late.
    proxy.add(Fault.delay_response(4.0), method="POST", path=CREATE)
    # a second create, if any were sent, would take this rule
    proxy.add(Fault.pass_through(), method="POST", path=CREATE)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.busy and page.waited_seconds >= 1, "a second of waiting")
    assert page.stop_button.isVisible()
    officer.wait(lambda: "1" in page.busy_bar.label.text(), "the elapsed time shown")
    journal = officer.app.work.journal
    assert journal is not None
    assert journal.load_case(wizard.case.case_id).status is Status.CREATING

    officer.press(Qt.Key.Key_F9)
    officer.wait(lambda: not page.busy, "the screen freed")
    assert page.left_running is not None
    assert page.notice_code == "create_stopped_waiting"  # never "cancelled"
    assert page.awaiting_answer and page.code_edit.isReadOnly()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    # No going back to change the details while the saved request is still out.
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    assert journal.load_case(wizard.case.case_id).status is Status.CREATING
    officer.press(Qt.Key.Key_Return)  # "Thử lại" is locked while the request is out
    assert proxy.pending() == 1

    officer.wait_page(wizard.result_page, "the late answer")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    assert journal.load_case(wizard.case.case_id).status is Status.CREATED
    assert proxy.pending() == 1  # one request, one account


def test_timeout_retries_is_a_setting(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    proxy: FaultProxy,
    gateway: RunningGateway,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    table = "read_timeout = 1.5\ntimeout_retries = 0"
    officer = _kiosk(qtbot, make_kiosk, proxy, monkeypatch, tmp_path, table)
    assert officer.app.work.settings.gateway.timeout_retries == 0
    person = citizen(53)
    code = _to_code(officer, person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    proxy.add(Fault.delay_response(6.0), method="POST", path=CREATE, times=3)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.awaiting_answer and not page.busy, "the unanswered create")
    # one try only: no automatic second wait of read_timeout
    assert proxy.pending() == 2
    assert page.notice_code == "create_unknown"
    assert officer.app.work.journal is not None
    assert officer.app.work.journal.load_case(wizard.case.case_id).status is Status.CREATING


def test_after_stopping_the_wait_the_case_can_be_left_and_its_answer_is_kept(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    proxy: FaultProxy,
    gateway: RunningGateway,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    officer = _kiosk(qtbot, make_kiosk, proxy, monkeypatch, tmp_path, "read_timeout = 30.0")
    person = citizen(54)
    code = _to_code(officer, person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    case_id = wizard.case.case_id
    proxy.add(Fault.delay_response(3.0), method="POST", path=CREATE)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.busy, "the create")
    journal = officer.app.work.journal
    assert journal is not None
    # F9 frees the screen only once the journal holds the case as "creating"
    officer.press(Qt.Key.Key_F9)
    officer.wait(lambda: not page.busy or page.notice_code == "create_starting", "F9's answer")
    if page.busy:
        officer.wait(lambda: journal.load_case(case_id).status is Status.CREATING, "creating")
        officer.press(Qt.Key.Key_F9)
        officer.wait(lambda: not page.busy, "the screen freed")
    assert journal.load_case(case_id).status is Status.CREATING
    officer.press(Qt.Key.Key_Escape)
    box = officer.wait(lambda: wizard.findChild(QMessageBox, "ConfirmCancel"), "the question")
    assert box.property("case_state") == "creating"  # nothing offered as "dropped"
    leave = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    leave.click()
    officer.wait(lambda: officer.app.work.wizard is not wizard, "the start screen")
    officer.wait(
        lambda: journal.load_case(case_id).status is Status.CREATED, "the late answer journalled"
    )
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
