"""File › Cài đặt máy: what IT changes lands, validated, in the right configuration file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk import config, paths
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui import settings_dialog
from kiosk.ui.app import KioskApp
from kiosk.ui.settings_dialog import SettingsDialog, save_system, system_file_writable
from kiosk.ui.tasks import running_tasks
from tests.helpers.gateway import SUPERVISOR, gateway, gateway_clock, make_gateway  # noqa: F401


def _read(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    made = SettingsDialog(config.Settings())
    qtbot.addWidget(made)
    made.show()
    return made


def test_saving_for_this_user_writes_the_user_file(dialog: SettingsDialog, qtbot) -> None:
    dialog.url.setText("https://dvc-gateway.hungyen.gov.vn")
    dialog.dpi.setCurrentIndex(dialog.dpi.findData(200))
    dialog.color.setChecked(False)
    dialog.scans.setCurrentIndex(dialog.scans.findData("days"))
    assert dialog.scan_days.isEnabled()
    dialog.scan_days.setValue(3)
    dialog.case_days.setValue(60)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args[0] == paths.user_config_file()
    loaded = config.load()
    assert loaded.gateway.url == "https://dvc-gateway.hungyen.gov.vn"
    assert (loaded.scanner.dpi, loaded.scanner.color) == (200, False)
    assert (loaded.retention.scans, loaded.retention.scan_days) == ("days", 3)
    assert loaded.retention.case_days == 60
    assert not paths.system_config_file().exists()


def test_a_plain_http_gateway_is_refused_before_writing(dialog: SettingsDialog) -> None:
    dialog.url.setText("http://10.20.30.40:8000")
    dialog.save()
    assert dialog.error.isVisible() and "https://" in dialog.error.text()
    assert not paths.user_config_file().exists()


def test_a_ca_bundle_that_is_not_pem_is_refused(dialog: SettingsDialog, tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate\n", encoding="utf-8")
    dialog.ca_bundle.setText(str(bad))
    dialog.save()
    assert dialog.error.isVisible() and "PEM" in dialog.error.text()
    assert not paths.user_config_file().exists()


def test_an_administrator_can_write_the_system_file(dialog: SettingsDialog, qtbot) -> None:
    # KIOSK_HOME's system file stands for C:\ProgramData\kiosk\config.toml; writable here.
    assert system_file_writable() and dialog.for_machine.isEnabled()
    system = paths.system_config_file()
    system.parent.mkdir(parents=True, exist_ok=True)
    system.write_text('[counter]\nunit_id = "HY-TTPVHCC"\n', encoding="utf-8")
    dialog.for_machine.setChecked(True)
    dialog.url.setText("https://gw.example.vn/kiosk")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    written = _read(system)
    assert written["gateway"]["url"] == "https://gw.example.vn/kiosk"
    assert written["counter"]["unit_id"] == "HY-TTPVHCC"  # what IT wrote before stays
    assert not paths.user_config_file().exists()
    assert config.load().gateway.url == "https://gw.example.vn/kiosk"


def test_the_system_file_is_not_offered_when_it_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert not system_file_writable(blocked / "kiosk" / "config.toml")


def test_invalid_values_never_reach_the_system_file(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    with pytest.raises(ValueError):
        save_system({"scanner": {"dpi": 5}}, target)
    assert not target.exists()


def test_only_a_supervisor_gets_the_menu_entry(qtbot, gateway, kiosk_home: Path) -> None:  # noqa: F811
    cfg = kiosk_home / "system" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(
        f'[gateway]\nurl = "{gateway.url}"\n[counter]\nunit_id = "HY-TTPVHCC"\n', encoding="utf-8"
    )
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    try:
        action = settings_dialog.install(app.window, app.session, app.settings)
        assert action in app.window.file_menu.actions() and not action.isEnabled()
        app.window.show()
        app.session.start()
        page = app.session.login_page
        qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page, timeout=10000)
        page.username.setText(SUPERVISOR)
        page.password.setText(DEMO_PASSWORD)
        with qtbot.waitSignal(app.session.ready, timeout=15000):
            qtbot.keyClick(page.password, Qt.Key.Key_Return)
        assert action.isEnabled()
        app.session.logout()
        assert not action.isEnabled()
        qtbot.waitUntil(lambda: not running_tasks(), timeout=10000)  # the gateway log-out call
    finally:
        app.close()


def test_configuration_can_open_it_to_everyone(qtbot, kiosk_home: Path) -> None:
    settings = config.Settings.model_validate({"ui": {"settings_dialog": True}})
    app = KioskApp(settings)  # nobody logged in yet
    qtbot.addWidget(app.window)
    try:
        assert settings_dialog.install(app.window, app.session, settings).isEnabled()
    finally:
        app.close()
