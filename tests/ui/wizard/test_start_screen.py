"""The start screen: unfinished cases taken up again, a crash mid-create settled, the
simulated phone hidden behind the lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.journal import Status
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from kiosk.ui.tasks import running_tasks
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import OFFICER_2, SUPERVISOR
from tests.ui.wizard.driver import Officer, log_in, wait_until
from tests.unit.cases.citizens import citizen
from tests.unit.cases.conftest import accounts_with_id


def restart(qtbot, make_kiosk: Callable[..., KioskApp], old: KioskApp, url: str) -> Officer:
    old.close()
    app = make_kiosk(url)
    log_in(qtbot, app, OFFICER_2)
    return Officer(qtbot, app)


def test_an_unfinished_case_is_taken_up_where_it_was(
    qtbot,
    officer: Officer,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    tmp_path: Path,
) -> None:
    person = citizen(51)
    officer.to_details(person, tmp_path)
    wizard = officer.wizard
    officer.type(person.phone)
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.form_page)
    case_id = wizard.case.case_id

    # The kiosk is closed (power cut, end of day) and opened again.
    again = restart(qtbot, make_kiosk, officer.app, gateway.url)
    home = again.app.home
    again.wait(lambda: home.unfinished.count() == 1, "the unfinished case listed")
    assert "033*******01" not in home.unfinished.item(0).text()  # another number's mask
    assert "giấy đề nghị" in home.unfinished.item(0).text()
    home.unfinished.setFocus()
    again.press(Qt.Key.Key_Return)
    again.wait(lambda: again.app.work.wizard is not None, "the case reopened")
    resumed = again.wizard
    again.wait_page(resumed.form_page, "the saved step")
    assert resumed.case.case_id == case_id
    again.click(resumed.button(resumed.WizardButton.BackButton))
    again.wait_page(resumed.details_page)
    assert resumed.details_page.phone_edit.text() == person.phone
    assert resumed.details_page.phone_own.isChecked()
    again.click(resumed.button(resumed.WizardButton.BackButton))
    again.wait_page(resumed.scan_page)
    again.wait(lambda: resumed.scan_page.views["back"].has_image, "the saved scans")


def test_a_case_that_died_mid_create_is_settled_at_the_next_start(
    qtbot, make_kiosk: Callable[..., KioskApp], gateway: RunningGateway, tmp_path: Path
) -> None:
    person = citizen(52)
    with FaultProxy("127.0.0.1", gateway.port) as proxy:
        app = make_kiosk(proxy.url)
        log_in(qtbot, app, OFFICER_2)
        officer = Officer(qtbot, app)
        officer.to_otp(person, tmp_path)
        page = officer.wizard.otp_page
        officer.press(Qt.Key.Key_Return)
        code = officer.read_otp()
        proxy.add(Fault.drop_response(), method="POST", path="/v1/citizen-accounts", times=2)
        officer.type(code)
        officer.press(Qt.Key.Key_Return)
        officer.wait(lambda: page.awaiting_answer and not page.busy, "the lost answer")
        case_id = officer.wizard.case.case_id

        again = restart(qtbot, make_kiosk, app, gateway.url)
    journal = again.app.work.journal
    assert journal is not None
    again.wait(lambda: journal.load_case(case_id).status is Status.CREATED, "the case settled")
    # Listed while it was asked about, gone once settled.
    again.wait(lambda: again.app.home.unfinished.count() == 0, "the list after settling")
    assert len(accounts_with_id(gateway, person.details.id_number)) == 1


def test_the_simulated_phone_hides_behind_the_lock(
    officer: Officer, kiosk: KioskApp, tmp_path: Path
) -> None:
    panel = kiosk.work.sms_panel
    officer.wait(lambda: kiosk.work.sms_panel is not None, "the simulated phone")
    panel = kiosk.work.sms_panel
    assert panel is not None and not panel.isVisible()  # no citizen yet
    assert kiosk.window.banner.isVisible()  # "CHẾ ĐỘ ĐÀO TẠO"
    officer.start_case()
    assert panel.isVisible()
    kiosk.session.lock("idle")
    assert not panel.isVisible() and panel.paused
    lock = kiosk.session.lock_screen
    lock.password.setText(DEMO_PASSWORD)
    officer.press(Qt.Key.Key_Return, widget=lock.password)
    officer.wait(lambda: not kiosk.window.is_locked, "unlocked")
    assert panel.isVisible() and not panel.paused
    assert kiosk.window.pages.currentWidget() is officer.wizard


def test_a_supervisor_gets_the_supervision_screen_not_the_wizard(
    qtbot, make_kiosk: Callable[..., KioskApp], gateway: RunningGateway
) -> None:
    from kiosk.ui.supervisor import SupervisorView

    app = make_kiosk(gateway.url)
    page = app.session.login_page
    Officer(qtbot, app).wait(lambda: app.window.pages.currentWidget() is page, "log-in")
    page.username.setText(SUPERVISOR)
    page.password.setText(DEMO_PASSWORD)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    unit_page = app.session.unit_page
    Officer(qtbot, app).wait(
        lambda: (
            isinstance(app.window.pages.currentWidget(), SupervisorView)
            or app.window.pages.currentWidget() is unit_page
        ),
        "the supervisor's screen or unit choice",
    )
    if app.window.pages.currentWidget() is unit_page:
        unit_page.units.setCurrentRow(0)
        QTest.keyClick(unit_page.units, Qt.Key.Key_Return)
    Officer(qtbot, app).wait(
        lambda: isinstance(app.window.pages.currentWidget(), SupervisorView), "supervision"
    )
    assert app.work.service is None and app.work.wizard is None


def test_no_case_starts_without_a_safe_place_for_the_journal_key(
    qtbot, make_kiosk: Callable[..., KioskApp], gateway: RunningGateway
) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    app = make_kiosk(gateway.url)
    page = app.session.login_page
    officer = Officer(qtbot, app)
    officer.wait(lambda: app.window.pages.currentWidget() is page, "log-in")
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    home = app.home
    officer.wait(lambda: "không an toàn" in home.blocked.text(), "the reason shown")
    assert not home.new_button.isEnabled()
    assert app.work.journal is None and app.work.service is None


def test_log_out_mid_case_keeps_it_for_later_and_discarding_asks_first(
    qtbot, officer: Officer, kiosk: KioskApp
) -> None:
    from PySide6.QtWidgets import QMessageBox

    person = citizen(53)
    officer.start_case()
    officer.type(person.details.id_number)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(officer.wizard.scan_page)
    case_id = officer.wizard.case.case_id

    kiosk.session.logout()
    assert kiosk.work.wizard is None
    assert kiosk.window.pages.currentWidget() is kiosk.session.login_page
    log_in(qtbot, kiosk, OFFICER_2)
    home = kiosk.home
    officer.wait(lambda: home.unfinished.count() == 1, "the case kept")
    officer.click(home.discard_button)
    box = officer.wait(lambda: home.findChild(QMessageBox, "ConfirmCancel"), "the question")
    drop = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    officer.click(drop)
    officer.wait(lambda: home.unfinished.count() == 0, "the case gone from the list")
    journal = kiosk.work.journal
    assert journal is not None
    assert journal.load_case(case_id).status is Status.ABANDONED


def test_training_without_a_safe_keyring_keeps_cases_for_this_run_only(
    qtbot, kiosk_home: Path
) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from kiosk import config
    from kiosk.journal.keys import TRAINING_JOURNAL_FILE

    keyring.set_keyring(PlaintextKeyring())
    (kiosk_home / "data").mkdir(parents=True, exist_ok=True)
    stale = kiosk_home / "data" / TRAINING_JOURNAL_FILE
    stale.write_bytes(b"last run's journal, unreadable without its key")
    app = KioskApp(config.load())  # no gateway configured: training mode
    qtbot.addWidget(app.window)
    try:
        app.window.show()
        app.session.start()
        page = app.session.login_page
        officer = Officer(qtbot, app)
        officer.wait(lambda: app.window.pages.currentWidget() is page, "log-in")
        page.username.setText(OFFICER_2)
        page.password.setText(DEMO_PASSWORD)
        QTest.keyClick(page.password, Qt.Key.Key_Return)
        home = app.home
        officer.wait(lambda: app.work.service is not None, "the case service")
        assert home.new_button.isEnabled() and not home.blocked.isVisible()
        assert "chỉ được giữ đến khi đóng kiosk" in home.notice.text()
        assert app.work.ephemeral_journal
        assert b"unreadable" not in stale.read_bytes()  # the old file went, a fresh one is used
        # Nothing of the journal's key is left in the plaintext store.
        assert not any("journal-key" in line for line in _plaintext_entries())
    finally:
        wait_until(lambda: not running_tasks(), 30, "background work to end")
        app.close()


def _plaintext_entries() -> list[str]:
    from keyrings.alt.file import PlaintextKeyring

    path = Path(PlaintextKeyring().file_path)
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
