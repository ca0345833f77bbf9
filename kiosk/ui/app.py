"""QApplication bootstrap: config, logging, language, error hooks, the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

import kiosk
from kiosk import config, logs, paths, resources
from kiosk.process_privacy import no_core_dumps
from kiosk.ui import crash, fonts, i18n, messages
from kiosk.ui.catalogue import config_words
from kiosk.ui.gc_guard import MainThreadCollector
from kiosk.ui.main_window import MainWindow
from kiosk.ui.named import named
from kiosk.ui.session import TRAINING_DB, SessionController
from kiosk.ui.style import STYLESHEET
from kiosk.ui.tasks import TaskContext, run_task, running_tasks

if TYPE_CHECKING:
    from kiosk.journal.records import CaseSummary
    from kiosk.ui.home_page import HomePage
    from kiosk.ui.wizard.workbench import Workbench

log = logging.getLogger(__name__)

# What the screens after the log-in need (the wizard, the doctor, the journal, the gateway
# client and through them numpy, reportlab, requests, zeroconf): imported on a worker thread
# once the log-in screen is painted, so the first window waits for none of it.
WORK_MODULES = (
    "kiosk.portal.client",
    "kiosk.portal.credentials",
    "kiosk.journal.damaged_files",
    "kiosk.journal.health",
    "kiosk.journal.store",
    "kiosk.ui.home_page",
    "kiosk.ui.doctor_dialog",
    "kiosk.ui.settings_dialog",
    "kiosk.ui.wizard.workbench",
)


def load_work_modules(_ctx: TaskContext | None = None) -> None:
    for name in WORK_MODULES:
        importlib.import_module(name)


def training_database_files() -> list[Path]:
    """The training gateway's SQLite file as the GUI starts it (session.py), and its sidecars."""
    db = paths.data_dir() / TRAINING_DB
    return [db, *(db.with_name(db.name + side) for side in ("-wal", "-shm", "-journal"))]


def remove_training_database() -> None:
    """The practice citizens' data (names, ID numbers, OTPs, first passwords, ID-card PDFs)
    is in clear in the training gateway's database: it does not outlive the kiosk."""
    for path in training_database_files():
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # Windows: still open; the next start removes it
            log.warning("training database not removed: %s", type(exc).__name__)


