"""The real kiosk window for the soak's GUI tests, as tests/ui/wizard sets it up.

Here, not in tests/soak/conftest.py, so the headless soaks never start Qt.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import config
from kiosk.ui.app import KioskApp
from kiosk.ui.gc_guard import MainThreadCollector
from tests.helpers.gateway import ManualClock


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp: Any) -> Iterator[None]:
    """Python's cycles are collected on the GUI thread only, as in the application."""
    collector = MainThreadCollector(parent=qapp)
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()


@pytest.fixture
def kiosk_window(
    qtbot: Any, kiosk_home: Path, gateway_clock: ManualClock
) -> Iterator[Callable[[str], KioskApp]]:
    """Start the kiosk on a gateway URL; closed at the end of the test."""
    apps: list[KioskApp] = []

    def start(url: str) -> KioskApp:
        cfg = kiosk_home / "system" / "config.toml"
        cfg.parent.mkdir(parents=True, exist_ok=True)
        cfg.write_text(
            f'[gateway]\nurl = "{url}"\nretries = 1\nread_timeout = 10.0\n', encoding="utf-8"
        )
        app = KioskApp(config.load())
        apps.append(app)
        app.work.clock = gateway_clock  # the counter's clock and the gateway's agree
        qtbot.addWidget(app.window)
        app.window.resize(1366, 768)
        app.window.show()
        qtbot.waitExposed(app.window)
        app.session.start()
        return app

    yield start
    for app in apps:
        app.close()
