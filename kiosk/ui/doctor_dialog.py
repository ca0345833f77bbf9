"""Help › Kiểm tra máy: the `kiosk doctor` table inside the GUI, for IT at the desk.

The Qt-free checks run through run_task (network, disk, SANE can all be slow); the printer
check asks Qt, so it runs on the GUI thread once the others are back. The checks hand over
codes; the details and fixes are worded by kiosk/ui/catalogue/doctor.py, the same catalogue
`kiosk doctor` prints from, and are worded again when the language changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk import config
from kiosk.doctor import (
    ORDER,
    CheckResult,
    DoctorContext,
    DoctorOptions,
    Hint,
    Said,
    failed,
    run_checks,
    say,
    standard_checks,
)
from kiosk.scanner.device import ScanDevice
from kiosk.ui import messages
from kiosk.ui.catalogue import doctor as words
from kiosk.ui.printers import available_printers, judge
from kiosk.ui.tasks import Task, TaskContext, run_task

_COLOURS = {"ok": "#067647", "fail": "#b42318", "skip": "#555555"}


class DoctorDialog(QDialog):
    """Runs every check when shown (or on "Chạy lại") and lists them with their fixes."""

    checks_done = Signal(list)  # list[CheckResult], in the table's order

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: config.Settings | None = None,
        options: DoctorOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DoctorDialog")
        self.resize(1100, 640)
        self._settings = settings  # None: read the configuration files afresh on each run
        self._options = options or DoctorOptions()
        self._task: Task[Any] | None = None
        self.results: list[CheckResult] = []

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)

        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_report)
        self.run_button = QPushButton()
        self.run_button.setObjectName("Primary")
        self.run_button.clicked.connect(self.run)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.retranslate()

    # -- running --------------------------------------------------------------------------------
    def run(self) -> None:
        if self._task is not None and self._task.running:
            return
        self.results = []
        self.table.setRowCount(0)
        self.run_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.progress.setValue(0)
        self.summary.setText(self.tr("Đang kiểm tra…"))
        settings, options = self._settings, self._options
        cameras = _cameras_here()  # Qt Multimedia lists them on this (GUI) thread

        def work(ctx: TaskContext) -> tuple[list[CheckResult], config.Settings]:
            doctor = (
                DoctorContext(settings, options=options)
                if settings is not None
                else DoctorContext.load(options)
            )
            if cameras is not None:
                doctor.cameras = lambda: cameras
            with doctor:
                results = run_checks(
                    standard_checks(),
                    doctor,
                    progress=lambda pct, title: ctx.progress(pct, title),
                    cancelled=lambda: ctx.cancelled,
                )
            return results, doctor.settings

        self._task = run_task(
            work,
            name="doctor",
            on_result=self._show,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._stopped,
        )

    def _progressed(self, percent: int, name: str) -> None:
        self.progress.setValue(percent)
        self.summary.setText(self.tr("Đang kiểm tra: {title}").format(title=words.title(name)))

    def _show(self, outcome: tuple[list[CheckResult], config.Settings]) -> None:
        results, settings = outcome
        # Qt's printer list is read here, on the GUI thread.
        try:
            printers = judge(available_printers(), settings.printer.name, settings.printer.file)
        except Exception as exc:  # a broken print plugin is a finding, not a crash
            printers = failed(
                "printers",
                say(Said.CHECK_CRASHED, error=type(exc).__name__),
                say(Hint.SEND_LOG),
            )
        results = sorted([*results, printers], key=lambda r: ORDER.index(r.name))
        self.results = results
        self._fill_table()
        self.progress.setValue(100)
        self._summarise()
        self._done()
        self.checks_done.emit(results)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            self._fill_row(row, result)
        self.table.resizeRowsToContents()

    def _summarise(self) -> None:
        failures = sum(1 for r in self.results if not r.ok)
        if failures:
            self.summary.setText(
                self.tr("{n} mục lỗi: làm theo “Cách sửa” rồi bấm Chạy lại.").format(n=failures)
            )
        else:
            self.summary.setText(self.tr("Tất cả đều đạt."))

    def _fill_row(self, row: int, result: CheckResult) -> None:
        title = QTableWidgetItem(words.title(result.name))
        title.setData(Qt.ItemDataRole.UserRole, result.name)
        status = QTableWidgetItem(words.status_word(result.status))
        status.setForeground(QBrush(QColor(_COLOURS[result.status])))
        font = status.font()
        font.setBold(True)
        status.setFont(font)
        text = words.detail_text(result)
        hint = words.hint_text(result)
        if hint:
            text += "\n" + self.tr("Cách sửa: {hint}").format(hint=hint)
        detail = QTableWidgetItem(text)
        detail.setToolTip(text)
        for column, item in enumerate((title, status, detail)):
            self.table.setItem(row, column, item)

    def _failed(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        self.summary.setText(f"{msg.text} {msg.hint}".strip())
        self._done()

    def _stopped(self) -> None:
        self.summary.setText(self.tr("Đã dừng kiểm tra."))
        self._done()

    def _done(self) -> None:
        self.run_button.setEnabled(True)
        self.copy_button.setEnabled(bool(self.results))

    def copy_report(self) -> None:
        """The same table `kiosk doctor` prints, for a support ticket or a chat message."""
        QGuiApplication.clipboard().setText(words.as_table(self.results))

    # -- window ----------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.results and (self._task is None or not self._task.running):
            self.run()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiểm tra máy kiosk"))
        self.heading.setText(self.tr("Kiểm tra máy kiosk"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kiểm tra"), self.tr("Kết quả"), self.tr("Chi tiết và cách sửa")]
        )
        self.run_button.setText(self.tr("Chạy lại"))
        self.copy_button.setText(self.tr("Sao chép báo cáo"))
        self.close_button.setText(self.tr("Đóng"))
        if self.results and (self._task is None or not self._task.running):
            # What was found stays on screen, worded in the new language.
            self._fill_table()
            self._summarise()


class _HelpMenuEntry(QObject):
    """Keeps the menu entry's text in the current language."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("Kiểm tra máy…"))

    def open(self) -> None:
        dialog = DoctorDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def install(window: Any) -> QAction:
    """Add "Kiểm tra máy…" to the main window's help menu (window: kiosk.ui.MainWindow)."""
    action = QAction(window)
    entry = _HelpMenuEntry(window, action)
    action.triggered.connect(entry.open)
    window.help_menu.insertAction(window.about_action, action)
    return action


def _cameras_here() -> list[ScanDevice] | None:
    """None where Qt Multimedia cannot load (the check then says so)."""
    from kiosk.ui.wizard.scanner_choice import camera_driver

    driver = camera_driver()
    return driver.list_devices() if driver is not None else None
