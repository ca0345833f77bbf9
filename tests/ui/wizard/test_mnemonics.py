"""Alt keys: none used twice in one window, in either language; logging out asks first.

A mnemonic used twice goes to whichever Qt meets first (Alt+N opened the "Ngôn ngữ" menu
instead of reaching "Ngày sinh") and what the officer types next is lost. Every screen the
window can show is checked with the menu bar above it: its labels with a buddy, buttons,
check boxes and its own Alt shortcuts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from pprint import pformat

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)

from kiosk.cases import CaseState
from kiosk.ui import i18n
from kiosk.ui.app import KioskApp
from kiosk.ui.wizard.wizard import AccountWizard
from tests.ui.wizard.driver import Officer, wait_until
from tests.unit.cases.citizens import citizen


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _uses(base: QWidget) -> Iterator[tuple[str, str]]:
    """(Alt key, what uses it) for whatever of `base` shows when base is shown."""
    if isinstance(base, QAbstractButton) and (key := _mnemonic(base.text())):
        yield key, f"button {base.text()!r}"
    for label in base.findChildren(QLabel):
        shown = label.buddy() is not None and label.isVisibleTo(base)
        if shown and (key := _mnemonic(label.text())):
            yield key, f"label {label.text()!r}"
    for button in base.findChildren(QAbstractButton):
        if button.isVisibleTo(base) and (key := _mnemonic(button.text())):
            yield key, f"button {button.text()!r}"
    for short in base.findChildren(QShortcut):
        parent = short.parent()
        shown = isinstance(parent, QWidget) and (parent is base or parent.isVisibleTo(base))
        key = short.key().toString(QKeySequence.SequenceFormat.PortableText)
        if shown and short.isEnabled() and key.startswith("Alt+") and key.count("+") == 1:
            yield key, f"shortcut {key}"


def clashes(screen: QWidget, *around: QWidget) -> dict[str, list[str]]:
    """Alt keys used more than once by `screen`, what shows `around` it and the menu bar."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in screen.window().menuBar().actions():
        if action.isVisible() and (key := _mnemonic(action.text())):
            found[key].append(f"menu {action.text()!r}")
    for base in (screen, *around):
        for key, what in _uses(base):
            found[key].append(what)
    return {k: v for k, v in found.items() if len(v) > 1}


def _shown(wizard: AccountWizard, which: QWizard.WizardButton) -> bool:
    """A button of the wizard's row that any of its pages shows."""
    option = {
        QWizard.WizardButton.HelpButton: QWizard.WizardOption.HaveHelpButton,
        QWizard.WizardButton.CustomButton1: QWizard.WizardOption.HaveCustomButton1,
        QWizard.WizardButton.CustomButton2: QWizard.WizardOption.HaveCustomButton2,
        QWizard.WizardButton.CustomButton3: QWizard.WizardOption.HaveCustomButton3,
    }.get(which)
    if which in (QWizard.WizardButton.NoButton, QWizard.WizardButton.Stretch):
        return False
    return wizard.button(which) is not None and (option is None or wizard.testOption(option))


def every_screen_clash(app: KioskApp) -> dict[str, dict[str, list[str]]]:
    """Each screen of the window, and each page of the open case, with the menu bar."""
    found: dict[str, dict[str, list[str]]] = {}
    pages = app.window.pages
    wizard = app.work.wizard
    for index in range(pages.count()):
        screen = pages.widget(index)
        if screen is not wizard:
            found[type(screen).__name__] = clashes(screen)
    if wizard is not None:
        buttons = [wizard.button(b) for b in wizard.WizardButton if _shown(wizard, b)]
        docks = [d for d in app.window.findChildren(QDockWidget) if d.isVisible()]
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            found[type(page).__name__] = clashes(page, *buttons, *docks)
    return {name: c for name, c in found.items() if c}


@pytest.fixture
def english(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "vi")


