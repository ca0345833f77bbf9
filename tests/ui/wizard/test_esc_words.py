"""One button names Esc at a time: while a call Esc stops runs, only the busy strip's does."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QAbstractButton, QWizard

from kiosk.ui.tasks import TaskContext
from tests.ui.wizard.driver import Officer


def esc_buttons(officer: Officer) -> list[str]:
    window = officer.app.window
    return [
        b.objectName()
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and "(Esc)" in b.text()
    ]


def test_only_one_button_says_esc_while_a_call_runs(officer: Officer) -> None:
    officer.start_case()
    wizard = officer.wizard
    page = wizard.lookup_page
    assert esc_buttons(officer) == ["qt_wizard_cancel"]
    release = threading.Event()

    def slow(_ctx: TaskContext) -> None:
        release.wait(10)

    page.run(slow, name="slow-call", text="…", on_result=lambda _r: None)
    try:
        officer.wait(lambda: page.busy_bar.isVisible(), "the busy strip")
        assert len(esc_buttons(officer)) == 1
        assert esc_buttons(officer) != ["qt_wizard_cancel"]
        assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    finally:
        release.set()
    officer.wait(lambda: not page.busy, "the call done")
    assert esc_buttons(officer) == ["qt_wizard_cancel"]
