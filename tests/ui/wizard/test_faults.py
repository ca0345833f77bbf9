"""The gateway lost mid-create, a slow gateway cancelled, a case dropped with Esc."""

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
LOOKUP = "/v1/citizen-accounts/lookup"


@pytest.fixture
def proxy(gateway: RunningGateway) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", gateway.port) as running:
        yield running


@pytest.fixture
def proxied(qtbot, make_kiosk: Callable[..., KioskApp], proxy: FaultProxy) -> Officer:
    app = make_kiosk(proxy.url)
    log_in(qtbot, app, OFFICER_2)
    return Officer(qtbot, app)


def test_gateway_lost_mid_create_then_retry_makes_exactly_one_account(
    proxied: Officer, proxy: FaultProxy, gateway: RunningGateway, tmp_path: Path
) -> None:
    officer = proxied
    person = citizen(31)
    officer.to_otp(person, tmp_path)
    wizard = officer.wizard
    page = wizard.otp_page
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    # The gateway creates the account, but neither try gets its answer back.
    proxy.add(Fault.drop_response(), method="POST", path=CREATE, times=2)
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.awaiting_answer and not page.busy, "the lost answer")
    assert page.notice_code == "create_unknown"  # the account may exist: only the same request
    assert wizard.buttonText(wizard.WizardButton.CommitButton).startswith("Thử lại")
    assert page.code_edit.isReadOnly()
    journal = officer.app.work.journal
    assert journal is not None
    assert journal.load_case(wizard.case.case_id).status is Status.CREATING
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1

    officer.press(Qt.Key.Key_Return)  # "Thử lại": the same request, the same key
    officer.wait_page(wizard.result_page, "the result")
    assert "lần gửi trước" in wizard.result_page.replay_note.text()
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1
    assert journal.load_case(wizard.case.case_id).status is Status.CREATED


def test_a_slow_lookup_shows_progress_and_esc_cancels_it(
    proxied: Officer, proxy: FaultProxy
) -> None:
    officer = proxied
    officer.start_case()
    page = officer.wizard.lookup_page
    proxy.add(Fault.delay_response(1.5), method="POST", path=LOOKUP)
    officer.type(citizen(32).details.id_number)
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: page.busy and page.busy_bar.isVisible(), "the busy strip")
    assert "tra cứu" in page.busy_bar.label.text()
    assert not officer.wizard.button(officer.wizard.WizardButton.NextButton).isEnabled()
    officer.press(Qt.Key.Key_Escape)
    officer.wait(lambda: not page.busy, "the call cancelled")
    assert page.notice_code == "cancelled"
    assert officer.wizard.currentPage() is page and not officer.wizard.case.looked_up


def test_esc_asks_before_the_case_is_dropped(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    officer.start_case()
    wizard = officer.wizard
    officer.type(citizen(33).details.id_number)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.scan_page)
    case_id = wizard.case.case_id

    officer.press(Qt.Key.Key_Escape)
    box = officer.wait(lambda: wizard.findChild(QMessageBox, "ConfirmCancel"), "the question")
    officer.wait(lambda: box.isVisible(), "the question shown")
    officer.press(Qt.Key.Key_Escape, widget=box)  # "Làm tiếp" is the safe answer
    officer.wait(lambda: wizard._confirm is None, "the question gone")
    assert kiosk.work.wizard is wizard and wizard.currentPage() is wizard.scan_page

    officer.press(Qt.Key.Key_Escape)
    box = officer.wait(lambda: wizard._confirm, "the question again")
    drop = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    officer.click(drop[0])
    officer.wait(lambda: kiosk.work.wizard is None, "the case dropped")
    assert kiosk.window.pages.currentWidget() is kiosk.home
    journal = kiosk.work.journal
    assert journal is not None
    assert journal.load_case(case_id).status is Status.ABANDONED
