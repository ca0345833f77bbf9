"""First window first: the log-in screen is painted before anything heavy is imported.

Each run is a fresh interpreter (a test process has long imported everything): a small driver
wraps MainWindow.paintEvent to record `sys.modules` and the screen shown at the first paint,
then runs the kiosk as `kiosk --smoke` or as the officer's GUI would start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Loaded after the first paint or on first use, never before it.
HEAVY = (
    "numpy",
    "PIL.Image",
    "reportlab",
    "requests",
    "keyring",
    "zeroconf",
    "fastapi",
    "sqlalchemy",
    "uvicorn",
    "kiosk.doctor",
    "kiosk.cases",
    "kiosk.forms",
    "kiosk.journal.store",
    "kiosk.portal.client",
    "kiosk.sandbox",
    "kiosk.scanner.registry",
    "kiosk.scanner.imaging",
    "kiosk.scanner.escl",
    "kiosk.scanner.sane_backend",
    "kiosk.ui.wizard.workbench",
    "kiosk.ui.doctor_dialog",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
)

DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from kiosk.ui import main_window
from kiosk.ui.session import SessionController

report = {"pages": []}
paint = main_window.MainWindow.paintEvent
show_page = main_window.MainWindow.show_page

def first_paint(self, event):
    if "modules" not in report:
        report["modules"] = sorted(sys.modules)
        report["first"] = type(self.pages.currentWidget()).__name__
        if sys.argv[1] == "gui":
            QTimer.singleShot(50, lambda: wait_for_gateway(self))
    paint(self, event)

def shown(self, widget):
    report["pages"].append(type(widget).__name__)
    show_page(self, widget)

def wait_for_gateway(window):
    session = window.findChild(SessionController)
    if session.client is None:
        QTimer.singleShot(50, lambda: wait_for_gateway(window))
        return
    report["after"] = sorted(sys.modules)
    report["current"] = type(window.pages.currentWidget()).__name__
    window.close()

main_window.MainWindow.paintEvent = first_paint
main_window.MainWindow.show_page = shown
from kiosk.cli import main
code = main(["--smoke"] if sys.argv[1] == "smoke" else [])
print(json.dumps(dict(report, code=code)))
"""


def _first_window(mode: str, home: Path) -> dict[str, object]:
    env = dict(os.environ, KIOSK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return report


def _heavy_in(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in HEAVY if name in modules]


def test_smoke_paints_the_log_in_screen_before_anything_heavy(kiosk_home: Path) -> None:
    report = _first_window("smoke", kiosk_home)
    assert report["first"] == "LoginPage"
    assert _heavy_in(report["modules"]) == []


def test_a_counter_with_a_gateway_paints_the_log_in_first_too(kiosk_home: Path) -> None:
    cfg = kiosk_home / "system" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text('[gateway]\nurl = "https://gw.hungyen.example"\n', encoding="utf-8")
    report = _first_window("smoke", kiosk_home)
    assert report["first"] == "LoginPage"
    assert _heavy_in(report["modules"]) == []


@pytest.mark.skipif(sys.platform == "win32", reason="one platform is enough for the order")
def test_training_gateway_loads_after_the_log_in_screen_and_home_never_flashes(
    kiosk_home: Path,
) -> None:
    report = _first_window("gui", kiosk_home)
    assert report["first"] == "LoginPage"
    assert _heavy_in(report["modules"]) == []
    # Then everything came, on its own: the work screens and the embedded gateway.
    after = report["after"]
    assert isinstance(after, list)
    assert {"kiosk.ui.wizard.workbench", "kiosk.sandbox", "fastapi"} <= set(after)
    # Nobody logged in: the officer's home was never on the screen.
    assert report["current"] == "LoginPage"
    assert "HomePage" not in report["pages"]
