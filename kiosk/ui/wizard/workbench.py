"""The officer's work once logged in: start screen, one wizard per citizen, simulated phone.

On `SessionController.ready` it opens the journal (sealed, in the OS keyring; a keyring that
is not safe stops cases with a plain explanation), settles cases a crash left in "creating",
and fills the start screen. A supervisor gets the supervisor's screen instead (the branch is
in `_ready`). Each citizen gets a fresh AccountWizard; when the case ends the wizard is thrown
away whole, so nothing of that citizen stays on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kiosk import paths
from kiosk.cases import CaseService, CaseState, Settled
from kiosk.config import Settings
from kiosk.domain.account_case import AccountCase
from kiosk.journal import (
    EphemeralKeyProvider,
    InsecureKeyring,
    Journal,
    KeyringKeyProvider,
    KeyringUnavailable,
    OpenedJournal,
    default_path,
    open_journal,
    purge_leftovers,
)
from kiosk.journal.keys import TRAINING_JOURNAL_FILE
from kiosk.journal.records import CaseSummary
from kiosk.portal.errors import SessionExpired
from kiosk.portal.models import AccountPage, Officer
from kiosk.ui import messages
from kiosk.ui.catalogue.journal import error_text as journal_text
from kiosk.ui.home_page import HomePage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.session import SessionController
from kiosk.ui.tasks import TaskContext, run_task
from kiosk.ui.wizard.confirm import ask_to_drop, ask_to_log_out
from kiosk.ui.wizard.scanner_choice import ScannerChoice
from kiosk.ui.wizard.sms_panel import SmsPanel
from kiosk.ui.wizard.wizard import AccountWizard

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Workbench(QObject):
    def __init__(
        self,
        settings: Settings,
        window: MainWindow,
        home: HomePage,
        session: SessionController,
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.home = home
        self.session = session
        # The kiosk's clock; tests share the training gateway's manual clock with it.
        self.clock: Callable[[], datetime] = utc_now
        self.journal: Journal | None = None
        self.service: CaseService | None = None
        self.wizard: AccountWizard | None = None
        self.scanner = ScannerChoice(settings.scanner)
        self.training = settings.training
        self.sms_panel: SmsPanel | None = None
        self.supervisor_view: QWidget | None = None
        self.ephemeral_journal = False
        self.confirm: QWidget | None = None  # the question before an unfinished case goes

        session.ready.connect(self._ready)
        session.ended.connect(self._ended)
        home.new_case_requested.connect(self.new_case)
        home.resume_requested.connect(self.resume)
        home.discard_requested.connect(self.discard)
        home.history.refresh_requested.connect(self.refresh_home)
        window.locked_changed.connect(self._locked)
        session.logout_guard = self._ask_before_logout

    # -- session ---------------------------------------------------------------------------
    def _ready(self) -> None:
        officer, unit, client = self.session.officer, self.session.unit, self.session.client
        if officer is None or client is None:
            return
        if officer.is_supervisor and not officer.is_officer:
            # Branch point: supervisors review their units' accounts, they do not create any.
            self._supervisor(officer)
            return
        if unit is None:
            return
        self.home.set_officer(officer.full_name)
        self.home.set_blocked("")
        self.home.focus_start()
        self._detect_training()
        if self.journal is None:
            self.home.set_blocked(self.tr("Đang mở nhật ký hồ sơ…"))
            run_task(
                self._open_journal,
                name="open-journal",
                on_result=self._journal_opened,
                on_error=self._journal_failed,
            )
        else:
            self._make_service()

    def _supervisor(self, officer: Officer) -> None:
        from kiosk.ui.supervisor import attach

        self.supervisor_view = attach(self.session, officer)

    def _open_journal(self, _ctx: TaskContext) -> OpenedJournal:
        try:
            opened = open_journal(default_path(), KeyringKeyProvider())
        except (InsecureKeyring, KeyringUnavailable):
            if not self.settings.training:
                raise  # with a real gateway a case must survive a restart: no journal, no work
            opened = self._open_training_journal()
        # Documents a killed print job left in the clear, and what outlived its purpose.
        purge_leftovers()
        opened.journal.apply_retention(settings=self.settings.retention)
        if opened.error is not None:
            log.warning("journal replaced: %s", opened.error.code)
        return opened

    def _open_training_journal(self) -> OpenedJournal:
        """Training without a secure keyring: a journal whose key lives in memory only. The
        last run's file cannot be read any more (its key is gone), so it is removed."""
        path = paths.ensure(paths.data_dir()) / TRAINING_JOURNAL_FILE
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        self.ephemeral_journal = True
        log.warning("no secure keyring: training journal kept for this run only")
        return open_journal(path, EphemeralKeyProvider())

    def _journal_opened(self, opened: OpenedJournal) -> None:
        self.journal = opened.journal
        self.home.set_blocked("")
        if self.ephemeral_journal:
            self.home.set_notice(
                self.tr(
                    "Máy này không có kho khóa an toàn: ở chế độ đào tạo, hồ sơ đang làm chỉ "
                    "được giữ đến khi đóng kiosk."
                )
            )
        if opened.error is not None:
            # The damaged file went aside for IT, with whatever cases it held: say so.
            error = opened.error
            self.home.set_notice(lambda: journal_text(error))
        self._make_service()

    def _journal_failed(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        self.home.set_blocked(f"{msg.text} {msg.hint}".strip())

    def _make_service(self) -> None:
        officer, unit, client = self.session.officer, self.session.unit, self.session.client
        if self.journal is None or officer is None or unit is None or client is None:
            return
        counter = self.settings.counter
        self.service = CaseService(
            self.journal,
            client,
            officer,
            unit,
            place=counter.place,
            counter_name=counter.name,
            clock=self.clock,
        )
        self.home.focus_start()
        self.refresh_home()

    def _detect_training(self) -> None:
        client = self.session.client
        if client is None:
            return

        def found(health: Any) -> None:
            self.training = self.settings.training or bool(health.training)
            if self.training:
                self.window.banner.setVisible(True)
                self._ensure_sms_panel()

        run_task(lambda _ctx: client.health(), name="health", on_result=found)

    def _ensure_sms_panel(self) -> None:
        if not self.settings.ui.training_sms_panel or self.sms_panel is not None:
            return
        panel = SmsPanel(self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        self.sms_panel = panel
        self._sms_source()
        self._show_phone()

    def _show_phone(self) -> None:
        """The simulated phone is there while a citizen is served, not on the start screen."""
        panel = self.sms_panel
        if panel is not None:
            panel.setVisible(self.wizard is not None and not self.window.is_locked)

    def _sms_source(self) -> None:
        panel, service = self.sms_panel, self.service
        if panel is None:
            return
        panel.set_source(service.training_sms if service is not None else None)

    def _ended(self) -> None:
        self._close_wizard()
        self.service = None
        self.home.clear()
        if self.sms_panel is not None:
            self.sms_panel.clear()
            self.sms_panel.set_source(None)
            self.sms_panel.hide()
        self.supervisor_view = None

    def _ask_before_logout(self, logout: Callable[[], None]) -> bool:
        """With a citizen's case open, ask first, worded from the journal's state of it."""
        wizard, service = self.wizard, self.service
        if wizard is None or service is None:
            return False
        if self.confirm is not None and isValid(self.confirm) and self.confirm.isVisible():
            return True  # asked already (the box deletes itself once answered)
        case_id = wizard.case.case_id
        if wizard.otp_page.create_may_be_out():
            # Enter was pressed on step 5: the request may leave before the journal says
            # "creating"; never word this case as "nothing created".
            self.confirm = ask_to_log_out(self.window, CaseState.CREATING, logout)
            return True

        def ask(state: CaseState | None) -> None:
            if self.wizard is not wizard:
                return  # the case ended meanwhile
            self.confirm = ask_to_log_out(self.window, state, logout)

        def failed(exc: BaseException) -> None:
            log.warning("case state not read before log-out: %s", type(exc).__name__)
            ask(None)

        run_task(
            lambda _ctx: service.state(case_id), name="case-state", on_result=ask, on_error=failed
        )
        return True

    def _locked(self, locked: bool) -> None:
        panel = self.sms_panel
        if panel is None:
            return
        panel.set_paused(locked)
        self._show_phone()

    # -- the start screen --------------------------------------------------------------------
    def refresh_home(self) -> None:
        service = self.service
        if service is None:
            return
        self._sms_source()
        self.home.history.loading()
        run_task(
            lambda _ctx: service.history(),
            name="history",
            on_result=self._history,
            on_error=self._history_failed,
        )

        # The list as the journal has it, at once: a case being reconciled never vanishes
        # from it; then the gateway is asked about cases left "creating", and the list again.
        def listed(cases: list[CaseSummary]) -> None:
            if self.service is not service:
                return
            self.home.show_unfinished(cases)
            run_task(
                lambda ctx: service.settle_unfinished(ctx.check),
                name="unfinished",
                on_result=self._settled,
                on_error=self._history_failed,
            )

        run_task(
            lambda _ctx: service.unfinished(),
            name="unfinished-list",
            on_result=listed,
            on_error=self._history_failed,
        )

    def _settled(self, settled: Settled) -> None:
        self.home.show_unfinished(list(settled.unfinished))

    def _history(self, page: AccountPage) -> None:
        self.home.history.show_page(page)

    def _history_failed(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        self.home.history.show_error(f"{msg.text} {msg.hint}".strip())
        if isinstance(exc, SessionExpired):
            self.session.session_expired()

    # -- one citizen -------------------------------------------------------------------------
    def new_case(self) -> None:
        service = self.service
        if service is None or self.wizard is not None:
            return
        self.home.new_button.setEnabled(False)
        run_task(
            lambda _ctx: service.start(),
            name="start-case",
            on_result=self._open,
            on_error=self._start_failed,
        )

    def resume(self, case_id: str) -> None:
        service = self.service
        if service is None or self.wizard is not None:
            return

        run_task(
            lambda _ctx: service.resume(case_id),
            name="resume-case",
            on_result=self._open,
            on_error=self._start_failed,
        )

    def discard(self, case_id: str) -> None:
        """ "Hủy hồ sơ" on the start screen: asked first, as Esc in the wizard is."""
        service = self.service
        if service is None:
            return

        def confirmed() -> None:
            run_task(
                lambda _ctx: service.close(case_id, "officer_discarded"),
                name="discard-case",
                on_result=lambda _r: self.refresh_home(),
                on_error=self._start_failed,
            )

        def ask(state: CaseState) -> None:
            # Worded from the journal's state: a case whose create may have left is kept.
            self.confirm = ask_to_drop(self.home, state, confirmed)

        run_task(
            lambda _ctx: service.state(case_id),
            name="case-state",
            on_result=ask,
            on_error=self._start_failed,
        )

    def _start_failed(self, exc: BaseException) -> None:
        self.home.new_button.setEnabled(self.service is not None)
        msg = messages.describe(exc)
        self.home.history.show_error(f"{msg.text} {msg.hint}".strip())

    def _open(self, case: AccountCase) -> None:
        service, officer = self.service, self.session.officer
        if service is None or officer is None:
            return
        self.home.new_button.setEnabled(True)
        wizard = AccountWizard(
            service,
            case,
            units=officer.units,
            scanner=self.scanner,
            printer_name=self.settings.printer.name,
            printer_file=self.settings.printer.file,
        )
        wizard.closed.connect(self._wizard_closed)
        wizard.session_expired.connect(self.session.session_expired)
        if self.sms_panel is not None:
            self.sms_panel.clear()
            wizard.phone_known.connect(self.sms_panel.set_phone)
            wizard.sms_expected.connect(self.sms_panel.poll_now)
        self.wizard = wizard
        self.window.show_page(wizard)
        self._show_phone()
        wizard.begin()
        log.info("case %s on screen at step %s", case.case_id, case.step.value)

    def _wizard_closed(self, how: str) -> None:
        self._close_wizard()
        service = self.service
        if service is not None:
            retention = self.settings.retention
            run_task(lambda _ctx: service.apply_retention(retention), name="retention")
        if how == "next" and service is not None:
            self.new_case()
        else:
            self.window.show_page(self.home)
            self.home.focus_start()
        self.refresh_home()

    def _close_wizard(self) -> None:
        wizard = self.wizard
        self.wizard = None
        if self.sms_panel is not None:
            self.sms_panel.clear()
            self._show_phone()
        if wizard is None:
            return
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            drop = getattr(page, "drop_task", None)
            if drop is not None:
                drop()
        if self.window.pages.currentWidget() is wizard:
            self.window.show_page(self.home)
        self.window.pages.removeWidget(wizard)
        wizard.hide()
        wizard.deleteLater()

    def close(self) -> None:
        self._close_wizard()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
