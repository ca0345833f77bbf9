"""The kiosk against a real training gateway over loopback, an officer logged in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk import config
from kiosk.sandbox import RunningGateway
from kiosk.ui.app import KioskApp
from kiosk.ui.tasks import running_tasks
from tests.helpers.gateway import (  # noqa: F401
    OFFICER_2,
    ManualClock,
    gateway,
    gateway_clock,
    make_gateway,
)
from tests.helpers.sane_test import sane_installed, write_config
from tests.ui.wizard.driver import Officer, log_in, wait_until


@pytest.fixture(autouse=True)
def private_sane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No scanner discovery on the network: a private SANE configuration with only the
    `test` backend, read by each SANE child process the kiosk starts."""
    folder = tmp_path / "sane"
    if sane_installed():
        write_config(folder)
    else:
        folder.mkdir()
        (folder / "dll.conf").write_text("", encoding="utf-8")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
    yield folder


@pytest.fixture
def make_kiosk(
    qtbot,
    kiosk_home: Path,
    gateway_clock: ManualClock,  # noqa: F811
) -> Iterator[Callable[..., KioskApp]]:
    apps: list[KioskApp] = []

    def make(url: str, scanner: str = 'backend = "file"') -> KioskApp:
        """A kiosk on `url`; `scanner` is its [scanner] table (files unless told)."""
        cfg = kiosk_home / "system" / "config.toml"
        cfg.parent.mkdir(parents=True, exist_ok=True)
        cfg.write_text(
            f'[gateway]\nurl = "{url}"\nretries = 1\nread_timeout = 10.0\n[scanner]\n{scanner}\n',
            encoding="utf-8",
        )
        app = KioskApp(config.load())
        app.work.clock = gateway_clock  # the counter's clock and the gateway's agree
        qtbot.addWidget(app.window)
        app.window.resize(1366, 768)
        app.window.show()
        app.window.activateWindow()
        qtbot.waitExposed(app.window)
        app.session.start()
        apps.append(app)
        return app

    yield make
    # Work a test left running (a cancelled scan finishing in the background) ends first:
    # its answer must not race the widgets being torn down.
    wait_until(lambda: not running_tasks(), 30, "background work to end")
    for app in apps:
        app.close()


@pytest.fixture
def kiosk(
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,  # noqa: F811
    qtbot,
) -> KioskApp:
    app = make_kiosk(gateway.url)
    log_in(qtbot, app, OFFICER_2)
    return app


@pytest.fixture
def officer(qtbot, kiosk: KioskApp) -> Officer:
    return Officer(qtbot, kiosk)
