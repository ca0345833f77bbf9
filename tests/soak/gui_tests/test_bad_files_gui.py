"""Bad files met in the kiosk window: the officer is told, and the kiosk goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journal import default_path
from kiosk.journal.damaged_files import quarantined_files
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from kiosk.ui.catalogue.journal import text_of as journal_words
from kiosk.ui.catalogue.scanner import text_of as scan_words
from tests.soak.bad_inputs import bad_scans
from tests.soak.gui_tests.window import log_in
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import card_files, citizen

pytestmark = pytest.mark.slow


def visible_texts(widget: QWidget) -> list[str]:
    return [
        label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()
    ]


def test_a_bad_scan_file_is_explained_and_the_right_one_goes_on(
    qtbot: Any,
    kiosk_window: Callable[[str], KioskApp],
    gateway: RunningGateway,
    tmp_path: Path,
) -> None:
    person = citizen(51)
    front, back = card_files(tmp_path, person)
    bad = bad_scans(tmp_path / "bad", front.read_bytes())
    app = kiosk_window(gateway.url)
    log_in(app)
    officer = Officer(qtbot, app)
    officer.start_case()
    wizard = officer.wizard
    officer.wedge_scan(person.payload)
    officer.wait_page(wizard.scan_page, "the scan page")
    page = wizard.scan_page
    for label, expected in (
        ("text file named .jpg", "unreadable"),
        ("40000x40000 PNG header", "too_large"),
        ("truncated JPEG", "unreadable"),
    ):
        officer.scan_side("front", bad[label])
        officer.wait(lambda: page.notice.isVisible(), f"the message for the {label}")
        assert scan_words(expected) in page.notice.text(), label
        assert not wizard.case.has_front
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
    assert not page.notice.isVisible() or scan_words("unreadable") not in page.notice.text()


def test_a_journal_of_garbage_at_start_is_told_to_the_officer(
    kiosk_window: Callable[[str], KioskApp], gateway: RunningGateway
) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage, not a journal\x00" * 512)
    app = kiosk_window(gateway.url)
    log_in(app)
    # The kiosk goes on with a fresh journal, the old file kept aside for IT ...
    assert app.home.new_button.isEnabled()
    assert len(quarantined_files(path)) == 1
    # ... and says so on the start screen.
    told = [t for t in visible_texts(app.window) if journal_words("corrupt") in t]
    assert told, "the officer should read that the journal was set aside"
