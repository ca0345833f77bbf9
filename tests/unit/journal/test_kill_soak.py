"""A process saving steps is SIGKILLed at random moments; every committed step is intact.

The child tells the parent which step it has committed (after save_step returns). After each
kill the parent reopens the journal and finds: a sound file, the last reported step or the one
after it (committed, not yet reported), its fields from the same transaction, exactly one
audit row per committed step, and the scan still authenticating.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from kiosk.journal import Journal, KeyringKeyProvider
from tests.unit.journal import citizen

KILLS = 20
SCAN_BYTES = 150_000

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="SIGKILL and fork (the child inherits the in-memory test keyring)",
)


def _saver(path: str, case_id: str, start: int, progress: str) -> None:
    """Child: save steps (and now and then a scan) as fast as it can, reporting each commit."""
    journal = Journal(Path(path), KeyringKeyProvider())
    out = os.open(progress, os.O_WRONLY | os.O_APPEND)
    n = start
    while True:
        if n % 4 == 0:
            journal.put_blob(case_id, "front.jpg", bytes([n % 256]) * SCAN_BYTES)
        fields = citizen.fields(step_no=n, note="x" * (n % 700))
        journal.save_step(case_id, f"step-{n}", fields, "officer-7")
        os.write(out, f"{n}\n".encode())
        n += 1


def _last_reported(progress: Path) -> int | None:
    lines = progress.read_text().split("\n")[:-1]  # a line without "\n" was cut by the kill
    return int(lines[-1]) if lines else None


def _wait_for_progress(
    progress: Path, after: int, proc: multiprocessing.process.BaseProcess
) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.is_alive():
        reported = _last_reported(progress)
        if reported is not None and reported > after:
            return
        time.sleep(0.002)
    raise AssertionError("the child committed nothing")


def test_killed_writer_leaves_every_committed_step_intact(journal_path: Path) -> None:
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        case_id = journal.new_case("officer-7", "unit-hy-01").id
        journal.put_blob(case_id, "front.jpg", bytes(SCAN_BYTES))
        journal.save_step(case_id, "step-0", citizen.fields(step_no=0, note=""), "officer-7")
    progress = journal_path.parent / "progress.txt"
    progress.write_text("0\n")
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(2024)
    committed = 0
    for _ in range(KILLS):
        reported = _last_reported(progress)
        assert reported is not None
        proc = ctx.Process(
            target=_saver, args=(str(journal_path), case_id, committed + 1, str(progress))
        )
        proc.start()
        try:
            _wait_for_progress(progress, committed, proc)
            time.sleep(rng.uniform(0, 0.02))  # somewhere inside a later save, or between two
        finally:
            assert proc.pid is not None
            os.kill(proc.pid, signal.SIGKILL)
            proc.join()
        assert proc.exitcode == -signal.SIGKILL

        reported = _last_reported(progress)
        assert reported is not None
        with Journal(journal_path, KeyringKeyProvider()) as journal:
            assert journal.check_integrity().ok
            case = journal.load_case(case_id)
            n = case.fields["step_no"]
            assert reported <= n <= reported + 1
            assert case.step == f"step-{n}"
            assert case.fields == citizen.fields(step_no=n, note="x" * (n % 700))
            saves = [e for e in journal.audit_trail(case_id) if e.action == "step_saved"]
            assert len(saves) == n + 1
            assert saves[-1].detail.startswith(f"step=step-{n};")
            scan = journal.get_blob(case_id, "front.jpg")
            assert len(scan) == SCAN_BYTES and len(set(scan)) == 1
        committed = n
    assert committed > KILLS  # every cycle committed something
