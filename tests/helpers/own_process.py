"""Tests that drive the real SANE `test` driver run one per child process.

Two things of libsane's `test` backend cannot be contained inside one pytest process:
- its reader thread can outlive sane_cancel/sane_close after a cancelled scan, and the next
  sane_exit unloads the backend's code under that thread (a segfault some time later);
- now and then it hangs inside sane_read holding the GIL, where no in-process timeout fires.
So each such test gets a fresh process that never calls sane_exit after scanning, a time
limit, and one retry when it hangs. The kiosk itself never calls sane_exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.sane_test import sane_installed

ROOT = Path(__file__).parents[2]
CHILD_ENV = "KIOSK_SANE_CHILD"
CHILD_LIMIT_S = 30  # a test takes 2–5 s (10 s on a loaded machine); the known hang never ends
# libsane 1.2.1's test backend hangs in sane_cancel after a read error in about 1 run in 5
# (measured: 2 of 10 for the JAMMED case, on this code and on the code before it): four tries
# make a CI-breaking run of hangs about 1 in 600 per test instead of 1 in 25.
ATTEMPTS = 4


def in_child() -> bool:
    return bool(os.environ.get(CHILD_ENV))


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]


def node_ids(*test_files: Path) -> list[str]:
    """The test ids in `test_files` as a child process collects them."""
    done = subprocess.run(
        _command("--collect-only", *(str(f.relative_to(ROOT)) for f in test_files)),
        cwd=ROOT,
        env=dict(os.environ, **{CHILD_ENV: "1"}),
        capture_output=True,
        text=True,
        timeout=CHILD_LIMIT_S,
    )
    ids = [line.strip() for line in done.stdout.splitlines() if "::" in line]
    if not ids:
        raise RuntimeError(f"no tests collected from {test_files}: {done.stdout[-2000:]}")
    return ids


def run_alone(node_id: str) -> None:
    """Run one test in a fresh process; its failure (or ATTEMPTS hangs in a row) fails it."""
    env = dict(os.environ, **{CHILD_ENV: "1"})
    hung = 0
    for _attempt in range(ATTEMPTS):
        try:
            done = subprocess.run(
                _command(node_id),
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=CHILD_LIMIT_S,
            )
        except subprocess.TimeoutExpired:
            hung += 1
            continue
        lines = done.stdout.strip().splitlines()
        print(lines[-1] if lines else "")
        if hung:
            print(f"the SANE test backend hung {hung} time(s) before this run")
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
        if lines and "skipped" in lines[-1] and "passed" not in lines[-1]:
            pytest.skip(f"in the child: {lines[-1]}")
        return
    pytest.fail(f"{node_id} hung in {ATTEMPTS} child runs in a row")


def each_test_of(test_file: Path) -> Callable[[str], None]:
    """A test, parametrized by the ids of `test_file`, running each of them alone."""
    ids = node_ids(test_file) if sane_installed() else []

    @pytest.mark.skipif(not sane_installed(), reason="SANE test backend not installed")
    @pytest.mark.timeout(2 * CHILD_LIMIT_S + 30)
    @pytest.mark.parametrize("node_id", ids or ["none"], ids=lambda n: n.rpartition("::")[2])
    def test_in_its_own_process(node_id: str) -> None:
        run_alone(node_id)

    return test_in_its_own_process
