"""The three walks of the decisive moment: what the screen says must be what is true.

Over the real training gateway, through the fault proxy: a slow gateway while "create" runs
and the officer presses Esc; the gateway gone mid-create, then Esc and "Hủy hồ sơ"; five
wrong codes and a countdown. Each step asserts which message (by code) and which state is
shown, and that every button a message names is on that screen and enabled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from kiosk.cases import AlreadyExists, CaseState, NeedsNewCode, Unknown
from kiosk.journal import Status
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from kiosk.ui.tasks import running_tasks
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import OFFICER_2, GatewayClient, ManualClock, citizen_data
from tests.ui.wizard.driver import Officer, log_in
from tests.unit.cases.citizens import citizen
from tests.unit.cases.conftest import accounts_with_id

CREATE = "/v1/citizen-accounts"
QUOTED = re.compile(r"“([^”]+)”")


def named_buttons_are_there(text: str, root: QWidget) -> list[str]:
    """The buttons `text` names (in “…”) that are NOT a visible, enabled button under root."""
    buttons = [
        b.text().replace("&", "")
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled()
    ]
    return [name for name in QUOTED.findall(text) if name not in buttons]


@pytest.fixture
def proxy(gateway: RunningGateway) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", gateway.port) as running:
        yield running


@pytest.fixture
def proxied(qtbot, make_kiosk: Callable[..., KioskApp], proxy: FaultProxy) -> Officer:
    app = make_kiosk(proxy.url)
    log_in(qtbot, app, OFFICER_2)
    return Officer(qtbot, app)


def test_esc_while_a_slow_create_runs_cannot_cancel_it(
    proxied: Officer, proxy: FaultProxy, gateway: RunningGateway, tmp_path: Path
) -> None:
    officer, person = proxied, citizen(71)
    officer.to_otp(person, tmp_path)
    wizard, page = officer.wizard, officer.wizard.otp_page
    officer.press(Qt.Key.Key_Return)  # send the code
    code = officer.read_otp()
    # The gateway acts at once; its answer takes two seconds to come back.
    proxy.add(Fault.delay_response(2.0), method="POST", path=CREATE)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.busy, "the create running")
    officer.press(Qt.Key.Key_Escape)
    # Not "cancelled": the request has gone; the page says the kiosk is finding out.
    assert page.notice_code == "create_in_flight" and page.busy
    assert wizard._confirm is None
    officer.wait_page(wizard.result_page, "the answer")
    assert page.notice_code != "cancelled"
    assert wizard.case.outcome is not None
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_gateway_gone_mid_create_keeps_the_case_and_says_the_account_may_exist(
    proxied: Officer, proxy: FaultProxy, gateway: RunningGateway, tmp_path: Path
) -> None:
    officer, person = proxied, citizen(72)
    app = officer.app
    officer.to_otp(person, tmp_path)
    wizard, page = officer.wizard, officer.wizard.otp_page
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    # The gateway takes the request and dies before answering (both tries); it stays dead.
    proxy.add(Fault.drop_response(), method="POST", path=CREATE, times=2)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.awaiting_answer and not page.busy, "no answer")
    assert isinstance(page.last_outcome, Unknown)
    assert page.notice_code == "create_unknown"
    assert named_buttons_are_there(page.notice.text(), wizard) == []
    proxy.stop()
    case_id = wizard.case.case_id
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1

    # Esc: the question is worded from the journal's state; nothing can be dropped.
    officer.press(Qt.Key.Key_Escape)
    box = officer.wait(lambda: wizard._confirm, "the question")
    officer.wait(lambda: box.isVisible(), "the question shown")
    assert box.property("case_state") == CaseState.CREATING.value
    roles = [box.buttonRole(b) for b in box.buttons()]
    assert QMessageBox.ButtonRole.DestructiveRole not in roles
    leave = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    leave[0].click()
    officer.wait(lambda: app.work.wizard is None, "back on the start screen")
    journal = app.work.journal
    assert journal is not None and journal.load_case(case_id).status is Status.CREATING

    # The start screen lists it at once and keeps listing it while it cannot be settled.
    def listed() -> list[str]:
        items = [app.home.unfinished.item(i) for i in range(app.home.unfinished.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items]

    officer.wait(lambda: case_id in listed(), "the case listed")
    app.work.refresh_home()
    # The settling runs on a worker and meets a dead gateway; the case never leaves the list.
    for _ in range(30):
        QTest.qWait(50)
        assert case_id in listed()
    officer.wait(lambda: not running_tasks(), "the settling to end")
    assert case_id in listed()

    # "Hủy hồ sơ" on the start screen: the same truth.
    app.home.unfinished.setCurrentRow(listed().index(case_id))
    app.home.discard_button.click()
    box = officer.wait(lambda: app.work.confirm, "the start screen's question")
    officer.wait(lambda: box.isVisible(), "the question shown")
    assert box.property("case_state") == CaseState.CREATING.value
    roles = [box.buttonRole(b) for b in box.buttons()]
    assert QMessageBox.ButtonRole.DestructiveRole not in roles
    box.reject()
    assert journal.load_case(case_id).status is Status.CREATING


def test_the_fifth_wrong_code_names_only_a_button_that_works(
    officer: Officer, gateway: RunningGateway, gateway_clock: ManualClock, tmp_path: Path
) -> None:
    person = citizen(73)
    officer.to_otp(person, tmp_path)
    wizard, page = officer.wizard, officer.wizard.otp_page
    commit = wizard.button(wizard.WizardButton.CommitButton)
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for attempt in range(5):
        officer.type(wrong)
        officer.press(Qt.Key.Key_Return)
        officer.wait(lambda: not page.busy and page.last_outcome is not None, "the refusal")
        if attempt < 4:
            assert page.notice_code == "otp_invalid"
            page.last_outcome = None
            page.code_edit.clear()
    assert isinstance(page.last_outcome, NeedsNewCode)
    assert page.last_outcome.code == "otp_locked"
    # The countdown of the first send still runs: no button to press yet, and Enter is off.
    assert page.notice_code == "new_code_wait"
    assert not commit.isEnabled() and not page.send_button.isEnabled()
    assert named_buttons_are_there(page.notice.text(), wizard) == []

    gateway_clock.advance(61)
    officer.wait(lambda: page.notice_code == "new_code_send", "the way to a new code")
    officer.wait(lambda: commit.isEnabled(), "Enter sends")
    assert named_buttons_are_there(page.notice.text(), wizard) == []
    officer.press(Qt.Key.Key_Return)
    fresh = officer.read_otp(2)
    officer.type(fresh)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.result_page, "the result")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_an_offline_log_in_names_no_button_that_is_not_there(
    qtbot, make_kiosk: Callable[..., KioskApp], proxy: FaultProxy
) -> None:
    app = make_kiosk(proxy.url)
    page = app.session.login_page
    Officer(qtbot, app).wait(lambda: app.window.pages.currentWidget() is page, "the log-in page")
    proxy.stop()
    page.username.setText(OFFICER_2)
    page.password.setText("whatever-1")
    page.submit.click()
    Officer(qtbot, app).wait(lambda: page.error.text(), "the refusal")
    assert named_buttons_are_there(page.error.text(), app.window) == []


def test_an_account_made_meanwhile_at_another_counter_ends_the_case_truthfully(
    officer: Officer, gateway: RunningGateway, tmp_path: Path
) -> None:
    person = citizen(74)
    officer.to_otp(person, tmp_path)
    wizard, page = officer.wizard, officer.wizard.otp_page
    commit = wizard.button(wizard.WizardButton.CommitButton)
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    # Another counter creates the citizen's account while this one waits for the code.
    other = GatewayClient(gateway.url)
    try:
        other.login()
        data = citizen_data(974, id_number=person.details.id_number)  # its own phone
        assert other.create(other.otp_for(data)).status_code == 201
    finally:
        other.close()
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: isinstance(page.last_outcome, AlreadyExists), "the refusal")
    assert page.notice_code == "account_exists" and wizard.case.finished
    officer.wait(lambda: not commit.isEnabled(), "nothing left to create")
    assert officer.app.work.service is not None
    assert officer.app.work.service.state(wizard.case.case_id) is CaseState.ENDED
    officer.press(Qt.Key.Key_Escape)  # a finished case closes without a question
    officer.wait(lambda: officer.app.work.wizard is None, "back on the start screen")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
