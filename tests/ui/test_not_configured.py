"""An installed counter without a gateway explains itself instead of training by accident."""

from __future__ import annotations

from kiosk import config, paths
from kiosk.ui.app import KioskApp, NotConfiguredPage


def test_an_installed_counter_without_gateway_shows_why_not_the_login(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_INSTALLED", "1")
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.start()
    page = app.window.pages.currentWidget()
    assert isinstance(page, NotConfiguredPage)
    assert str(paths.system_config_file()) in page.files.text()
    # No session, hence no training gateway and no database of practice citizens.
    assert app.session.training_gateway is None
    assert app.session.client is None
    assert app.window.pages.indexOf(app.session.login_page) < 0
    app.close()


def test_training_chosen_on_purpose_starts_the_session(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_INSTALLED", "1")
    target = paths.system_config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('[gateway]\nmode = "training"\n', encoding="utf-8")
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.start()
    assert app.not_configured is None
    qtbot.waitUntil(lambda: app.session.client is not None, timeout=30_000)
    app.close()
