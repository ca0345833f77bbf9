"""Nothing lost, nothing duplicated when the kiosk process is killed at any point of a case.

The kiosk runs in a child process against the training gateway in this one and is SIGKILLed
20 times: after each committed step and, most often, inside "create" (between the journalled
Idempotency-Key, the request and the journalled answer). After every kill the journal is
sound and holds every step the child reported as saved; each new kiosk run first reconciles a
case left "creating" (same key, same body) and resumes the others. At the end a restart here
finishes every case: one account per citizen, no create ever sent again as new.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.settings import utc_now
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak.kill_soak import run_kill_soak
from tests.soak.ledger import table

KILLS = 20
SEED = 7

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods(),
        reason="SIGKILL, fork and /proc",
    ),
]


def test_killed_kiosk_loses_nothing_and_duplicates_nothing(
    make_gateway: Callable[..., RunningGateway],
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    report: Callable[[str], None],
) -> None:
    # The kiosk child keeps real time; so does this gateway. No resend countdown: a kiosk
    # killed just after sending a code sends a new one when the case is resumed.
    running = make_gateway(clock=utc_now, otp_resend_cooldown_seconds=0, otp_sends_per_hour=50)
    result = run_kill_soak(running, tmp_path, memory_keyring, kills=KILLS, seed=SEED)
    report(table(f"kill soak: {KILLS} kills of the kiosk process", result.rows()))

    assert result.kills == KILLS
    assert result.problems == []
    before, after = result.before_restart, result.after
    assert before.lost == [] and after.lost == []
    assert after.duplicate_accounts == 0 and after.second_creates == 0
    assert after.started == before.started
    assert after.created == after.started == after.accounts
    assert after.resumable == 0
