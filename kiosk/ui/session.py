"""The officer's session: gateway, log-in, unit, auto-lock, log-out.

Training mode (no gateway configured) starts the embedded training gateway on loopback first.
Every call goes through run_task(); every refusal through messages.describe(). A lapsed session
or an idle lock covers the screen and gives the same screen back after the password: whatever
the officer was doing underneath is never torn down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from kiosk import paths
from kiosk.config import Settings
from kiosk.portal.errors import PortalError
from kiosk.ui import messages
from kiosk.ui.idle_lock import IdleWatcher, LockScreen
from kiosk.ui.login_page import LoginPage
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tasks import TaskContext, run_task
from kiosk.ui.unit_page import UnitPage

if TYPE_CHECKING:
    # requests and keyring: loaded after the first window (app.py), used from _connect on.
    from kiosk.portal.client import GatewayClient
    from kiosk.portal.credentials import CredentialStore
    from kiosk.portal.models import Officer, Unit

log = logging.getLogger(__name__)

TRAINING_DB = "training-gateway.sqlite3"


class SessionController(QObject):
    """Owns the client and the officer's session; tells the rest of the UI who works where."""

    ready = Signal()  # logged in and a unit chosen: the work screens may start
    ended = Signal()  # logged out: anything of the last citizen must go
    failed = Signal(str)  # the gateway could not be started or reached at all

    def __init__(
        self, settings: Settings, window: MainWindow, home: Any, idle_ms: int | None = None
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.home = home
        self.client: GatewayClient | None = None
        self.store: CredentialStore | None = None
        self.training_gateway: Any = None
        self.officer: Officer | None = None
        self.unit: Unit | None = None
        self._remember = False
        self._unlock_reason = "idle"
        # A log-in typed on the first screen before the gateway was reachable: sent then.
        self._pending_login: tuple[str, str, bool] | None = None
        # Set by the work screens: given the log-out to run, returns True when it asks the
        # officer first (a citizen's case is open) and runs it only if they say so.
        self.logout_guard: Callable[[Callable[[], None]], bool] | None = None

        self.login_page = LoginPage()
        self.unit_page = UnitPage()
        self.lock_screen = LockScreen()
        self.login_page.login_requested.connect(self._login)
        self.unit_page.unit_chosen.connect(self._choose_unit)
        self.unit_page.logout_requested.connect(self.logout)
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.logout_requested.connect(self.request_logout)
        minutes = settings.ui.idle_lock_minutes
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock("idle"))

        self.logout_action = QAction(self.tr("Đăng xuất"), self)
        self.logout_action.triggered.connect(self.request_logout)
        self.logout_action.setEnabled(False)
        window.file_menu.insertAction(window.quit_action, self.logout_action)

    # -- start --------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.settings.training:
            self._connect(self.settings.gateway.url)
            return
        self.window.statusBar().showMessage(self.tr("Đang khởi động máy chủ đào tạo…"))

        def boot(_ctx: TaskContext) -> Any:
            from kiosk.sandbox import serve_in_thread  # heavy: FastAPI, SQLAlchemy

            db = paths.ensure(paths.data_dir()) / TRAINING_DB
            return serve_in_thread(db)

        run_task(
            boot, name="training-gateway", on_result=self._training_started, on_error=self._fatal
        )

    def _training_started(self, running: Any) -> None:
        self.training_gateway = running
        self.window.statusBar().clearMessage()
        self._connect(running.url)

    def _connect(self, url: str) -> None:
        from kiosk.portal.client import GatewayClient
        from kiosk.portal.credentials import CredentialStore

        try:
            self.client = GatewayClient.from_settings(
                self.settings.gateway,
                base_url=url,
                counter_name=self.settings.counter.name,
                on_tokens_changed=self._tokens_changed,
            )
        except PortalError as exc:
            self._fatal(exc)
            return
        self.store = CredentialStore(url)
        status = self.store.status()
        if not status.usable:
            self.login_page.block_remember(status.reason or "unavailable")
        token = self.store.recall() if status.usable else None
        pending, self._pending_login = self._pending_login, None
        if pending is not None:
            self._login(*pending)  # typed already: that officer, not a remembered one
        elif token:
            self._remember = True
            client = self.client
            self.login_page.set_busy(True)
            run_task(
                lambda _ctx: client.resume(token),
                name="resume",
                on_result=self._logged_in,
                on_error=self._resume_failed,
            )
        elif self.window.pages.currentWidget() is not self.login_page:
            self.show_login()
        # else: on screen since the first paint; what the officer has typed stays

    def _fatal(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        self.window.statusBar().showMessage(f"{msg.text} {msg.hint}")
        self.login_page.show_error(f"{msg.text} {msg.hint}")
        self.window.show_page(self.login_page)
        self.failed.emit(msg.text)

    # -- log-in -------------------------------------------------------------------------------
    def show_login(self, username: str = "") -> None:
        self.login_page.reset(username)
        self.window.show_page(self.login_page)

    def _login(self, username: str, password: str, remember: bool) -> None:
        client = self.client
        if client is None:
            self._pending_login = (username, password, remember)
            return
        self._remember = remember
        run_task(
            lambda _ctx: client.login(username, password),
            name="login",
            on_result=self._logged_in,
            on_error=lambda exc: self._show_login_error(exc),
        )

    def _show_login_error(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        self.login_page.show_error(f"{msg.text} {msg.hint}".strip())

    def _resume_failed(self, exc: BaseException) -> None:
        log.info("remembered session not usable: %s", type(exc).__name__)
        unreachable = isinstance(exc, PortalError) and exc.kind in ("offline", "timeout")
        if not unreachable:
            # The gateway said no (revoked, expired): the remembered token is worthless.
            self._forget()
        self.show_login()
        if unreachable:
            self._show_login_error(exc)

    def _tokens_changed(self, refresh_token: str | None) -> None:
        # Called on the worker thread that rotated the token: keyring only, no widgets.
        if not self._remember or self.store is None:
            return
        from kiosk.portal.credentials import KeyringRefused

        try:
            self.store.update(refresh_token)
        except KeyringRefused as refused:
            log.warning("session not remembered: keyring %s", refused.reason)

    def _logged_in(self, officer: Officer) -> None:
        self.officer = officer
        self.logout_action.setEnabled(True)
        log.info("officer %s logged in", officer.id)
        if officer.is_supervisor and not officer.is_officer:
            # A supervisor reviews every unit they oversee and creates nothing: the unit a
            # counter records its creations under means nothing to them, so no chooser.
            self.unit = None
            self._start_work()
            return
        eligible = [u for u in officer.units if u.eligible]
        preferred = [u for u in eligible if u.id == self.settings.counter.unit_id]
        if preferred or len(eligible) == 1:
            self._set_unit((preferred or eligible)[0])
            return
        # Shown first: focus given to a widget never shown yet is lost (Enter did nothing).
        self.window.show_page(self.unit_page)
        self.unit_page.show_units(officer.units, officer.unit_diagnosis)

    def _choose_unit(self, unit_id: str) -> None:
        if self.officer is None:
            return
        for unit in self.officer.units:
            if unit.id == unit_id and unit.eligible:
                self._set_unit(unit)
                return

    def _set_unit(self, unit: Unit) -> None:
        self.unit = unit
        officer = self.officer
        assert officer is not None
        self.window.set_officer_text(
            lambda: self.tr("Cán bộ: {name} · {unit}").format(
                name=officer.full_name, unit=unit.name
            )
        )
        self.window.show_page(self.home)
        self._start_work()

    def _start_work(self) -> None:
        self.idle.watch(self.window)
        self.idle.start()
        self.ready.emit()

    # -- lock ---------------------------------------------------------------------------------
    def lock(self, reason: str = "idle") -> None:
        """Cover the screen; `reason` idle (timer) or expired (the gateway ended the session)."""
        if self.officer is None or self.window.is_locked:
            return
        self._unlock_reason = reason
        self.idle.stop()
        self.lock_screen.prepare(self.officer.full_name, self.officer.username)
        if reason == "expired":
            self.lock_screen.show_error(
                self.tr("Phiên đăng nhập đã hết hạn. Nhập mật khẩu để làm tiếp."), "expired"
            )
        self.window.lock(self.lock_screen)
        self.lock_screen.password.setFocus()
        log.info("screen locked (%s)", reason)

    def session_expired(self) -> None:
        """For work screens: a call failed with SessionExpired; the case on screen stays."""
        self.lock("expired")

    def _unlock(self, password: str) -> None:
        client, officer = self.client, self.officer
        if client is None or officer is None:
            return
        username = officer.username
        run_task(
            lambda _ctx: client.login(username, password),
            name="unlock",
            on_result=self._unlocked,
            on_error=self._unlock_failed,
        )

    def _unlocked(self, officer: Officer) -> None:
        if self.officer is not None and officer.id != self.officer.id:
            return  # cannot happen with the officer's own username; never switch people here
        self.window.unlock()
        self.idle.start()
        log.info("screen unlocked")

    def _unlock_failed(self, exc: BaseException) -> None:
        msg = messages.describe(exc)
        code = str(getattr(exc, "code", "") or "error")
        text = msg.text
        if code == "invalid_credentials":
            # The user name is the locked officer's own, not typed here: only the password
            # can be wrong.
            code, text = "wrong_password", self.tr("Mật khẩu không đúng.")
        self.lock_screen.show_error(f"{text} {msg.hint}".strip(), code)

    # -- log-out ------------------------------------------------------------------------------
    def _forget(self) -> None:
        if self.store is None:
            return
        from kiosk.portal.credentials import KeyringRefused

        try:
            self.store.forget()
        except KeyringRefused as refused:
            log.warning("remembered session could not be wiped: %s", refused.reason)

    def request_logout(self) -> None:
        """The officer asked to log out: the work screens may ask first."""
        guard = self.logout_guard
        if guard is not None and guard(self.logout):
            return
        self.logout()

    def logout(self) -> None:
        client = self.client
        self.idle.stop()
        self._forget()
        self._remember = False
        self.officer = None
        self.unit = None
        self.logout_action.setEnabled(False)
        self.window.set_officer_text("")
        if self.window.is_locked:
            self.window.unlock()
        self.ended.emit()
        if client is not None:
            run_task(lambda _ctx: client.logout(), name="logout")
        self.show_login()

    def shutdown(self) -> None:
        self.idle.close()
        if self.client is not None:
            self.client.close()
        if self.training_gateway is not None:
            self.training_gateway.stop()
            self.training_gateway = None
