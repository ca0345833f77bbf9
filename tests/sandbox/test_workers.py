"""`kiosk sandbox --workers 2` on PostgreSQL: two processes, one gateway.

Every request goes on a new connection, so consecutive steps of one flow (log-in, OTP, create,
replay) land on whichever worker accepts them; they agree only through the database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import OFFICER, GatewayClient, citizen_data
from tests.helpers.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 2


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                status = Path(f"/proc/{entry}/status").read_text()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            parent = next(line for line in status.splitlines() if line.startswith("PPid:"))
            if int(parent.split()[1]) == pid and b"multiprocessing" in cmdline:
                found.append(int(entry))
    return found


@pytest.fixture
def two_workers(postgres_server: PostgresServer) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "sandbox",
            "--workers",
            str(WORKERS),
            "--database-url",
            postgres_server.new_database(),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                healthy = requests.get(url + "/v1/health", timeout=2).status_code == 200
                if healthy and len(_children(process.pid)) >= WORKERS:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def _fresh(url: str, token: str | None = None) -> GatewayClient:
    client = GatewayClient(url)
    client.http.headers["Connection"] = "close"  # every request on a new connection
    if token:
        client.http.headers["Authorization"] = f"Bearer {token}"
    return client


def test_two_workers_share_sessions_otps_idempotency_and_uniqueness(two_workers: str) -> None:
    url = two_workers
    token = _fresh(url).login(OFFICER)["access_token"]

    def flow(n: int) -> tuple[int, int, str]:
        client = _fresh(url, token)
        data = client.otp_for(citizen_data(7000 + n))  # send, read, consume: separate requests
        key = str(uuid.uuid4())
        first = client.create(data, key=key)
        replay = client.create(data, key=key)
        assert replay.json() == first.json()
        return first.status_code, replay.status_code, replay.headers.get("Idempotent-Replay", "")

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(flow, range(16)))
    assert [r[:2] for r in results] == [(201, 201)] * 16

    # one person, raced across both workers: one account
    setup = _fresh(url, token)
    bodies = [setup.otp_for(citizen_data(7100, phone=f"09124{i:05d}")) for i in range(6)]

    def create(body: dict[str, Any]) -> int:
        return _fresh(url, token).create(body).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = sorted(pool.map(create, bodies))
    assert codes == [201] + [409] * 5


def test_two_workers_share_the_login_throttle(two_workers: str) -> None:
    def wrong(_: int) -> int:
        response = requests.post(
            two_workers + "/v1/auth/login",
            json={"username": OFFICER, "password": "sai"},
            headers={"Connection": "close"},
            timeout=30,
        )
        return response.status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = list(pool.map(wrong, range(12)))
    assert codes.count(401) == 5 and codes.count(429) == 7, codes
    right = requests.post(
        two_workers + "/v1/auth/login",
        json={"username": OFFICER, "password": DEMO_PASSWORD},
        timeout=30,
    )
    assert right.status_code == 429  # this client failed; its wait is the same on each worker