def prepare_training_database() -> None:
    """A fresh, owner-only file for this run: nothing of an earlier run (a crash left it) stays,
    and SQLite gives its -wal and -shm the main file's mode."""
    remove_training_database()
    db = paths.ensure(paths.data_dir()) / TRAINING_DB
    os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def install_icon(app: QApplication) -> None:
    """The kiosk's icon on every window: title bars, the taskbar, Alt+Tab."""
    icon = resources.icon_path("kiosk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(kiosk.APP_NAME)
    app.setApplicationDisplayName(kiosk.APP_TITLE)
    app.setApplicationVersion(kiosk.__version__)
    fonts.install(app)
    install_icon(app)
    app.setStyleSheet(STYLESHEET)
    # Owned by the application: cycles are collected on the GUI thread only, all run long.
    MainThreadCollector(parent=app)
    return app


class NotConfiguredPage(QWidget):
    """Shown instead of the log-in on an installed counter with no gateway (config.mode).

    Officers cannot fix it; the words say who can, and where the kiosk looked, so IT sees at
    once whether the file is missing or in a folder the kiosk does not read.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotConfiguredPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        self.title = named(QLabel(), "PageTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.files = QLabel()
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.files)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Máy này chưa được cấu hình"))
        self.body.setText(
            self.tr(
                "Kiosk chưa biết máy chủ (gateway) nào để tạo tài khoản, nên chưa thể tiếp công "
                "dân. Xin báo bộ phận CNTT: cài lại với tham số --gateway-url, hoặc ghi "
                'gateway.mode = "training" nếu máy này chỉ dùng để tập huấn. Lệnh '
                "«kiosk doctor» cho biết chi tiết."
            )
        )
        searched = "\n".join(str(p) for p in reversed(paths.system_config_files()))
        self.files.setText(self.tr("Tệp cấu hình chung đã tìm:") + "\n" + searched)


class KioskApp:
    """Owns the window and the app-wide services; kept small so tests can build it.

    The first window is the log-in screen (or, on a counter with no gateway, the reason why
    not), built from light modules only. The work screens (home, wizard, menus to the doctor
    and the settings) need the heavy ones: `whole=False` leaves them to start(), which imports
    them on a worker thread after the first paint, builds them and only then starts the
    session, so no log-in can be ready before the screens that answer it.
    """

    def __init__(
        self,
        settings: config.Settings,
        language: str | None = None,
        idle_ms: int | None = None,
        *,
        whole: bool = True,
    ) -> None:
        self.settings = settings
        self.qapp = _application()
        self.language = language or settings.ui.language
        i18n.install(self.qapp, self.language)
        self.notifier = crash.CrashNotifier()
        crash.install(self.notifier)
        self.window = MainWindow(settings)
        self.window.set_language_checked(self.language)
        self.window.language_chosen.connect(self.set_language)
        self.session = SessionController(settings, self.window, None, idle_ms=idle_ms)
        self.not_configured: NotConfiguredPage | None = None
        self._work_built = False
        self._started = False
        if config.mode(self.settings) == "not_configured":
            log.warning("no gateway configured on an installed kiosk: not starting a session")
            self.not_configured = NotConfiguredPage()
            self.window.show_page(self.not_configured)
        else:
            # The first screen is the log-in, never the officer's home (it must not flash).
            self.session.show_login()
        if whole:
            self.build_work_screens()

    def build_work_screens(self) -> None:
        """The home page, the workbench and the menu entries (GUI thread; imports are cheap
        once load_work_modules has run)."""
        if self._work_built:
            return
        self._work_built = True
        from kiosk.ui import doctor_dialog, settings_dialog
        from kiosk.ui.home_page import HomePage
        from kiosk.ui.wizard.workbench import Workbench

        self.home: HomePage = HomePage()
        self.session.home = self.home
        doctor_dialog.install(self.window)
        settings_dialog.install(self.window, self.session, self.settings)
        # After log-in: the start screen, one wizard per citizen (or the supervisor's screen).
        self.work: Workbench = Workbench(self.settings, self.window, self.home, self.session)
        self.session.ready.connect(self._check_journal_key)
        self.home.set_aside_requested.connect(self._set_journal_aside)

    def start(self) -> None:
        """Log-in (or the training gateway first); an installed counter without a gateway
        explains itself instead: it must never serve citizens into training by accident."""
        if self.not_configured is not None or self._started:
            return
        self._started = True
        if self.settings.training:
            prepare_training_database()
        if self._work_built:
            self.session.start()
            return

        def built(_none: None) -> None:
            self.build_work_screens()
            self.session.start()

        def broken(exc: BaseException) -> None:
            raise exc  # an incomplete installation: the crash hook logs and says so

        run_task(load_work_modules, name="load-work-screens", on_result=built, on_error=broken)

    # -- a journal whose key is gone -----------------------------------------------------------
    def _check_journal_key(self) -> None:
        """A missing or foreign key blocks the journal; its cases are listed (their masked
        summaries need no key) and the officer may set it aside for IT (HomePage)."""
        officer = self.session.officer
        if officer is None or not officer.is_officer:
            return

        def check(_ctx: TaskContext) -> list[CaseSummary] | None:
            from kiosk.journal.health import key_problem
            from kiosk.journal.store import default_path, unfinished_without_key

            path = default_path()
            if not key_problem(path):
                return None
            return unfinished_without_key(path)

        def found(cases: list[CaseSummary] | None) -> None:
            if cases is None:
                self.home.hide_set_aside()
            else:
                log.warning("journal key missing or foreign: %d unfinished cases", len(cases))
                self.home.offer_set_aside(cases)

        run_task(check, name="journal-key", on_result=found)

    def _set_journal_aside(self) -> None:
        def move(_ctx: TaskContext) -> str:
            from kiosk.journal.damaged_files import quarantine
            from kiosk.journal.store import default_path

            return quarantine(default_path()).name

        def moved(name: str) -> None:
            log.warning("journal without its key set aside for IT as %s", name)
            self.home.hide_set_aside()
            # The workbench opens a journal when the officer is ready: a fresh one now.
            self.session.ready.emit()

        def failed(exc: BaseException) -> None:
            msg = messages.describe(exc)
            self.home.set_notice(f"{msg.text} {msg.hint}".strip())

        run_task(move, name="journal-set-aside", on_result=moved, on_error=failed)

    def set_language(self, code: str) -> None:
        """Switch now (widgets retranslate on LanguageChange) and remember for this user."""
        if code == self.language:
            return
        self.language = code
        i18n.install(self.qapp, code)
        config.save_user({"ui": {"language": code}})
        log.info("UI language set to %s", code)

    def close(self) -> None:
        # Work still running (a scan, a download) is told to stop: Qt's thread pool waits for
        # it before the process can end. A create already sent is settled at the next start.
        for task in running_tasks():
            task.cancel()
        if self._work_built:
            self.work.close()
        store = self.session.store
        self.session.shutdown()
        if self.settings.training:
            remove_training_database()
            # A session of a gateway that is gone (a fresh one, on another port, next time).
            if store is not None:
                from kiosk.portal.credentials import KeyringRefused

                try:
                    store.forget()
                except KeyringRefused as refused:
                    log.warning("training session not forgotten: keyring %s", refused.reason)
        crash.uninstall()
        self.window.close()


def _no_display() -> bool:
    """On Linux without X11/Wayland and no platform chosen, Qt would abort the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


SMOKE_LIMIT_MS = 10_000
START_LIMIT_MS = 1_000
QUEUED = Qt.ConnectionType.QueuedConnection  # after the paint has ended, not inside it


def run_gui(smoke: bool = False, language: str | None = None) -> int:
    if _no_display():
        if not smoke:
            print(
                "kiosk: không có màn hình (DISPLAY trống) / no display: "
                "run on a desktop session, or under Xvfb",
                file=sys.stderr,
            )
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test needs no screen
    try:
        settings = config.load()
    except config.ConfigError as exc:
        # One line for IT staff; the kiosk does not start half-configured.
        line = config_words.describe(exc)
        print(f"kiosk: {line}", file=sys.stderr)
        app = _application()
        if not smoke:
            QMessageBox.critical(None, "Kiosk", line)
        del app
        return 2
    no_core_dumps()  # before any citizen's data is in memory
    log_file = logs.setup(
        settings.logging.level, settings.logging.max_bytes, settings.logging.backups
    )
    log.info("kiosk %s starting (mode=%s)", kiosk.__version__, config.mode(settings))
    kiosk_app = KioskApp(settings, language, whole=False)
    if smoke:
        # Leave once the first window has been shown and painted (a bound for a platform that
        # never paints an offscreen window).
        kiosk_app.window.first_painted.connect(kiosk_app.qapp.quit, QUEUED)
        QTimer.singleShot(SMOKE_LIMIT_MS, kiosk_app.qapp.quit)
    else:
        # The rest loads once the log-in screen is on the glass, not before (or after a
        # second, should a window manager keep the window from being painted: start() runs
        # once).
        kiosk_app.window.first_painted.connect(kiosk_app.start, QUEUED)
        QTimer.singleShot(START_LIMIT_MS, kiosk_app.start)
    show_for_the_counter(kiosk_app.window)
    code = kiosk_app.qapp.exec()
    kiosk_app.close()
    log.info("kiosk stopped (log: %s)", log_file)
    return int(code)


def show_for_the_counter(window: QWidget) -> None:
    """Maximised: with a title bar and a taskbar (Windows) a 1366×768 window would put its
    status bar and button row off screen; every page is laid out for 1366×728 and 1280×720."""
    window.showMaximized()
