"""The officer's session against the real training gateway over loopback HTTP."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk import config
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import (  # noqa: F401
    NO_UNIT_OFFICER,
    OFFICER,
    OFFICER_2,
    SUPERVISOR,
    WRONG_NAME_OFFICER,
    gateway,
    gateway_clock,
    make_gateway,
)


@pytest.fixture
def make_app(qtbot, gateway, kiosk_home):  # noqa: F811
    """A kiosk pointed at the test's own gateway (as IT would configure a training room)."""
    apps: list[KioskApp] = []

    def make(idle_ms: int | None = None) -> KioskApp:
        cfg = kiosk_home / "system" / "config.toml"
        cfg.parent.mkdir(parents=True, exist_ok=True)
        cfg.write_text(f'[gateway]\nurl = "{gateway.url}"\n', encoding="utf-8")
        app = KioskApp(config.load(), idle_ms=idle_ms)
        qtbot.addWidget(app.window)
        app.window.show()
        app.session.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def session_entries(keyring_backend) -> list[str]:
    """What the kiosk remembers of officers' sessions (the journal's data key is not one)."""
    return [
        v
        for (service, _u), v in keyring_backend.store.items()
        if service.startswith("kiosk-gateway")
    ]


def log_in(
    qtbot, app: KioskApp, username: str, password: str = DEMO_PASSWORD, remember: bool = False
) -> None:
    page = app.session.login_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page)
    page.username.setText(username)
    page.password.setText(password)
    page.remember.setChecked(remember)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def test_officer_with_two_units_chooses_one(qtbot, make_app) -> None:
    app = make_app()
    log_in(qtbot, app, OFFICER)
    unit_page = app.session.unit_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is unit_page)
    names = [unit_page.units.item(i).text() for i in range(unit_page.units.count())]
    assert len(names) == 2 and any("Phố Hiến" in n for n in names)
    unit_page.units.setCurrentRow(1)
    with qtbot.waitSignal(app.session.ready):
        qtbot.keyClick(unit_page.units, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.home
    assert app.session.unit is not None and app.session.unit.name == names[1]
    assert "Nguyễn Thị Lan" in app.window.officer_label.text()


def test_a_supervisor_of_three_units_goes_straight_to_the_review(qtbot, make_app) -> None:
    """No unit chooser for a supervisor: the unit only says who created an account, and a
    supervisor creates none (before, giamsat.demo was asked to choose among three)."""
    from kiosk.ui.supervisor import SupervisorView

    app = make_app()
    shown: list[object] = []
    app.window.pages.currentChanged.connect(lambda i: shown.append(app.window.pages.widget(i)))
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        log_in(qtbot, app, SUPERVISOR)
    officer = app.session.officer
    assert officer is not None and len(officer.units) == 3
    qtbot.waitUntil(lambda: isinstance(app.window.pages.currentWidget(), SupervisorView))
    assert app.session.unit_page not in shown and app.home not in shown
    assert app.session.unit is None
    assert "Giám sát viên" in app.window.officer_label.text()


def test_officer_with_one_unit_goes_straight_to_work(qtbot, make_app) -> None:
    app = make_app()
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        log_in(qtbot, app, OFFICER_2)
    assert "VĂN GIANG" in app.window.officer_label.text()


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        (NO_UNIT_OFFICER, "chưa được gán vào đơn vị nào"),
        (WRONG_NAME_OFFICER, "tên đơn vị chưa đúng quy định"),
    ],
)
def test_both_causes_of_no_unit_are_explained(qtbot, make_app, username, expected) -> None:
    app = make_app()
    log_in(qtbot, app, username)
    unit_page = app.session.unit_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is unit_page)
    assert expected in unit_page.explanation.text()
    assert not unit_page.choose_button.isVisible()
    if username == WRONG_NAME_OFFICER:
        assert "Bộ phận 1 cửa UBND xã Nghĩa Trụ" in unit_page.explanation.text()


def test_wrong_password_is_said_in_vietnamese(qtbot, make_app) -> None:
    app = make_app()
    log_in(qtbot, app, OFFICER, "sai-mat-khau")
    page = app.session.login_page
    qtbot.waitUntil(lambda: bool(page.error.text()))
    assert "không đúng" in page.error.text()
    assert page.password.isEnabled()


