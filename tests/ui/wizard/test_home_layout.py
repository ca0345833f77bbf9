"""The start screen at the smallest size it must serve (1280×720): an unfinished case's entry
is read whole, not cut at the list's edge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox

from kiosk.ui import i18n
from tests.helpers.gateway import OFFICER_2
from tests.ui.wizard.driver import Officer, log_in
from tests.unit.cases.citizens import citizen


@pytest.fixture
def english(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "vi")


@pytest.mark.usefixtures("english")
def test_an_unfinished_case_is_listed_whole_at_1280x720(officer: Officer, tmp_path: Path) -> None:
    app = officer.app
    officer.to_details(citizen(52), tmp_path)
    journal = app.work.journal
    assert journal is not None
    # The longest state an entry says: a create that may have left.
    journal.mark_creating(officer.wizard.case.case_id, "test-key-52")
    app.session.logout_action.trigger()
    box = officer.wait(
        lambda: next(
            (b for b in app.window.findChildren(QMessageBox, "ConfirmLogout") if b.isVisible()),
            None,
        ),
        "the question before logging out",
    )
    next(b for b in box.buttons() if b.objectName() == "LogoutAnyway").click()
    officer.wait(lambda: app.session.officer is None, "logged out")
    app.window.resize(1280, 720)
    log_in(officer.qtbot, app, OFFICER_2)
    listing = app.home.unfinished
    officer.wait(lambda: listing.count() == 1 and listing.isVisible(), "the unfinished case")
    assert_whole(listing)
    app.window.language_actions["en"].trigger()
    officer.wait(lambda: app.window.file_menu.title() == "&File", "the English window")
    QApplication.processEvents()
    assert_whole(listing)


def assert_whole(listing: QListWidget) -> None:
    QApplication.processEvents()
    item = listing.item(0)
    metrics = listing.fontMetrics()
    room = listing.viewport().width() - 2 * listing.spacing() - 8  # the item's own margins
    widths = [metrics.horizontalAdvance(line) for line in item.text().splitlines()]
    assert widths and max(widths) <= room, (item.text(), widths, room)
    rect = listing.visualItemRect(item)
    assert rect.height() >= metrics.height() * len(widths)
    assert listing.viewport().rect().contains(rect)


@pytest.mark.parametrize("size", [(1366, 728), (1280, 720)])
def test_the_simulated_phone_keeps_its_width_from_step_to_step(
    officer: Officer, tmp_path: Path, size: tuple[int, int]
) -> None:
    from tests.unit.cases.citizens import card_files

    app = officer.app
    app.window.resize(*size)
    person = citizen(53 + size[0] % 7)
    front, back = card_files(tmp_path, person)
    widths: dict[str, int] = {}

    def measure(name: str) -> None:
        panel = app.work.sms_panel
        assert panel is not None
        officer.wait(lambda: panel.isVisible(), "the simulated phone")
        QApplication.processEvents()
        widths[name] = panel.width()

    officer.start_case()
    wizard = officer.wizard
    measure("lookup")
    officer.wedge_scan(person.payload)
    officer.wait_page(wizard.scan_page)
    measure("scan-empty")
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    measure("scan-done")
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.details_page)
    measure("details")
    officer.type(person.phone)
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.form_page)
    officer.wait(lambda: wizard.form_page.pdf, "the form")
    measure("form")
    assert len(set(widths.values())) == 1, widths
    # Nothing a page or a message holds can move it: the dock area gives it one width.
    panel = app.work.sms_panel
    assert panel is not None
    assert panel.minimumWidth() == panel.maximumWidth() == panel.width()
