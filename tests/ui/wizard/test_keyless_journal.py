"""A journal whose key is gone (keyring reset, copied profile) does not block the counter:
its unfinished cases are listed by their masked summaries, the officer may set it aside for
IT after a confirmation naming them, and work goes on in a fresh journal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from kiosk.journal.damaged_files import quarantined_files
from kiosk.journal.keys import KeyringKeyProvider
from kiosk.journal.store import Journal, default_path
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import OFFICER_2
from tests.helpers.memory_keyring import MemoryKeyring
from tests.ui.wizard.driver import Officer, wait_until

ID_NUMBER = "033190004321"


def a_journal_whose_key_is_gone(keyring: MemoryKeyring) -> str:
    from kiosk import paths

    paths.ensure(default_path().parent)
    with Journal(default_path(), KeyringKeyProvider()) as journal:
        case = journal.new_case("officer-1", "unit-1")
        journal.save_step(
            case.id, "details", {"id_number": ID_NUMBER, "full_name": "Lê Văn Bình"}, "o"
        )
        masked = journal.unfinished_cases()[0].masked_id_number
    keyring.store.clear()  # the keyring was reset
    return masked


def test_a_missing_key_lists_the_cases_and_a_fresh_journal_takes_over(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    memory_keyring: MemoryKeyring,
) -> None:
    masked = a_journal_whose_key_is_gone(memory_keyring)
    assert masked and ID_NUMBER not in masked
    app = make_kiosk(gateway.url)
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    home = app.home
    officer = Officer(qtbot, app)
    officer.wait(lambda: home.keyless_card.isVisible(), "the journal's cases offered")
    assert not home.new_button.isEnabled()  # the journal did not open
    assert home.keyless.count() == 1 and masked in home.keyless.item(0).text()

    officer.click(home.set_aside_button)
    box = officer.wait(lambda: home.findChild(QMessageBox, "ConfirmSetAside"), "the question")
    assert masked in box.informativeText()  # names the case that cannot be recovered
    assert ID_NUMBER not in box.informativeText()
    go = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    officer.click(go)
    officer.wait(lambda: app.work.service is not None, "a fresh journal")
    assert home.new_button.isEnabled()
    assert not home.keyless_card.isVisible()
    kept = quarantined_files(default_path())
    assert len(kept) == 1  # the old journal, untouched, for IT
    assert app.work.journal is not None and app.work.journal.unfinished_cases() == []


def test_saying_later_keeps_everything(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    memory_keyring: MemoryKeyring,
) -> None:
    a_journal_whose_key_is_gone(memory_keyring)
    app = make_kiosk(gateway.url)
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    home = app.home
    officer = Officer(qtbot, app)
    officer.wait(lambda: home.keyless_card.isVisible(), "the journal's cases offered")
    officer.click(home.set_aside_button)
    box = officer.wait(lambda: home.findChild(QMessageBox, "ConfirmSetAside"), "the question")
    QTest.keyClick(box, Qt.Key.Key_Escape)  # Esc is "Để sau"
    officer.wait(lambda: not box.isVisible(), "the question closed")
    QTest.qWait(100)
    assert default_path().is_file() and quarantined_files(default_path()) == []
    assert home.keyless_card.isVisible()
