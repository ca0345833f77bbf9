"""Nothing stale on the supervisor's screen: a new day empties the opened account, and the
keys work right after the mark dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox

from tests.unit.report.factory import DAY


def test_a_new_day_closes_the_account_of_the_day_before(qtbot, busy_day, make_view) -> None:
    view = make_view()
    opened = view.model.account(3)
    view.open_account(opened.account_id)
    assert view.detail.account is not None and view.detail.checked_button.isEnabled()
    view.today = lambda: DAY + dt.timedelta(days=1)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert view.filters.selected_day() == DAY + dt.timedelta(days=1)
    assert view.detail.account is None
    assert view.detail.fields["created_at"].text() == ""
    for button in (
        view.detail.reveal_button,
        view.detail.checked_button,
        view.detail.needs_action_button,
    ):
        assert not button.isEnabled()


def test_ctrl_f_reaches_the_search_box_after_the_mark_dialog(qtbot, busy_day, make_view) -> None:
    view = make_view()
    view.activateWindow()
    opened = view.model.account(1)
    view.open_account(opened.account_id)
    view.detail.checked_button.setFocus()
    qtbot.mouseClick(view.detail.checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "MarkDialog"
    with qtbot.waitSignal(view.totals_shown, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    target = QApplication.focusWidget() or view
    QTest.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.filters.text, timeout=2000)


def test_no_button_is_blank_before_an_account_is_opened(busy_day, make_view) -> None:
    view = make_view()
    assert view.detail.account is None
    shown = [b for b in view.findChildren(QAbstractButton) if b.isVisible()]
    assert shown
    assert [b.objectName() for b in shown if not b.text().strip() and b.icon().isNull()] == []
