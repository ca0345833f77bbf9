"""Finding eSCL scanners that announce themselves over mDNS, with real zeroconf on loopback:
the loopback eSCL scanner of tests/helpers/escl_server.py is announced the way an MFP does."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from PIL import Image
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from kiosk import config
from kiosk.scanner import escl_discovery, registry
from kiosk.scanner.escl import EsclDriver
from kiosk.scanner.escl_discovery import FoundScanner, discover, service_url
from tests.helpers.escl_server import MockEscl, running

LOOPBACK = ["127.0.0.1"]


@contextmanager
def announce(url: str, *, name: str = "Máy in tầng 1", rs: str = "eSCL") -> Iterator[None]:
    parts = urlsplit(url)
    zc = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    info = ServiceInfo(
        "_uscan._tcp.local.",
        f"{name}._uscan._tcp.local.",
        addresses=[socket.inet_aton(parts.hostname or "127.0.0.1")],
        port=parts.port,
        properties={"rs": rs, "ty": name},
        server="mfp-test.local.",
    )
    zc.register_service(info)
    try:
        yield
    finally:
        zc.unregister_service(info)
        zc.close()


@pytest.fixture
def announced_scanner() -> Iterator[str]:
    with running(MockEscl(page=Image.new("RGB", (2480, 3508), "white"))) as url, announce(url):
        yield url


def test_an_announced_scanner_is_found_with_its_escl_root(announced_scanner: str) -> None:
    found = discover(1.5, interfaces=LOOPBACK)
    assert FoundScanner("Máy in tầng 1", announced_scanner) in found


def test_the_driver_lists_it_by_the_name_the_scanner_gives(announced_scanner: str) -> None:
    driver = EsclDriver([], discover=lambda: discover(1.5, interfaces=LOOPBACK))
    devices = driver.list_devices()
    assert [(d.id, d.name) for d in devices] == [(announced_scanner, "Mock eSCL Scanner")]


def test_an_announcement_that_is_not_a_scanner_is_left_out() -> None:
    # A service on a port where no eSCL answers (a printer's web page, a stale record).
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with announce(f"http://127.0.0.1:{port}/eSCL", name="Không phải máy quét"):
        driver = EsclDriver([], discover=lambda: discover(1.5, interfaces=LOOPBACK))
        assert driver.list_devices() == []


def test_urls_from_the_records() -> None:
    # Default ports left out: the same scanner as the URL IT typed without one.
    assert service_url("_uscan._tcp.local.", "10.0.0.5", 80, {b"rs": b"/eSCL/"}) == (
        "http://10.0.0.5/eSCL"
    )
    assert service_url("_uscans._tcp.local.", "10.0.0.5", 443, {}) == "https://10.0.0.5/eSCL"
    assert service_url("_uscan._tcp.local.", "10.0.0.5", 8080, {b"rs": b""}) == (
        "http://10.0.0.5:8080"
    )


def test_discovery_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(escl_discovery, "discover", lambda *a, **k: [])
    on = [d for d in registry.drivers(config.ScannerSettings()) if d.name == "escl"]
    assert on and isinstance(on[0], EsclDriver) and on[0].discover is not None
    off = config.ScannerSettings(escl_discovery=False)
    assert not [d for d in registry.drivers(off) if d.name == "escl"]
