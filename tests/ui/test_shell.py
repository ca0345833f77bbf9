"""The app shell: window, language, Qt's own strings in Vietnamese, error hooks, smoke start."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from kiosk import config, logs, paths
from kiosk.ui.app import KioskApp
from kiosk.ui.main_window import TARGET_SIZE


@pytest.fixture
def kiosk_app(qtbot):
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    yield app
    app.close()


def test_window_in_vietnamese_with_training_banner(kiosk_app, qtbot) -> None:
    window = kiosk_app.window
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Kiosk tạo tài khoản dịch vụ công"
    assert window.banner.isVisible()
    assert "CHẾ ĐỘ ĐÀO TẠO" in window.banner_text.text()
    assert "đào tạo" in window.mode_label.text()


def test_banner_hidden_with_a_configured_gateway(qtbot) -> None:
    cfg = paths.user_config_file()
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(
        '[gateway]\nurl = "https://gw.hungyen.example"\n[counter]\nname = "Quầy 2"\n',
        encoding="utf-8",
    )
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.window.show()
    assert not app.window.banner.isVisible()
    assert "gw.hungyen.example" in app.window.mode_label.text()
    assert "Quầy 2" in app.window.mode_label.text()
    app.close()


def test_fits_the_counter_screen(kiosk_app) -> None:
    hint = kiosk_app.window.minimumSizeHint()
    assert hint.width() <= TARGET_SIZE[0] and hint.height() <= TARGET_SIZE[1]
    assert kiosk_app.window.size().width() <= TARGET_SIZE[0]


def test_qt_standard_buttons_read_vietnamese(kiosk_app, qtbot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") == "Tiếp theo >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "") == "< Quay lại"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"


def test_switching_to_english_retranslates_and_is_remembered(kiosk_app, qtbot) -> None:
    kiosk_app.window.language_actions["en"].trigger()
    # LanguageChange is posted, not sent: widgets retranslate on the next event-loop turn.
    qtbot.waitUntil(lambda: kiosk_app.window.windowTitle() == "Public-service account kiosk")
    assert kiosk_app.home.heading.text() == "Steps to create a citizen's account"
    assert config.load().ui.language == "en"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    kiosk_app.window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: kiosk_app.window.windowTitle() == "Kiosk tạo tài khoản dịch vụ công")


def test_error_in_a_thread_is_logged_masked_and_shown_calmly(kiosk_app, qtbot) -> None:
    log_path = logs.setup("INFO")

    def boom() -> None:
        raise RuntimeError("lookup of 001203012345 failed")

    worker = threading.Thread(target=boom, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(kiosk_app.notifier.shown) == 1)
    box = kiosk_app.notifier.shown[0]
    assert "không bị mất" in box.text()
    assert "RuntimeError" not in box.text() + box.informativeText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "001203012345" not in text
    box.close()


def test_error_on_the_gui_thread_goes_to_the_same_dialog(kiosk_app, qtbot) -> None:
    try:
        raise KeyError("x")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: len(kiosk_app.notifier.shown) == 1)
    kiosk_app.notifier.shown[0].close()


def _run_kiosk(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_smoke_start_exits_zero_and_logs() -> None:
    result = _run_kiosk("--smoke")
    assert result.returncode == 0, result.stderr
    log_text = (paths.log_dir() / "kiosk.log").read_text(encoding="utf-8")
    assert "starting" in log_text and "stopped" in log_text


@pytest.mark.skipif(sys.platform == "win32", reason="core files are a POSIX matter")
def test_the_kiosk_never_writes_a_core_file() -> None:
    # Its memory holds decrypted details and scans: a native crash must not put them on disk.
    code = (
        "import resource, sys\n"
        "from kiosk.ui.app import run_gui\n"
        "assert run_gui(smoke=True) == 0\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "(0, 0)"


def test_bad_config_stops_the_start_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[ui]\nidle_lock_minutes = -3\n", encoding="utf-8")
    result = _run_kiosk("--smoke", env_extra={"KIOSK_CONFIG": str(bad)})
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("kiosk:")]
    assert len(lines) == 1 and "ui.idle_lock_minutes" in lines[0] and str(bad) in lines[0]


def test_the_kiosk_has_its_icon(qapp) -> None:
    from PIL import Image

    from kiosk import resources
    from kiosk.ui.app import install_icon

    install_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256
    # Windows takes its executables' and installer's icon from the .ico, every size drawn.
    with Image.open(resources.icon_path("kiosk.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_counter_gets_a_maximised_window(kiosk_app, qtbot) -> None:
    """A fixed 1366×768 window under a title bar and a taskbar hid the status bar and the
    button row; the kiosk starts maximised and its pages fit 1280×720 (test_layout.py)."""
    from kiosk.ui.app import show_for_the_counter

    show_for_the_counter(kiosk_app.window)
    qtbot.waitUntil(kiosk_app.window.isVisible)
    assert kiosk_app.window.isMaximized()
    hint = kiosk_app.window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
