"""The supervisor's screen as the log-in attaches it: lock on expiry, forget on log-out."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from kiosk import config
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from kiosk.ui.supervisor import SupervisorView
from tests.helpers.gateway import SUPERVISOR
from tests.unit.report.factory import DAY


def test_attach_shows_the_screen_locks_on_expiry_and_forgets_on_log_out(
    qtbot, gateway, busy_day, kiosk_home
) -> None:
    cfg = kiosk_home / "system" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(f'[gateway]\nurl = "{gateway.url}"\n', encoding="utf-8")
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.window.show()
    app.session.start()
    page = app.session.login_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page)
    page.username.setText(SUPERVISOR)
    page.password.setText(DEMO_PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.officer is not None, timeout=10_000)
    officer = app.session.officer
    assert officer.is_supervisor

    # The log-in itself attaches the screen (no unit chooser for a supervisor).
    qtbot.waitUntil(lambda: app.work.supervisor_view is not None, timeout=10_000)
    view = app.work.supervisor_view
    assert isinstance(view, SupervisorView)
    assert app.window.pages.currentWidget() is view
    assert "Giám sát viên: Phạm Thu Hà" in app.window.officer_label.text()
    # the test gateway's clock stands on DAY; the screen opened on the PC's today
    view.filters.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    qtbot.waitUntil(lambda: view.model.rowCount() == 100, timeout=10_000)
    assert view.running

    view.session_expired.emit()  # as when a call finds the session over
    assert app.window.is_locked and not view.running  # hidden behind the lock: no polling

    pages_before = app.window.pages.count()
    app.session.logout()
    assert view.model.rowCount() == 0 and view.detail.account is None
    assert app.window.pages.count() == pages_before - 1
    assert app.window.pages.currentWidget() is app.session.login_page
    app.close()