def test_remember_keeps_only_the_refresh_token_and_logout_wipes_it(
    qtbot, make_app, memory_keyring
) -> None:
    app = make_app()
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        log_in(qtbot, app, OFFICER_2, remember=True)
    stored = session_entries(memory_keyring)
    assert len(stored) == 1 and DEMO_PASSWORD not in stored[0]
    assert all(DEMO_PASSWORD not in v for v in memory_keyring.store.values())
    app.close()

    again = make_app()  # a new start of the kiosk on this counter: no log-in asked
    qtbot.waitUntil(lambda: again.session.officer is not None, timeout=10000)
    qtbot.waitUntil(lambda: again.window.pages.currentWidget() is again.home)
    again.session.logout()
    assert session_entries(memory_keyring) == []
    assert again.window.pages.currentWidget() is again.session.login_page


def test_plaintext_keyring_refuses_to_remember(qtbot, make_app) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    app = make_app()
    page = app.session.login_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page)
    assert not page.remember.isEnabled()
    assert "không an toàn" in page.remember_note.text()


def test_idle_lock_hides_the_screen_and_gives_it_back(qtbot, make_app) -> None:
    app = make_app(idle_ms=300)
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        log_in(qtbot, app, OFFICER_2)
    lock = app.session.lock_screen
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is lock, timeout=5000)
    assert app.window.is_locked and not app.window.menuBar().isEnabled()
    lock.password.setText("sai")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(lock.error.text()))
    assert app.window.pages.currentWidget() is lock
    # Only the password was typed here: the refusal is about it, and the screen shows whose.
    assert lock.error_code == "wrong_password"
    assert f"({OFFICER_2})" in lock.who.text()
    lock.password.setText(DEMO_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.home)
    assert not app.window.is_locked


def test_training_mode_starts_its_own_gateway(qtbot, kiosk_home) -> None:
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.session.start()
    try:
        qtbot.waitUntil(lambda: app.session.training_gateway is not None, timeout=20000)
        assert app.session.training_gateway.url.startswith("http://127.0.0.1:")
        assert (kiosk_home / "data" / "training-gateway.sqlite3").exists()
        with qtbot.waitSignal(app.session.ready, timeout=10000):
            log_in(qtbot, app, OFFICER_2)
    finally:
        app.close()


def press_enter_where_the_focus_is(qtbot, app: KioskApp) -> None:
    """As at the keyboard: Enter goes to the focused widget, whichever it is."""
    qtbot.waitUntil(lambda: app.window.focusWidget() is not None)
    qtbot.keyClick(app.window.focusWidget(), Qt.Key.Key_Return)


def test_enter_on_the_remember_box_logs_in(qtbot, make_app) -> None:
    app = make_app()
    page = app.session.login_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page)
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    page.remember.setFocus()
    qtbot.waitUntil(page.remember.hasFocus)
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        press_enter_where_the_focus_is(qtbot, app)
    assert not page.remember.isChecked()  # Enter submits; it does not tick the box


def test_enter_chooses_the_unit_at_the_first_log_in(qtbot, make_app) -> None:
    """The chooser's first showing after a start had no focus: Enter did nothing."""
    app = make_app()
    log_in(qtbot, app, OFFICER)
    unit_page = app.session.unit_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is unit_page)
    qtbot.waitUntil(unit_page.units.hasFocus)
    with qtbot.waitSignal(app.session.ready, timeout=10000):
        press_enter_where_the_focus_is(qtbot, app)
    assert app.session.unit is not None


def test_enter_logs_out_from_the_no_unit_screen(qtbot, make_app) -> None:
    app = make_app()
    log_in(qtbot, app, NO_UNIT_OFFICER)
    unit_page = app.session.unit_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is unit_page)
    qtbot.waitUntil(unit_page.logout_button.hasFocus)
    with qtbot.waitSignal(app.session.ended, timeout=10000):
        press_enter_where_the_focus_is(qtbot, app)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.session.login_page)
