"""The doctor against real things: the training gateway on loopback (its clock set to now, so
the clock check has something true to say), certificates made here, files it must judge."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk import config
from kiosk.doctor import DoctorContext, DoctorOptions
from tests.helpers.gateway import ManualClock, gateway, make_gateway  # noqa: F401

MakeContext = Callable[..., DoctorContext]


@pytest.fixture
def gateway_clock() -> ManualClock:
    """The gateway's clock starts at this PC's time; tests move it to make a skew."""
    return ManualClock(datetime.now(UTC))


@pytest.fixture
def make_context() -> Iterator[MakeContext]:
    """make_context(url="", options=None, **gateway_settings) -> a DoctorContext closed after."""
    made: list[DoctorContext] = []

    def make(
        url: str = "", options: DoctorOptions | None = None, **gateway_settings: Any
    ) -> DoctorContext:
        settings = config.Settings.model_validate({"gateway": {"url": url, **gateway_settings}})
        ctx = DoctorContext(settings, options=options or DoctorOptions(timeout=5.0))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()


@pytest.fixture
def closed_port_url() -> str:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def system_config(kiosk_home: Path) -> Callable[[str], Path]:
    def write(text: str) -> Path:
        path = kiosk_home / "system" / "config.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
