"""The supervisor's screen: today's accounts of their units, reviewed one by one.

Everything slow runs through run_task(): pages of the list, totals, the scans, reveals, marks
and exports. Each answer is checked against a generation number before it is shown, so a list
for yesterday never lands after the supervisor moved to today. The list refreshes itself while
the screen is visible (a timer started by showEvent, stopped by hideEvent, so a locked screen
asks the gateway nothing); an unchanged list is updated in place, so the supervisor's place
and selection survive a refresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from kiosk.domain import vn_time
from kiosk.portal import day_report
from kiosk.portal.client import GatewayClient
from kiosk.portal.errors import SessionExpired
from kiosk.portal.models import Account, Officer, Review
from kiosk.portal.supervision import (
    MAX_PAGE_SIZE,
    Changes,
    DayQuery,
    DayTotals,
    SupervisedPage,
    fetch_changes,
)
from kiosk.ui import messages
from kiosk.ui.supervisor.accounts_model import AccountsModel, Column
from kiosk.ui.supervisor.detail_panel import TAB_CARD, DetailPanel
from kiosk.ui.supervisor.filter_bar import FilterBar
from kiosk.ui.supervisor.formatting import (
    day_text,
    short_unit_name,
    state_label,
    today_in_vietnam,
)
from kiosk.ui.supervisor.mark_dialog import MarkDialog
from kiosk.ui.supervisor.named import named
from kiosk.ui.supervisor.totals_model import TotalsModel
from kiosk.ui.tasks import Task, TaskContext, run_task

REFRESH_MS = 30_000
# Widest content of each narrow column; officer and unit names are elided (full in tooltips).
_COLUMN_SAMPLES = {
    Column.TIME: "00:00",
    Column.ID_NUMBER: "000000000000",
    Column.PHONE: "0000 000 000",
}
_OFFICER_COLUMN_WIDTH = 140
_UNIT_COLUMN_MIN, _UNIT_COLUMN_MAX = 100, 160


class SupervisorView(QWidget):
    """Shown instead of the officer's home and wizard when the officer is a supervisor."""

    session_expired = Signal()  # a call found the session over: the session controller locks
    exported = Signal(str)  # path of a report just written
    listed = Signal()  # a list answer was shown (first page, refresh or next page)
    totals_shown = Signal()

    def __init__(
        self,
        client: GatewayClient,
        officer: Officer,
        settings: Settings,
        *,
        today: Callable[[], dt.date] = today_in_vietnam,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SupervisorView")
        self.client = client
        self.officer = officer
        self.settings = settings
        self.today = today
        self._generation = 0
        self._running = False
        self._list_task: Task[Any] | None = None
        self._totals_task: Task[Any] | None = None
        self._more_task: Task[Any] | None = None
        self.export_task: Task[Any] | None = None
        self.totals: DayTotals | None = None
        self._sized = False
        self._tasks: set[Task[Any]] = set()
        self._stale = False  # filters changed while stopped: start() loads again
        self._cursor: str | None = None  # the list's last answer, for the next refresh

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)
        self.error = named(QLabel(), "ErrorText")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        self.filters = FilterBar(officer.units, today())
        self.filters.changed.connect(self.reload)
        outer.addWidget(self.filters)

        summary_row = QHBoxLayout()
        self.summary = named(QLabel(), "summary")
        self.updated = named(QLabel(), "Muted")
        self.refresh_button = named(QPushButton(), "refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_pdf_button = named(QPushButton(), "exportPdf")
        self.export_pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.export_csv_button = named(QPushButton(), "exportCsv")
        self.export_csv_button.clicked.connect(lambda: self._ask_export("csv"))
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.updated)
        for button in (self.refresh_button, self.export_pdf_button, self.export_csv_button):
            summary_row.addWidget(button)
        outer.addLayout(summary_row)

        self.model = AccountsModel(MAX_PAGE_SIZE, self)
        self.model.more_wanted.connect(self._load_more)
        self.table = named(QTableView(), "accounts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        # Fixed row heights: Qt never measures hundreds of rows to lay the table out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.CITIZEN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.totals_model = TotalsModel(self)
        self.totals_table = named(QTableView(), "totals")
        self.totals_table.setModel(self.totals_model)
        self.totals_table.verticalHeader().hide()
        self.totals_table.setWordWrap(False)
        self.totals_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.totals_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        totals_header = self.totals_table.horizontalHeader()
        totals_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        totals_header.resizeSection(1, 170)
        for count_column in range(2, 6):  # a handful of rows: measuring them costs nothing
            totals_header.setSectionResizeMode(
                count_column, QHeaderView.ResizeMode.ResizeToContents
            )

        self.lists = named(QTabWidget(), "lists")
        self.lists.addTab(self.table, "")
        self.lists.addTab(self.totals_table, "")

        self.detail = DetailPanel()
        self.detail.reveal_requested.connect(self.reveal)
        self.detail.hide_requested.connect(self.hide_full)
        self.detail.mark_requested.connect(self.ask_mark)
        self.detail.document_wanted.connect(self._load_document)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([950, 400])
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        find_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key.activated.connect(lambda: self.filters.text.setFocus())

        self.retranslate()

    # -- life cycle -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Load (or refresh) and keep refreshing until stop()."""
        if self._running:
            return
        self._running = True
        self.timer.start()
        if self.model.rowCount() == 0 or self._stale:
            self.reload()
        else:
            self.refresh()

    def stop(self) -> None:
        """Stop refreshing and drop every answer still on its way (a hidden or locked screen
        shows nothing new; start() asks again)."""
        self._running = False
        self.timer.stop()
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        self.model.loading_more = False

    def _run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        name: str,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[Any]:
        """run_task(), remembered until done, so stop() can cancel whatever is running."""
        task = run_task(
            fn,
            name=name,
            on_result=on_result,
            on_error=on_error,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
        )
        self._tasks.add(task)
        task.done.connect(lambda: self._tasks.discard(task))
        return task

    def close_session(self) -> None:
        """Log-out: stop and forget every citizen's data this screen held."""
        self.stop()
        self._generation += 1
        self.model.clear()
        self.totals_model.set_totals(None)
        self.totals = None
        self.detail.show_account(None)
        self.filters.text.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_columns()
        self.start()

    def _size_columns(self) -> None:
        # Here rather than in __init__: only a shown table has the stylesheet's font.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 14  # the cell's margins on both sides
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(int(column), metrics.horizontalAdvance(sample) + padding)
        states = [state_label(s) for s in ("unreviewed", "checked", "needs_action")]
        widest = max(metrics.horizontalAdvance(s) for s in states)
        header.resizeSection(int(Column.STATUS), widest + padding)
        header.resizeSection(int(Column.OFFICER), _OFFICER_COLUMN_WIDTH)
        units = [metrics.horizontalAdvance(short_unit_name(u.name)) for u in self.officer.units]
        unit_width = min(_UNIT_COLUMN_MAX, max(units, default=0) + padding)
        header.resizeSection(int(Column.UNIT), max(_UNIT_COLUMN_MIN, unit_width))

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    # -- loading ----------------------------------------------------------------------------
    def current_query(self) -> DayQuery:
        return self.filters.query()

    def reload(self) -> None:
        """The filters changed: start the list again from its first page."""
        if not self._running:
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        shown = self.detail.account
        if shown is not None and vn_time.day_of(shown.created_at) != self.current_query().day:
            self.detail.show_account(None)  # another day chosen: its list has no such account
        for task in (self._list_task, self._more_task):
            if task is not None:
                task.cancel()
        self.model.clear()
        self._cursor = None
        self._fetch_first()
        self._fetch_totals()

    def refresh(self) -> None:
        """Ask again for what the screen holds (timer, F5): new accounts and marks appear."""
        if not self._running:
            return
        if not self.filters.day_chosen and self.filters.selected_day() != self.today():
            # Past midnight a screen that showed "today" moves on to the new today; the
            # account opened from yesterday's list goes with it.
            self.detail.show_account(None)
            self.filters.move_to_day(self.today())
            self.reload()
            return
        if self._list_task is not None and self._list_task.running:
            return
        if self._cursor is None:
            self._fetch_first()
        else:
            self._fetch_changes(self._cursor)
        self._fetch_totals()

    def _fetch_first(self) -> None:
        client, query, generation = self.client, self.current_query(), self._generation
        self._set_busy(True)
        self._list_task = self._run(
            lambda _ctx: client.search_accounts(query, page=1, page_size=MAX_PAGE_SIZE),
            name="supervisor-list",
            on_result=lambda page: self._listed_first(generation, page),
            on_error=lambda exc: self._failed(exc, generation),
        )

    def _fetch_changes(self, cursor: str) -> None:
        client, query, generation = self.client, self.current_query(), self._generation
        self._set_busy(True)
        self._list_task = self._run(
            lambda ctx: fetch_changes(client, query, cursor, check=ctx.check),
            name="supervisor-changes",
            on_result=lambda changes: self._listed_changes(generation, changes),
            on_error=lambda exc: self._failed(exc, generation),
        )

    def _listed_first(self, generation: int, page: SupervisedPage) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self.model.append_page(page.items, page.total)
        self._cursor = page.cursor or None
        self._shown()

    def _listed_changes(self, generation: int, changes: Changes) -> None:
        if generation != self._generation:
            return
        keep = self.detail.account.account_id if self.detail.account else None
        top = self.table.indexAt(self.table.viewport().rect().topLeft())
        top_item = self.model.account(top.row()) if top.isValid() else None
        top_id = top_item.account_id if top_item else None
        review = self.current_query().review
        if self.model.merge_changes(changes.items, changes.total, review):
            self._restore(keep, top_id)
        self._cursor = changes.cursor
        self._shown()

    def _shown(self) -> None:
        self._set_busy(False)
        self.error.hide()
        self._sync_detail()
        self.updated.setText(
            self.tr("Cập nhật lúc {time}").format(time=f"{vn_time.now():%H:%M:%S}")
        )
        self._update_summary()
        self.listed.emit()

    def _restore(self, selected: str | None, top: str | None) -> None:
        """After a reset, the same account stays selected and the same row stays on top."""
        if top is not None and (row := self.model.row_of(top)) is not None:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(False)

    def _sync_detail(self) -> None:
        """The opened account may have been marked elsewhere: show its newest state."""
        shown = self.detail.account
        if shown is None:
            return
        row = self.model.row_of(shown.account_id)
        fresh = self.model.account(row) if row is not None else None
        if fresh is not None and fresh != shown:
            self.detail.show_account(fresh, self.model.revealed(fresh.account_id))

    def _load_more(self, page: int) -> None:
        client, query, generation = self.client, self.current_query(), self._generation

        def work(_ctx: TaskContext) -> Any:
            return client.search_accounts(query, page=page, page_size=MAX_PAGE_SIZE)

        def done(result: Any) -> None:
            if generation == self._generation:
                self.model.append_page(result.items, result.total)
                self._update_summary()
                self.listed.emit()

        def failed(exc: BaseException) -> None:
            self.model.loading_more = False
            self._failed(exc, generation)

        self._more_task = self._run(work, name="supervisor-more", on_result=done, on_error=failed)

    def _fetch_totals(self) -> None:
        client, query, generation = self.client, self.current_query(), self._generation
        self._totals_task = self._run(
            lambda _ctx: client.day_totals(query.day, query.unit_id),
            name="supervisor-totals",
            on_result=lambda totals: self._got_totals(generation, totals),
            on_error=lambda exc: self._failed(exc, generation),
        )

    def _got_totals(self, generation: int, totals: DayTotals) -> None:
        if generation != self._generation:
            return
        self.totals = totals
        self.totals_model.set_totals(totals)
        self.filters.set_officers([row.officer for row in totals.officers])
        self._update_summary()
        self.totals_shown.emit()

    def _set_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        if busy and self.model.rowCount() == 0:
            self.updated.setText(self.tr("Đang tải…"))

    def _failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, SessionExpired):
            self.session_expired.emit()
        message = messages.describe(exc)
        self.error.setText(f"{message.text} {message.hint}".strip())
        self.error.show()

    # -- the opened account -----------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.account(current.row()) if current.isValid() else None
        if item is None:
            return
        self.detail.show_account(item, self.model.revealed(item.account_id))

    def open_account(self, account_id: str) -> bool:
        """Select and open a listed account (also for keyboard-free tests)."""
        row = self.model.row_of(account_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def reveal(self, account_id: str) -> None:
        """Ask the gateway for this account in full (audited there) and show it."""
        client = self.client
        self.detail.reveal_button.setEnabled(False)

        def done(full: Account) -> None:
            self.detail.reveal_button.setEnabled(True)
            self.model.set_revealed(full, account_id)
            if self.detail.account and self.detail.account.account_id == account_id:
                self.detail.set_full(full)

        def failed(exc: BaseException) -> None:
            self.detail.reveal_button.setEnabled(True)
            self._detail_failed(exc)

        self._run(
            lambda _ctx: client.reveal(account_id, "review"),
            name="supervisor-reveal",
            on_result=done,
            on_error=failed,
            on_cancelled=lambda: self.detail.reveal_button.setEnabled(True),
        )

    def hide_full(self, account_id: str) -> None:
        self.model.set_revealed(None, account_id)
        if self.detail.account and self.detail.account.account_id == account_id:
            self.detail.set_full(None)

    def _detail_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionExpired):
            self.session_expired.emit()
        message = messages.describe(exc)
        self.detail.show_error(f"{message.text} {message.hint}".strip())

    def _load_document(self, tab: int) -> None:
        item = self.detail.account
        if item is None:
            return
        pane = self.detail.card if tab == TAB_CARD else self.detail.form
        if pane.loaded_id == item.account_id:
            return
        pane.loaded_id = item.account_id
        present = item.has_attachment if tab == TAB_CARD else item.has_request_form
        if not present:
            pane.show_message(
                self.tr("Tài khoản này không có ảnh thẻ CCCD.")
                if tab == TAB_CARD
                else self.tr("Quầy chưa gửi giấy đề nghị (bản công dân đã ký) cho tài khoản này.")
            )
            return
        pane.show_message(self.tr("Đang tải…"))
        client, account_id = self.client, item.account_id
        fetch = client.attachment if tab == TAB_CARD else client.request_form

        def done(data: bytes) -> None:
            if pane.loaded_id != account_id:
                return  # the supervisor moved on to another account
            if not pane.show_pdf(data):
                pane.show_message(self.tr("Không mở được tệp PDF này."), error=True)

        def failed(exc: BaseException) -> None:
            if pane.loaded_id != account_id:
                return
            pane.loaded_id = None  # a later visit of the tab tries again
            message = messages.describe(exc)
            pane.show_message(f"{message.text} {message.hint}".strip(), error=True)
            if isinstance(exc, SessionExpired):
                self.session_expired.emit()

        self._run(
            lambda _ctx: fetch(account_id),
            name="supervisor-document",
            on_result=done,
            on_error=failed,
        )

    # -- review marks -----------------------------------------------------------------------
    def ask_mark(self, status: str) -> MarkDialog | None:
        item = self.detail.account
        if item is None:
            return None
        note = item.review.note if item.review else ""
        dialog = MarkDialog(item.full_name, status, note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        account_id = item.account_id
        dialog.accepted.connect(lambda: self.mark(account_id, dialog.status, dialog.note_text))
        before = QApplication.focusWidget()
        dialog.finished.connect(lambda _code: QTimer.singleShot(0, lambda: self._refocus(before)))
        dialog.open()
        return dialog

    def _refocus(self, before: QWidget | None) -> None:
        """After a dialog: the window active again and the keys where they were, so Ctrl+F
        and F5 work at once (a bare platform does not give activation back by itself)."""
        self.window().activateWindow()
        with contextlib.suppress(RuntimeError):  # the widget may be gone by then
            if before is not None and before.isVisible() and before.isEnabled():
                before.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark(self, account_id: str, status: str, note: str) -> None:
        client = self.client

        def done(review: Review) -> None:
            row = self.model.row_of(account_id)
            current = self.model.account(row) if row is not None else None
            shown = self.detail.account
            base = current or (shown if shown and shown.account_id == account_id else None)
            if base is not None:
                updated = base.model_copy(update={"review": review})
                self.model.update_account(updated)
                if shown is not None and shown.account_id == account_id:
                    self.detail.show_account(updated, self.model.revealed(account_id))
            self._fetch_totals()

        self._run(
            lambda _ctx: client.review(account_id, status, note),
            name="supervisor-mark",
            on_result=done,
            on_error=self._detail_failed,
        )

    # -- export -----------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        day = self.filters.selected_day()
        suggested = Path.home() / f"bao-cao-tai-khoan-{day.isoformat()}.{fmt}"
        filters = self.tr("Tệp PDF (*.pdf)") if fmt == "pdf" else self.tr("Tệp CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Xuất báo cáo ngày {day}").format(day=day_text(day)),
            str(suggested),
            filters,
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{fmt}":
                target = target.with_name(target.name + f".{fmt}")
            self.export_to(target)

    def export_to(self, target: Path) -> Task[Any] | None:
        """Write the day's report (the day, unit and officer filters; every review state and
        no text filter: a report counts the whole day). Masked ID numbers and phones."""
        fmt = day_report.format_for(target.name)
        if fmt is None:
            return None
        query = self.current_query()
        report_query = DayQuery(day=query.day, unit_id=query.unit_id, officer_id=query.officer_id)
        client, officer = self.client, self.officer
        place = self.settings.counter.place
        now = dt.datetime.now(dt.UTC)

        def work(ctx: TaskContext) -> int:
            report = day_report.build(
                client,
                officer,
                report_query,
                fmt,
                place=place,
                generated_at=now,
                check=ctx.check,
                progress=lambda done, total: ctx.progress(
                    int(100 * done / total) if total else 100, ""
                ),
            )
            day_report.write_atomically(target, report.data)
            return report.accounts

        def done(count: int) -> None:
            self._export_busy(False)
            self.updated.setText(
                self.tr("Đã xuất {file}: {n} tài khoản.").format(file=target.name, n=count)
            )
            self.exported.emit(str(target))

        def failed(exc: BaseException) -> None:
            self._export_busy(False)
            if isinstance(exc, OSError):
                self.error.setText(
                    self.tr("Không ghi được tệp {file}: kiểm tra thư mục và quyền ghi.").format(
                        file=str(target)
                    )
                )
                self.error.show()
                return
            self._failed(exc)

        self._export_busy(True)
        self.export_task = self._run(
            work,
            name="supervisor-export",
            on_result=done,
            on_error=failed,
            on_progress=lambda pct, _text: self.updated.setText(
                self.tr("Đang lập báo cáo… {pct}%").format(pct=pct)
            ),
        )
        return self.export_task

    def _export_busy(self, busy: bool) -> None:
        self.export_pdf_button.setEnabled(not busy)
        self.export_csv_button.setEnabled(not busy)

    # -- words ------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        day = day_text(self.filters.selected_day())
        totals = self.totals
        if totals is None:
            self.summary.setText(self.tr("Ngày {day}").format(day=day))
        else:
            c = totals.all
            self.summary.setText(
                self.tr(
                    "Ngày {day}: {total} tài khoản · {unreviewed} chưa kiểm tra · "
                    "{checked} đã kiểm tra · {needs} cần xử lý"
                ).format(
                    day=day,
                    total=c.total,
                    unreviewed=c.unreviewed,
                    checked=c.checked,
                    needs=c.needs_action,
                )
            )
        self.lists.setTabText(
            0,
            self.tr("Danh sách ({shown}/{total})").format(
                shown=self.model.rowCount(), total=self.model.total
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Làm mới"))
        self.refresh_button.setToolTip(
            self.tr("Tải lại danh sách (F5); tự làm mới mỗi {n} giây.").format(
                n=max(1, self.timer.interval() // 1000)
            )
        )
        self.export_pdf_button.setText(self.tr("Xuất PDF…"))
        self.export_csv_button.setText(self.tr("Xuất CSV…"))
        self.lists.setTabText(1, self.tr("Tổng hợp theo đơn vị, cán bộ"))
        self.model.retranslate()
        self.totals_model.retranslate()
        self._update_summary()
