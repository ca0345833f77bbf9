"""The gateway as a province's service: PostgreSQL, 1 worker against 2 workers.

A private PostgreSQL server (tests/helpers/postgres.py: Debian's binaries, a throw-away
cluster) and `kiosk sandbox --workers N` in its own process, each N on a fresh database.
Figures: 50 kiosks without think time (accounts/s; p50/p95/p99 of each operation) and the 50
simultaneous log-ins that open the run (p99); then 2 workers with a cheaper password hash
(scrypt p=1, `--scrypt-p 1`), the log-in peak's other lever. Later figures carry the 1-worker
ones as their baseline. Loopback only; every loop is bounded (FLOWS_PER_KIOSK flows per kiosk).
Figures, never assertions; skipped with a note where no PostgreSQL can start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from bench.bench_gateway import FLOWS_PER_KIOSK, KIOSKS, OPERATIONS, _free_port, _pct, _run
from bench.bench_gateway import _scan_pdf as scan_pdf
from bench.harness import Row
from kiosk.sandbox.seed import DEMO_PASSWORD

BENCH = "gateway-pg"
# (workers, scrypt p of officers' password hashes; None: the default, OWASP's p=5)
CONFIGS: tuple[tuple[int, int | None], ...] = ((1, None), (2, None), (2, 1))


class _Gateway:
    def __init__(
        self, database_url: str, workers: int, scrypt_p: int | None, workdir: Path
    ) -> None:
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
                "--database-url",
                database_url,
                "--workers",
                str(workers),
                "--otp-sends-per-hour",
                "1000",
                *(["--scrypt-p", str(scrypt_p)] if scrypt_p else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "KIOSK_HOME": str(workdir / "home")},
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/v1/health", timeout=2)
                # the workers come up one by one; let them all be listening
                time.sleep(1.0 if workers > 1 else 0)
                # one log-in first: a changed hash cost is applied at the first log-in
                requests.post(
                    self.url + "/v1/auth/login",
                    json={"username": "canbo.demo", "password": DEMO_PASSWORD},
                    timeout=60,
                ).raise_for_status()
                return
            except requests.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("gateway did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def run() -> list[Row]:
    from tests.helpers.postgres import PostgresServer, find_bindir

    bindir = find_bindir()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bindir = None
    if bindir is None:
        return [Row(BENCH, "skipped", 0, "", note="no PostgreSQL server or no postgres extra")]
    pdf = scan_pdf()
    server = PostgresServer(bindir)
    results: dict[tuple[int, int | None], tuple[dict[str, list[float]], float]] = {}
    try:
        server.start()
        for config in CONFIGS:
            gateway = _Gateway(server.new_database(), *config, server.root)
            try:
                results[config] = _run(gateway.url, KIOSKS, 100, pdf)
            finally:
                gateway.stop()
    finally:
        server.stop()
    rows: list[Row] = []
    base_timings, base_elapsed = results[CONFIGS[0]]
    for config in CONFIGS:
        workers, scrypt_p = config
        timings, elapsed = results[config]
        label = f"{workers} worker{'s' if workers > 1 else ''}"
        if scrypt_p is not None:
            label += f", scrypt p={scrypt_p}"
        first = config == CONFIGS[0]
        accounts = KIOSKS * FLOWS_PER_KIOSK
        rows.append(
            Row(
                BENCH,
                f"accounts/s, {KIOSKS} kiosks, {label}",
                accounts / elapsed,
                "1/s",
                baseline=None if first else accounts / base_elapsed,
                note=f"{accounts} accounts in {elapsed:.1f} s; no think time",
            )
        )
        for name in (*OPERATIONS, "login"):
            for q in (0.5, 0.95, 0.99):
                rows.append(
                    Row(
                        BENCH,
                        f"{name} p{round(q * 100)}, {label}",
                        _pct(timings[name], q),
                        "ms",
                        baseline=None if first else _pct(base_timings[name], q),
                        note=f"n={len(timings[name])}"
                        + ("; 50 log-ins at once" if name == "login" else ""),
                    )
                )
    return rows


if __name__ == "__main__":
    from bench.harness import render

    print(render(run()))
