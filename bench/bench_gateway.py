"""50 simulated kiosks against the training gateway on loopback: lookup -> OTP -> create.

The gateway runs as `kiosk sandbox` in its own process (as a province's training room would
run it), so the clients' threads do not share its interpreter. Figures per operation: p50 and
p99 latency with 50 kiosks at once, against the same operation with one kiosk alone (baseline,
same run), and citizen flows per second. Each flow also reads the OTP from the SMS outbox, as
a trainee reads the simulated phone; that read is reported too. Figures, never assertions.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
import requests.adapters
from pypdf import PdfWriter

from bench.harness import Row
from kiosk.sandbox.seed import DEMO_PASSWORD

KIOSKS = 50
FLOWS_PER_KIOSK = 4
SCAN_BYTES = 1_000_000  # a typical two-sided card scan PDF (the limit is 5 MiB)
BENCH = "gateway"
OPERATIONS = ("lookup", "otp", "sms_read", "create")


def _scan_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Padding": "x" * SCAN_BYTES})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class _Gateway:
    def __init__(self, workdir: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kiosk",
                "sandbox",
                "--port",
                str(self.port),
                "--db",
                str(workdir / "bench.sqlite3"),
                "--otp-sends-per-hour",
                "1000",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "KIOSK_HOME": str(workdir / "home")},
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/v1/health", timeout=2)
                return
            except requests.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("gateway did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)


class _SourceAddress(requests.adapters.HTTPAdapter):
    """Connections from one loopback address: each kiosk is a counter PC of its own, as the
    gateway's log-in throttle (per username and client address) sees real counters."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]


class _Kiosk:
    """One counter: its own HTTP session, client address and log-in, like one kiosk PC."""

    def __init__(self, url: str, number: int, pdf: bytes) -> None:
        self.url = url
        self.number = number
        self.pdf = pdf
        self.http = requests.Session()
        self.http.mount("http://", _SourceAddress(f"127.0.{number // 250}.{number % 250 + 2}"))
        self.timings: dict[str, list[float]] = defaultdict(list)

    def login(self) -> None:
        started = time.perf_counter()
        response = self.http.post(
            self.url + "/v1/auth/login",
            timeout=60,
            json={"username": "canbo.demo", "password": DEMO_PASSWORD},
        )
        self.timings["login"].append(time.perf_counter() - started)
        response.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"

    def _call(self, name: str, method: str, path: str, **kwargs: object) -> requests.Response:
        started = time.perf_counter()
        response = self.http.request(
            method,
            self.url + path,
            timeout=60,
            **kwargs,  # type: ignore[arg-type]
        )
        self.timings[name].append(time.perf_counter() - started)
        if response.status_code >= 400:
            raise RuntimeError(f"{name}: HTTP {response.status_code} {response.text[:200]}")
        return response

    def flow(self, flow: int) -> None:
        n = self.number * 100 + flow
        id_number = f"0011{n:08d}"
        phone = f"09{n:08d}"
        self._call("lookup", "POST", "/v1/citizen-accounts/lookup", json={"id_number": id_number})
        sent = self._call(
            "otp",
            "POST",
            "/v1/otp",
            json={"phone": phone, "purpose": "create_account", "id_number": id_number},
        )
        messages = self._call(
            "sms_read", "GET", "/v1/training/sms", params={"phone": phone}
        ).json()["messages"]
        found = re.search(r"\b(\d{6})\b", messages[-1]["text"])
        assert found
        data = {
            "id_number": id_number,
            "full_name": "Nguyễn Văn An",
            "date_of_birth": "1990-05-17",
            "phone": phone,
            "unit_id": "HY-TTPVHCC",
            "otp_id": sent.json()["otp_id"],
            "otp_code": found.group(1),
        }
        self._call(
            "create",
            "POST",
            "/v1/citizen-accounts",
            headers={"Idempotency-Key": str(uuid.uuid4())},
            files={
                "data": (None, json.dumps(data), "application/json"),
                "attachment": ("cccd.pdf", self.pdf, "application/pdf"),
            },
        )


def _run(
    url: str, kiosks: int, first_number: int, pdf: bytes
) -> tuple[dict[str, list[float]], float]:
    fleet = [_Kiosk(url, first_number + i, pdf) for i in range(kiosks)]
    with ThreadPoolExecutor(max_workers=kiosks) as pool:
        list(pool.map(lambda k: k.login(), fleet))
        barrier = threading.Barrier(kiosks)

        def work(kiosk: _Kiosk) -> None:
            barrier.wait()
            for flow in range(FLOWS_PER_KIOSK):
                kiosk.flow(flow)

        started = time.perf_counter()
        list(pool.map(work, fleet))
        elapsed = time.perf_counter() - started
    merged: dict[str, list[float]] = defaultdict(list)
    for kiosk in fleet:
        for name, values in kiosk.timings.items():
            merged[name].extend(values)
        kiosk.http.close()
    return merged, elapsed


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def run() -> list[Row]:
    pdf = _scan_pdf()
    with tempfile.TemporaryDirectory(prefix="bench-gateway-") as tmp:
        gateway = _Gateway(Path(tmp))
        try:
            alone, alone_s = _run(gateway.url, 1, 1, pdf)
            fleet, fleet_s = _run(gateway.url, KIOSKS, 100, pdf)
        finally:
            gateway.stop()
    rows: list[Row] = []
    for name in (*OPERATIONS, "login"):
        base = statistics.median(alone[name]) * 1000
        rows.append(
            Row(
                BENCH,
                f"{name} p50, {KIOSKS} kiosks",
                _pct(fleet[name], 0.5),
                "ms",
                baseline=base,
                note="baseline: 1 kiosk alone, p50",
            )
        )
        rows.append(
            Row(
                BENCH,
                f"{name} p99, {KIOSKS} kiosks",
                _pct(fleet[name], 0.99),
                "ms",
                baseline=base,
                note=f"n={len(fleet[name])}",
            )
        )
    flows = KIOSKS * FLOWS_PER_KIOSK
    rows.append(
        Row(
            BENCH,
            f"citizen flows/s, {KIOSKS} kiosks",
            flows / fleet_s,
            "1/s",
            baseline=FLOWS_PER_KIOSK / alone_s,
            note=f"{flows} flows in {fleet_s:.1f} s; baseline: 1 kiosk",
        )
    )
    requests_per_flow = len(OPERATIONS)
    rows.append(
        Row(
            BENCH,
            f"requests/s, {KIOSKS} kiosks",
            flows * requests_per_flow / fleet_s,
            "1/s",
            baseline=FLOWS_PER_KIOSK * requests_per_flow / alone_s,
            note=f"scan {len(pdf) // 1000} kB per create",
        )
    )
    return rows


if __name__ == "__main__":
    from bench.harness import render

    print(render(run()))
