"""TLS is always verified: the real gateway served over HTTPS with certificates made here."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.portal import CaBundleError, CertificateError, GatewayClient, InsecureGateway
from kiosk.sandbox.app import create_app
from kiosk.sandbox.db import sqlite_url
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.sandbox.server import uvicorn_config
from kiosk.sandbox.settings import SandboxSettings
from tests.helpers.gateway import OFFICER
from tests.portal.conftest import FAST


@dataclass(frozen=True)
class Pki:
    ca: Path  # the province CA that signed the gateway's certificate
    other_ca: Path  # a CA that did not
    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca_key, ca_cert = _ca("So TTTT Hung Yen test CA")
    _, other = _ca("Some other CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        # Only the name: reaching the same server as https://127.0.0.1 must fail the check.
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = Pki(folder / "ca.pem", folder / "other-ca.pem", folder / "gw.pem", folder / "gw.key")
    files.ca.write_bytes(_pem(ca_cert))
    files.other_ca.write_bytes(_pem(other))
    files.cert.write_bytes(_pem(cert))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


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
