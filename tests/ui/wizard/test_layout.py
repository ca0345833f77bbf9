"""Every control of every step fits the counter's screen: 1366×728 (1366×768 less a taskbar)
and 1280×720, with the training phone beside the wizard.

A control cut by its parent or by the window (a button half off screen, a field whose right
edge is gone) is found by Qt's own bookkeeping: its visible region is smaller than it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from kiosk.ui.app import KioskApp
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import card_files, citizen

CONTROLS = (QAbstractButton, QLineEdit, QComboBox)


def cut_controls(window: QWidget) -> list[str]:
    """Visible controls not shown whole: clipped by a parent or past the window's edge."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.window() is not window:
            continue  # a dialog or a popup of its own
        whole = widget.rect()
        shown = widget.visibleRegion().boundingRect()
        top_left = widget.mapTo(window, QPoint(0, 0))
        inside = (
            top_left.x() >= 0
            and top_left.y() >= 0
            and top_left.x() + whole.width() <= window.width()
            and top_left.y() + whole.height() <= window.height()
        )
        if shown.width() < whole.width() - 1 or not inside:
            cut.append(
                f"{type(widget).__name__} {widget.objectName()!r} {widget.text()!r}"
                if hasattr(widget, "text")
                else type(widget).__name__
            )
    return cut


@pytest.mark.parametrize("size", [(1366, 728), (1280, 720)])
def test_every_step_fits_the_counters_screen(
    officer: Officer, kiosk: KioskApp, tmp_path: Path, qtbot, size: tuple[int, int]
) -> None:
    kiosk.window.resize(*size)
    person = citizen(1)
    front, back = card_files(tmp_path, person)
    officer.start_case()
    wizard = officer.wizard
    seen: dict[str, list[str]] = {}

    def look(step: str) -> None:
        qtbot.wait(50)  # one layout pass after the page changed
        seen[step] = cut_controls(kiosk.window)

    look("lookup")
    officer.wedge_scan(person.payload)
    officer.wait_page(wizard.scan_page)
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the PDF")
    look("scan")
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.details_page)
    look("details")
    assert {step: cut for step, cut in seen.items() if cut} == {}
