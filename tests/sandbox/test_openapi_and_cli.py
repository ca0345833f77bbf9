"""The committed contract matches the code; `kiosk sandbox` runs the gateway standalone."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from kiosk.sandbox.openapi import openapi_document, render
from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "openapi.json"
REGENERATE = "python -m kiosk sandbox --write-openapi docs/openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    committed = COMMITTED.read_text(encoding="utf-8")
    generated = render(openapi_document())
    assert json.loads(committed) == json.loads(generated), f"regenerate with: {REGENERATE}"
    assert committed == generated, f"same content, other layout; regenerate with: {REGENERATE}"


def test_document_states_the_contract() -> None:
    document = openapi_document()
    assert document["info"]["version"] == "1.0.0"
    create = document["paths"]["/v1/citizen-accounts"]["post"]
    headers = {p["name"]: p for p in create["parameters"] if p["in"] == "header"}
    assert headers["Idempotency-Key"]["required"] is True
    assert set(create["responses"]) >= {
        "201",
        "400",
        "401",
        "403",
        "409",
        "410",
        "413",
        "415",
        "422",
    }
    form = create["requestBody"]["content"]["multipart/form-data"]
    assert form["encoding"]["data"]["contentType"] == "application/json"
    assert "bearer" in json.dumps(document["components"]["securitySchemes"]).lower()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_cli_writes_the_document(tmp_path: Path) -> None:
    target = tmp_path / "openapi.json"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "sandbox", "--write-openapi", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")


def test_cli_serves_the_gateway_on_the_given_port_and_database(tmp_path: Path) -> None:
    port = _free_port()
    db = tmp_path / "room.sqlite3"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            str(db),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = requests.get(url + "/v1/health", timeout=2)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.1)
        assert health.json()["mode"] == "training"
        login = requests.post(
            url + "/v1/auth/login",
            timeout=10,
            json={"username": "canbo.demo", "password": DEMO_PASSWORD},
        )
        assert login.status_code == 200
        assert db.is_file()
    finally:
        process.send_signal(signal.SIGINT)
        out, _err = process.communicate(timeout=30)
    assert process.returncode == 0
    # the demo log-ins are printed for the trainer
    for officer in OFFICERS:
        assert officer.username in out
    assert DEMO_PASSWORD in out


def test_gateway_doc_names_every_code_path_and_demo_login() -> None:
    from kiosk.sandbox.errors import CATALOGUE

    doc = (ROOT / "docs" / "gateway.md").read_text(encoding="utf-8")
    missing_codes = [code for code in CATALOGUE if f"`{code}`" not in doc]
    assert missing_codes == [], "add these error codes to docs/gateway.md"
    missing_paths = [p for p in openapi_document()["paths"] if p not in doc]
    assert missing_paths == [], "add these operations to docs/gateway.md"
    for officer in OFFICERS:
        assert f"`{officer.username}`" in doc
    assert DEMO_PASSWORD in doc
