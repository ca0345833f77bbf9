"""Production mode is safe by construction: no demo data, officers managed by province IT,
real SMS through a configured provider, and no start without it or without HTTPS."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.sandbox import RunningGateway, officers
from kiosk.sandbox.db import Database, sqlite_url
from kiosk.sandbox.models import OtpCode
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import (
    OFFICER,
    GatewayClient,
    add_province_officer,
    citizen_data,
    phone_number,
)
from tests.helpers.gateway import (
    PROVINCE_PASSWORD as PASSWORD,
)

ROOT = Path(__file__).resolve().parents[2]


class SmsStub:
    """A loopback SMS provider that records what it was sent and answers `status`."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, str], bytes]] = []
        self.status = 200
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                stub.received.append((self.path, dict(self.headers), body))
                self.send_response(stub.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/send"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sms_stub() -> Iterator[SmsStub]:
    stub = SmsStub()
    yield stub
    stub.close()


@pytest.fixture
def sms_config(sms_stub: SmsStub, tmp_path: Path) -> Path:
    path = tmp_path / "sms.json"
    path.write_text(
        json.dumps(
            {
                "url": sms_stub.url,
                "headers": {
                    "Authorization": "Bearer provider-key",
                    "Content-Type": "application/json",
                },
                "body": '{{"to": {to_json}, "message": {text_json}, "kind": {kind_json}}}',
                "timeout_seconds": 5,
            }
        )
    )
    path.chmod(0o600)
    return path


def test_production_has_no_demo_officers(make_gateway: Callable[..., RunningGateway]) -> None:
    running = make_gateway(production=True, sms_sender=lambda *_: None)
    refused = GatewayClient(running.url).post(
        "/v1/auth/login", json={"username": OFFICER, "password": DEMO_PASSWORD}
    )
    assert refused.status_code == 401
    add_province_officer(running)
    GatewayClient(running.url).login("canbo.tinh", PASSWORD)


def test_a_training_database_never_becomes_a_production_one(tmp_path: Path) -> None:
    from dataclasses import replace

    from kiosk.sandbox import SandboxSettings, create_app

    url = sqlite_url(tmp_path / "training.sqlite3")
    create_app(SandboxSettings(database_url=url))  # seeds the demo officers
    with pytest.raises(ValueError, match="demo officers"):
        create_app(replace(SandboxSettings(database_url=url), production=True))


def test_http_sms_provider_gets_the_otp_and_a_refusal_undoes_the_send(
    make_gateway: Callable[..., RunningGateway], sms_stub: SmsStub, sms_config: Path
) -> None:
    running = make_gateway(production=True, sms_config_path=str(sms_config))
    add_province_officer(running)
    client = GatewayClient(running.url)
    client.login("canbo.tinh", PASSWORD)
    data = citizen_data(1, unit_id="HY-PHOHIEN")
    assert client.send_otp(data["phone"], data["id_number"]).status_code == 201
    path, headers, body = sms_stub.received[-1]
    assert path == "/send" and headers["Authorization"] == "Bearer provider-key"
    sent = json.loads(body)
    assert sent["to"] == "+84912300001" and sent["kind"] == "otp"
    assert "Ma OTP" in sent["message"]
    # the provider refuses: the kiosk hears sms_unavailable, and no code was kept
    sms_stub.status = 500
    other = citizen_data(2, unit_id="HY-PHOHIEN")
    refused = client.send_otp(other["phone"], other["id_number"])
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "sms_unavailable"
    with running.gateway.db.read() as s:
        kept = s.scalar(
            select(func.count()).select_from(OtpCode).where(OtpCode.phone == "+84912300002")
        )
    assert kept == 0


def test_production_without_a_sender_does_not_claim_a_send(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    running = make_gateway(production=True)
    add_province_officer(running)
    client = GatewayClient(running.url)
    client.login("canbo.tinh", PASSWORD)
    refused = client.send_otp(phone_number(5), citizen_data(5)["id_number"])
    assert refused.status_code == 503
    assert refused.json()["error"]["details"]["reason"] == "no_sender"


def test_disable_and_reset_password_end_sessions(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    running = make_gateway(production=True, sms_sender=lambda *_: None)
    add_province_officer(running)
    client = GatewayClient(running.url)
    client.login("canbo.tinh", PASSWORD)
    officers.disable_officer(running.gateway.db, "canbo.tinh", running.settings.now())
    assert client.get("/v1/units").status_code == 401
    again = GatewayClient(running.url).post(
        "/v1/auth/login", json={"username": "canbo.tinh", "password": PASSWORD}
    )
    assert again.status_code == 401
    officers.reset_password(
        running.gateway.db, "canbo.tinh", "Moi@Matkhau2026", running.settings.now()
    )
    GatewayClient(running.url).login("canbo.tinh", "Moi@Matkhau2026")
    with pytest.raises(officers.OfficerError):
        officers.reset_password(running.gateway.db, "canbo.tinh", "short", running.settings.now())


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "sandbox", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_cli_imports_units_and_adds_officers_with_the_password_from_stdin(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "province.sqlite3")
    csv_file = tmp_path / "units.csv"
    csv_file.write_text(
        "id,name,level\n"
        "HY-TTPVHCC,Trung tâm Phục vụ hành chính công tỉnh Hưng Yên,province\n"
        "HY-PHOHIEN,Bộ phận Một cửa UBND phường Phố Hiến,commune\n",
        encoding="utf-8",
    )
    imported = _cli("units", "import", str(csv_file), "--database-url", url)
    assert imported.returncode == 0, imported.stderr
    assert "2 added" in imported.stdout
    added = _cli(
        "officers",
        "add",
        "canbo.tinh",
        "--full-name",
        "Nguyễn Văn Tỉnh",
        "--role",
        "officer",
        "--unit",
        "HY-PHOHIEN",
        "--database-url",
        url,
        stdin=PASSWORD + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    weak = _cli("officers", "reset-password", "canbo.tinh", "--database-url", url, stdin="123\n")
    assert weak.returncode == 2
    db = Database(url)
    try:
        from kiosk.sandbox.models import Officer

        with db.read() as s:
            officer = s.scalar(select(Officer).where(Officer.username == "canbo.tinh"))
            assert officer is not None and [u.id for u in officer.units] == ["HY-PHOHIEN"]
            assert PASSWORD not in officer.password_hash
    finally:
        db.dispose()


def test_cli_refuses_production_without_sms_and_https(tmp_path: Path, sms_config: Path) -> None:
    url = sqlite_url(tmp_path / "p.sqlite3")
    bare = _cli("--production", "--database-url", url, "--port", "0")
    assert bare.returncode == 2
    assert "--sms-config" in bare.stderr and "--behind-tls-proxy" in bare.stderr
    no_tls = _cli("--production", "--database-url", url, "--sms-config", str(sms_config))
    assert no_tls.returncode == 2 and "--behind-tls-proxy" in no_tls.stderr


def test_a_postgresql_url_without_the_driver_says_which_extra_to_install() -> None:
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from kiosk.cli import main\n"
        "sys.exit(main(['sandbox', 'migrate', '--database-url',"
        " 'postgresql+psycopg://nobody@127.0.0.1:1/none']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 2, result.stderr
    assert "kiosk[postgres]" in result.stderr and "Traceback" not in result.stderr


def test_an_sms_body_that_cannot_be_filled_stops_the_start(tmp_path: Path) -> None:
    """A bad template used to pass the start and fail every OTP with a 500."""
    from kiosk.sandbox.sms_http import HttpSmsConfig

    config = tmp_path / "sms.json"
    good = '{{"to": {to_json}, "text": {text_json}}}'
    config.write_text(json.dumps({"url": "https://sms.example.vn/send", "body": good}))
    assert HttpSmsConfig.load(config).body == good
    config.write_text(json.dumps({"url": "https://sms.example.vn/send", "body": '{"to": {to}}'}))
    with pytest.raises(ValueError, match="cannot be filled"):
        HttpSmsConfig.load(config)


def test_a_cursor_past_any_date_is_a_422_not_a_500(gateway: RunningGateway) -> None:
    from tests.helpers.gateway import SUPERVISOR

    supervisor = GatewayClient(gateway.url)
    supervisor.login(SUPERVISOR)
    answer = supervisor.post(
        "/v1/citizen-accounts/search", json={"date": "2026-03-05", "since": "c1." + "9" * 20}
    )
    supervisor.close()
    assert answer.status_code == 422, answer.text
