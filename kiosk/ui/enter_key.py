"""Enter presses a screen's obvious action, wherever the focus sits on that screen.

Outside a QDialog a QPushButton's "default" does nothing, and a checkbox or a list ignores
Enter, so a page has to take the Enter its children leave. Line edits are left alone: they
answer Enter through `returnPressed` (and then pass the event on, which would act twice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_plain_enter(event: QKeyEvent) -> bool:
    extra = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in _ENTER and extra == Qt.KeyboardModifier.NoModifier


class EnterActs(QObject):
    """Installed on a page: Enter on a focused button clicks that button; Enter elsewhere
    (but in a line edit) runs `action` when `enabled()` says it may."""

    def __init__(
        self, page: QWidget, action: Callable[[], None], enabled: Callable[[], bool]
    ) -> None:
        super().__init__(page)
        self._page = page
        self._action = action
        self._enabled = enabled
        page.installEventFilter(self)
        for child in page.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not is_plain_enter(event) or isinstance(watched, QLineEdit):
            return False
        if isinstance(watched, QAbstractButton) and not watched.isCheckable():
            if watched.isEnabled():
                watched.click()
            return True
        if not isinstance(watched, QWidget) or watched.hasFocus() or watched is self._page:
            if self._enabled():
                self._action()
            return True
        return False
