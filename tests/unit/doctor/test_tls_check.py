"""The TLS line against the training gateway served over HTTPS with certificates made here."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from kiosk.doctor.gateway_checks import gateway_check, tls_check
from kiosk.sandbox.app import create_app
from kiosk.sandbox.db import sqlite_url
from kiosk.sandbox.server import uvicorn_config
from kiosk.sandbox.settings import SandboxSettings
from tests.helpers.pki import Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), days_valid=10)


@pytest.fixture(scope="module")
def https_port(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    db = tmp_path_factory.mktemp("tls-gateway") / "gateway.sqlite3"
    app = create_app(SandboxSettings(database_url=sqlite_url(db)))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn_config(app, "127.0.0.1", port, ssl_certfile=str(pki.cert), ssl_keyfile=str(pki.key))
    )
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


def test_the_province_ca_makes_a_valid_chain(pki: Pki, https_port: int, make_context) -> None:
    ctx = make_context(f"https://localhost:{https_port}", ca_bundle=str(pki.ca))
    assert gateway_check(ctx).ok
    result = tls_check(ctx)
    assert result.ok and not result.skipped, result
    assert result.detail[0].values["issuer"] == "Test province CA"
    # Ten days left: the line passes and still warns.
    assert result.codes == ["tls_ok", "cert_expires_soon"]


def test_an_unknown_ca_fails_with_the_ca_bundle_hint(https_port: int, make_context) -> None:
    ctx = make_context(f"https://localhost:{https_port}")  # public CAs only
    result = tls_check(ctx)
    assert not result.ok
    assert result.codes == ["cert_untrusted"] and result.hint_codes == ["ca_untrusted"]
    assert not gateway_check(ctx).ok


def test_another_ca_in_the_bundle_fails_too(pki: Pki, https_port: int, make_context) -> None:
    ctx = make_context(f"https://localhost:{https_port}", ca_bundle=str(pki.other_ca))
    assert not tls_check(ctx).ok


def test_a_name_the_certificate_does_not_carry(pki: Pki, https_port: int, make_context) -> None:
    ctx = make_context(f"https://127.0.0.1:{https_port}", ca_bundle=str(pki.ca))
    result = tls_check(ctx)
    assert not result.ok
    assert result.codes == ["cert_wrong_host"] and result.hint_codes == ["cert_host"]
    assert result.detail[0].values["host"] == "127.0.0.1"


def test_a_bad_ca_bundle_fails_both_lines(tmp_path: Path, https_port: int, make_context) -> None:
    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate\n", encoding="utf-8")
    ctx = make_context(f"https://localhost:{https_port}", ca_bundle=str(garbage))
    for result in (gateway_check(ctx), tls_check(ctx)):
        assert not result.ok
        assert result.codes == ["ca_bundle_unusable"] and result.hint_codes == ["fix_ca"]


def test_plain_http_on_the_network_is_flagged_not_failed(make_context) -> None:
    ctx = make_context("http://10.20.30.40:8000", allow_insecure_http=True)
    result = tls_check(ctx)
    assert result.skipped and result.codes == ["tls_plain_http"]
