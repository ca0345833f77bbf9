"""TLS is always verified: the real gateway served over HTTPS with certificates made here."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from kiosk.portal import CaBundleError, CertificateError, GatewayClient, InsecureGateway
from kiosk.sandbox.app import create_app
from kiosk.sandbox.db import sqlite_url
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.sandbox.server import uvicorn_config
from kiosk.sandbox.settings import SandboxSettings
from tests.helpers.gateway import OFFICER
from tests.helpers.pki import Pki, make_pki
from tests.portal.conftest import FAST


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), days_valid=30)


@pytest.fixture(scope="module")
def https_port(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """The training gateway's app behind uvicorn's TLS, as a production gateway would be."""
    db = tmp_path_factory.mktemp("tls-gateway") / "gateway.sqlite3"
    app = create_app(SandboxSettings(database_url=sqlite_url(db)))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    config = uvicorn_config(
        app, "127.0.0.1", port, ssl_certfile=str(pki.cert), ssl_keyfile=str(pki.key)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "HTTPS gateway did not start"
        time.sleep(0.01)
    yield port
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_the_province_ca_bundle_lets_the_kiosk_in(pki: Pki, https_port: int) -> None:
    url = f"https://localhost:{https_port}"
    with GatewayClient(url, ca_bundle=str(pki.ca), **FAST) as client:
        assert client.health().status == "ok"
        assert client.login(OFFICER, DEMO_PASSWORD).username == OFFICER
        assert client.units().units


def test_an_unknown_ca_is_refused(pki: Pki, https_port: int) -> None:
    url = f"https://localhost:{https_port}"
    with GatewayClient(url, **FAST) as public_cas_only, pytest.raises(CertificateError) as e:
        public_cas_only.health()
    assert e.value.code == "tls_error"
    wrong_ca = GatewayClient(url, ca_bundle=str(pki.other_ca), **FAST)
    with wrong_ca, pytest.raises(CertificateError):
        wrong_ca.login(OFFICER, DEMO_PASSWORD)


def test_a_certificate_for_another_name_is_refused(pki: Pki, https_port: int) -> None:
    by_address = GatewayClient(f"https://127.0.0.1:{https_port}", ca_bundle=str(pki.ca), **FAST)
    with by_address, pytest.raises(CertificateError):
        by_address.health()


def test_a_bad_ca_bundle_is_refused_when_the_client_is_built(tmp_path: Path) -> None:
    with pytest.raises(CaBundleError) as missing:
        GatewayClient("https://localhost:1", ca_bundle=str(tmp_path / "absent.pem"))
    assert missing.value.code == "ca_bundle_invalid"
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n", encoding="utf-8")
    with pytest.raises(CaBundleError):
        GatewayClient("https://localhost:1", ca_bundle=str(garbage))


def test_plain_http_to_another_machine_needs_it_to_allow_it() -> None:
    with pytest.raises(InsecureGateway):
        GatewayClient("http://10.20.30.40:8000")
    allowed = GatewayClient("http://10.20.30.40:8000", allow_insecure_http=True)
    assert allowed.base_url == "http://10.20.30.40:8000"
    allowed.close()
