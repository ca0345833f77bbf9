"""The kiosk in English: switched at run time, every screen re-worded, the focus kept.

The walk goes through what an officer reaches with the keyboard (log-in, start screen, the
first steps of a case with a refusal and with findings, the doctor) and finds no Vietnamese
letter outside the data: citizens' details, the officer's name, unit names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QWidget,
)

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui import i18n
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import OFFICER_2, SUPERVISOR
from tests.ui.language import VIETNAMESE
from tests.ui.wizard.driver import Officer, log_in, wait_until
from tests.unit.cases.citizens import card_files, citizen

_TAGS = re.compile(r"<[^>]+>")


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person sees in root: labels, buttons, group titles, list and table rows."""
    found: list[str] = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text():
            found.append(_TAGS.sub(" ", label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            found += [button.text(), button.toolTip()]
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            found.append(box.title())
    for view in root.findChildren(QListWidget):
        if view.isVisible():
            found += [view.item(i).text() for i in range(view.count())]
    for table in root.findChildren(QTableWidget):
        if table.isVisible():
            found += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if table.item(r, c) is not None
            ]
    return [t for t in found if t]


def vietnamese_in(root: QWidget, data: Iterable[str]) -> list[str]:
    """The texts that still hold Vietnamese once the data in them is taken out."""
    words = sorted((d for d in data if d), key=len, reverse=True)
    left = []
    for text in visible_texts(root):
        bare = text
        for d in words:
            bare = bare.replace(d, " ")
        if VIETNAMESE.search(bare):
            left.append(text)
    return left


@pytest.fixture
def english(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "vi")


def switch_to_english(app: KioskApp) -> None:
    app.window.language_actions["en"].trigger()
    wait_until(lambda: not VIETNAMESE.search(app.window.title.text()), what="the English window")


@pytest.mark.usefixtures("english")
def test_switching_keeps_the_focus_and_rewords_the_log_in_page(
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
) -> None:
    app = make_kiosk(gateway.url)
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setFocus()
    wait_until(lambda: QApplication.focusWidget() is page.username, what="the focus")
    switch_to_english(app)
    wait_until(lambda: QApplication.focusWidget() is page.username, what="the focus kept")
    assert not vietnamese_in(app.window, []), vietnamese_in(app.window, [])


@pytest.mark.usefixtures("english")
def test_an_english_walk_finds_no_vietnamese_outside_the_data(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    tmp_path: Path,
) -> None:
    app = make_kiosk(gateway.url)
    switch_to_english(app)
    log_in(qtbot, app, OFFICER_2)
    officer_data = app.session.officer
    assert officer_data is not None
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    # The start screen, and the header naming the officer and the unit.
    assert app.window.officer_label.text().startswith("Officer")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)

    desk = Officer(qtbot, app)
    desk.start_case()
    wizard = desk.wizard
    # A number that is not an ID number: the refusal is the catalogue's, in English.
    desk.type("12345")
    desk.press(Qt.Key.Key_Return)
    desk.wait(lambda: wizard.lookup_page.findChildren(QLabel), "the refusal")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)

    # Through the scans to the details page, where the findings speak.
    person = citizen(7)
    details = person.details
    data += [details.full_name, details.address, details.sex.value, person.payload]
    front, back = card_files(tmp_path, person)
    desk.wedge_scan(person.payload)
    desk.wait_page(wizard.scan_page, "the scan page")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)
    desk.scan_side("front", front)
    desk.scan_side("back", back)
    desk.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)
    desk.press(Qt.Key.Key_Return)
    desk.wait_page(wizard.details_page)
    desk.type("02213456789")  # a landline: the phone's finding shows
    desk.press(Qt.Key.Key_Tab)
    desk.wait(lambda: "landline" in " ".join(visible_texts(app.window)), "the phone's finding")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)


@pytest.mark.usefixtures("english")
def test_the_supervisor_view_speaks_english(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
) -> None:
    from kiosk.ui.supervisor import attach

    app = make_kiosk(gateway.url)
    log_in_supervisor(app)
    officer_data = wait_until(lambda: app.session.officer, what="the supervisor logged in")
    view = attach(app.session, officer_data)
    wait_until(lambda: view.isVisible(), what="the supervisor view shown")
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    switch_to_english(app)
    wait_until(lambda: not vietnamese_in(app.window, data), 10, "the supervisor view in English")
    assert app.window.officer_label.text().startswith("Supervisor")


def log_in_supervisor(app: KioskApp) -> None:
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(SUPERVISOR)
    page.password.setText(DEMO_PASSWORD)
    page.submit.click()