@pytest.mark.usefixtures("english")
def test_no_alt_key_is_used_twice_on_any_screen_in_either_language(officer: Officer) -> None:
    officer.start_case()
    app = officer.app
    found = every_screen_clash(app)
    assert not found, pformat(found)
    app.window.language_actions["en"].trigger()
    wait_until(lambda: app.window.file_menu.title() != "&Tệp", what="the English window")
    QApplication.processEvents()
    found = every_screen_clash(app)
    assert not found, pformat(found)


def test_alt_keys_on_the_details_page_reach_their_fields(officer: Officer, tmp_path: Path) -> None:
    officer.to_details(citizen(43), tmp_path)
    page = officer.wizard.details_page
    for key, field in (
        (Qt.Key.Key_S, page.dob_edit),
        (Qt.Key.Key_I, page.sex_combo),
        (Qt.Key.Key_R, page.address_edit),
    ):
        officer.press(key, Qt.KeyboardModifier.AltModifier)
        officer.wait(lambda f=field: QApplication.focusWidget() is f, f"Alt to {field}")
        assert QApplication.activePopupWidget() is None  # no menu opened instead


def _logout_box(app: KioskApp) -> QMessageBox:
    return wait_until(
        lambda: next(
            (b for b in app.window.findChildren(QMessageBox, "ConfirmLogout") if b.isVisible()),
            None,
        ),
        what="the question before logging out",
    )


def test_logging_out_with_an_open_case_asks_first_and_keeps_the_case(
    officer: Officer, tmp_path: Path
) -> None:
    officer.to_details(citizen(44), tmp_path)
    app = officer.app
    wizard = officer.wizard
    case_id = wizard.case.case_id
    app.session.logout_action.trigger()
    box = _logout_box(app)
    assert box.property("case_state") == CaseState.WORKING.value
    # Esc is "stay": the case and the officer stay on screen.
    QApplication.processEvents()
    box.reject()
    wait_until(lambda: not box.isVisible(), what="the question closed")
    assert app.work.wizard is wizard and app.session.officer is not None
    assert wizard.currentPage() is wizard.details_page
    # The answered box deletes itself; asking again must not touch the deleted one.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    app.session.logout_action.trigger()
    box = _logout_box(app)
    next(b for b in box.buttons() if b.objectName() == "LogoutAnyway").click()
    wait_until(lambda: app.session.officer is None, what="logged out")
    assert app.work.wizard is None
    # The case is kept to resume (log-out drops nothing).
    journal_state = app.work.journal
    assert journal_state is not None
    assert journal_state.load_case(case_id).status.value == "open"


def test_logging_out_just_after_enter_on_create_never_says_nothing_was_created(
    officer: Officer, tmp_path: Path
) -> None:
    """Before the journal says "creating" the request may already be leaving: the question is
    worded as for a create that may have left."""
    officer.to_details(citizen(46), tmp_path)
    app = officer.app
    wizard = officer.wizard
    page = wizard.otp_page
    page.awaiting_answer = True  # as while a create's answer is awaited
    app.session.logout_action.trigger()
    box = _logout_box(app)
    assert box.property("case_state") == CaseState.CREATING.value
    box.reject()


def test_logging_out_with_no_case_asks_nothing(kiosk: KioskApp) -> None:
    kiosk.session.logout_action.trigger()
    wait_until(lambda: kiosk.session.officer is None, what="logged out")


def test_logging_out_while_a_create_may_have_left_says_so(officer: Officer, tmp_path: Path) -> None:
    """The question is worded from the journal: a case "creating" is never called empty."""
    officer.to_details(citizen(45), tmp_path)
    app = officer.app
    wizard = officer.wizard
    journal = app.work.journal
    assert journal is not None
    # As the create step does just before the request leaves.
    journal.mark_creating(wizard.case.case_id, "test-key-45")
    app.session.logout_action.trigger()
    box = _logout_box(app)
    assert box.property("case_state") == CaseState.CREATING.value
    box.reject()
    assert app.session.officer is not None
