"""Nothing lost, nothing duplicated, at a larger scale than the suite runs it.

The fault soak of tests/soak with 1000 cases (the suite runs 200) and the kill soak with 100
kills (the suite runs 20), against the training gateway in this process. The figures are
the soaks' tables; the one ratio is the time a case takes with one request in ten faulted,
against the time it takes on a clean line (50 cases, same run). The must-be-0 rows are
figures here too: the suite asserts them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import keyring

from bench.harness import Row
from kiosk.sandbox import SandboxSettings, serve_in_thread
from kiosk.sandbox.settings import utc_now
from tests.helpers.gateway import ManualClock
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak.fault_soak import FaultSoakResult, run_fault_soak
from tests.soak.kill_soak import KillSoakResult, run_kill_soak

BENCH = "soak"
FAULT_CASES = 1000
CLEAN_CASES = 50
KILLS = 100
RATE = 0.10


@contextmanager
def _sandbox() -> Iterator[tuple[Path, MemoryKeyring]]:
    """A KIOSK_HOME and an in-memory keyring of this benchmark only."""
    saved = {name: os.environ.get(name) for name in ("KIOSK_HOME", "KIOSK_CONFIG")}
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        folder = Path(tmp)
        os.environ["KIOSK_HOME"] = str(folder / "home")
        os.environ.pop("KIOSK_CONFIG", None)
        keyring.set_keyring(backend)
        try:
            yield folder, backend
        finally:
            keyring.set_keyring(previous)
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _fault_soak(folder: Path, cases: int, rate: float, outages: bool) -> FaultSoakResult:
    clock = ManualClock()
    settings = replace(SandboxSettings(clock=clock), otp_sends_per_hour=20)
    work = folder / f"fault-{cases}-{rate}"
    work.mkdir()
    with serve_in_thread(work / "gateway.sqlite3", settings=settings) as running:
        return run_fault_soak(
            running,
            clock,
            work,
            cases=cases,
            seed=2026,
            rate=rate,
            outage_every=250 if outages else 0,
        )


def _kill_soak(folder: Path, backend: MemoryKeyring) -> KillSoakResult:
    settings = SandboxSettings(clock=utc_now, otp_resend_cooldown_seconds=0, otp_sends_per_hour=50)
    work = folder / "kill"
    work.mkdir()
    with serve_in_thread(work / "gateway.sqlite3", settings=settings) as running:
        return run_kill_soak(running, work, backend, kills=KILLS, seed=11)


def _rows(bench: str, table: list[tuple[str, object]]) -> list[Row]:
    """Numeric rows as values; the others (a/b pairs, lists) as notes."""
    rows = []
    for label, value in table:
        if label == "wall time":
            continue
        if isinstance(value, int | float):
            rows.append(Row(bench, label, float(value), "count"))
        else:
            rows.append(Row(bench, label, 0.0, "-", note=str(value)))
    return rows


def run() -> list[Row]:
    with _sandbox() as (folder, backend):
        clean = _fault_soak(folder, CLEAN_CASES, 0.0, outages=False)
        faulty = _fault_soak(folder, FAULT_CASES, RATE, outages=True)
        killed = _kill_soak(folder, backend)
    per_clean = clean.seconds * 1000 / CLEAN_CASES
    per_faulty = faulty.seconds * 1000 / FAULT_CASES
    rows = [
        Row(
            BENCH,
            "time per case, 1 request in 10 faulted",
            per_faulty,
            "ms",
            baseline=per_clean,
            note=f"baseline: {CLEAN_CASES} cases on a clean line",
        )
    ]
    rows += _rows(f"{BENCH}-fault", faulty.rows())
    rows.append(Row(f"{BENCH}-kill", "time per kill round", killed.seconds * 1000 / KILLS, "ms"))
    rows += _rows(f"{BENCH}-kill", killed.rows())
    return rows
