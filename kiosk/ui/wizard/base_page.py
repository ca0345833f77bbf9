"""What every page of the wizard shares: the case, long calls with progress, messages.

A page reads the wizard's AccountCase in `load()` and writes what the officer typed back in
`collect()`; it never talks to another page. Going back keeps what was typed (cleanupPage
collects instead of resetting). Long calls go through `run()`: a busy strip with progress
and Cancel (Esc), the page locked meanwhile, the answer back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kiosk.domain.account_case import AccountCase, Step
from kiosk.portal.errors import SessionExpired
from kiosk.ui import messages
from kiosk.ui.named import named
from kiosk.ui.tasks import Task, TaskContext, run_task
from kiosk.ui.wizard.busy import BusyBar

if TYPE_CHECKING:
    from kiosk.cases import CaseService
    from kiosk.ui.wizard.wizard import AccountWizard

T = TypeVar("T")


class CasePage(QWizardPage):
    step: Step = Step.LOOKUP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 4, 0)
        outer.addLayout(self.body, 1)
        self.notice = named(QLabel(), "ErrorText")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.busy_bar = BusyBar()
        self.busy_bar.cancel_requested.connect(self.cancel_task)
        outer.addWidget(self.busy_bar)
        self.task: Task[Any] | None = None
        self._cancellable = True
        # Which message the notice shows (a stable code, for tests and logs; "" for none).
        self.notice_code = ""

    # -- the shared case -------------------------------------------------------------------
    @property
    def host(self) -> AccountWizard:
        from kiosk.ui.wizard.wizard import AccountWizard

        wizard = self.wizard()
        assert isinstance(wizard, AccountWizard)
        return wizard

    @property
    def case(self) -> AccountCase:
        return self.host.case

    @property
    def service(self) -> CaseService:
        return self.host.service

    def add_help_column(self, left: QVBoxLayout) -> None:
        """The page's work on the left, the seed's help for what can go wrong on the right
        (self.help_title / self.help_text, filled by the page's retranslate)."""
        self.help = named(QFrame(), "Card")
        help_layout = QVBoxLayout(self.help)
        self.help_title = named(QLabel(), "PageTitle")
        self.help_title.setWordWrap(True)
        self.help_text = QLabel()
        self.help_text.setWordWrap(True)
        help_layout.addWidget(self.help_title)
        help_layout.addWidget(self.help_text)
        help_layout.addStretch(1)
        self.help.setMaximumWidth(420)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self.help, 2)
        self.body.addLayout(row, 1)

    def load(self) -> None:
        """Show the case on the page's widgets."""

    def collect(self) -> None:
        """Put what the officer typed into the case."""

    def initializePage(self) -> None:
        self.clear_notice()
        self.load()
        # QWizard moves focus when it shows the page, after this returns: take it back then.
        QTimer.singleShot(0, self._focus_when_shown)

    def _focus_when_shown(self) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.focus_first()

    def focus_first(self) -> None:
        """Put the keyboard where the officer's next key belongs."""

    def on_shown(self) -> None:
        """The page is on screen, reached forward or back (not while a resume skips it)."""

    def dialog_closed(self, dialog: QWidget) -> None:
        """A dialog of this page closed: the keyboard comes back to the page."""
        dialog.deleteLater()
        # Window managers give activation back to the parent; a bare platform may not.
        self.window().activateWindow()
        self._focus_when_shown()

    def cleanupPage(self) -> None:
        # Back: keep everything typed here, never reset to defaults.
        self.cancel_task()
        self.collect()

    # -- messages --------------------------------------------------------------------------
    def say(self, text: str, kind: str = "ErrorText", code: str = "") -> None:
        self.notice_code = code if text else ""
        self.notice.setObjectName(kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear_notice(self) -> None:
        self.say("")

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, SessionExpired):
            self.host.session_expired.emit()
        msg = messages.describe(exc)
        self.say(f"{msg.text} {msg.hint}".strip(), code=str(getattr(exc, "code", "")) or "error")

    # -- long calls ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        fn: Callable[[TaskContext], T],
        *,
        name: str,
        text: str,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> Task[T]:
        self.clear_notice()
        task: Task[T] = run_task(
            fn,
            name=name,
            on_progress=self.busy_bar.progress,
        )

        def finished() -> None:
            if self.task is task:
                self._set_busy(None)

        def succeeded(value: object) -> None:
            finished()
            on_result(value)  # type: ignore[arg-type]

        def failed(exc: object) -> None:
            finished()
            assert isinstance(exc, BaseException)
            (on_error or self.show_error)(exc)
            QTimer.singleShot(0, self._refocus_after_call)

        def cancelled() -> None:
            if self.task is task:
                finished()
                self.say(self.tr("Đã hủy."), "Muted", "cancelled")

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.cancelled.connect(cancelled)
        self.busy_bar.start(text, cancellable=cancellable)
        self._cancellable = cancellable
        self._set_busy(task)
        return task

    def _refocus_after_call(self) -> None:
        """While a call ran the page's inputs were locked and the keyboard fell to the button
        row ("Hủy hồ sơ", where Enter starts dropping the case): give it back to the page."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self or self.busy:
            return
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus) or not focus.isEnabled():
            self.focus_after_failure()

    def focus_after_failure(self) -> None:
        """Where the keys go after a call failed: the page's next step by default."""
        self.focus_first()

    def cancel_task(self) -> None:
        """Esc: the page is free at once; the work, if it cannot stop mid-way, finishes in
        the background and its result is dropped (a create is still journalled)."""
        task = self.task
        if task is not None and self._cancellable:
            task.cancel()
            self._set_busy(None)
            self.say(self.tr("Đã hủy."), "Muted", "cancelled")

    def drop_task(self) -> None:
        """The wizard goes away (log-out, the next citizen): whatever runs, its answer is no
        longer for this screen. Even a create: the service journals its outcome on the
        worker, and the start screen shows the case from the journal."""
        task = self.task
        if task is not None:
            task.cancel()
            self.task = None

    @property
    def cancellable(self) -> bool:
        """Whether Esc may stop the call that runs (never a create that may have left)."""
        return self.task is None or self._cancellable

    def _set_busy(self, task: Task[Any] | None) -> None:
        self.task = task
        if task is None:
            self.busy_bar.stop()
        self.set_inputs_enabled(task is None)
        self.completeChanged.emit()
        self.host.busy_changed(self)

    def set_inputs_enabled(self, enabled: bool) -> None:
        """Pages lock what must not change while a call runs."""

    def isComplete(self) -> bool:
        return not self.busy and self.ready()

    def ready(self) -> bool:
        return True

    # -- keyboard ----------------------------------------------------------------------------
    def shortcut(self, keys: str | QKeySequence, slot: Callable[[], None]) -> QShortcut:
        """A key that works while this page is shown, whatever has focus in the window.

        Qt ignores shortcuts of hidden widgets, and the wizard hides every page but the
        current one, so the same key may mean "print" on one page and nothing on another.
        """
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        short = QShortcut(sequence, self)
        short.setContext(Qt.ShortcutContext.WindowShortcut)
        short.activated.connect(slot)
        return short

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the page (again, after a language change)."""
