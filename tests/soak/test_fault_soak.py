"""Nothing lost, nothing duplicated: 200 whole cases through a fault-injecting proxy.

Between the kiosk's client and the training gateway, one request in ten is dropped before or
after the gateway saw it, reset, delayed past the client's timeout, or answered 500 or 429
with Retry-After. The officer does what the wizard lets them do (try again, wait out a
countdown, log in again, ask for the newest code) a few times per step and then leaves the
case. Afterwards every case is created at the gateway exactly once or is resumable from the
journal; a restart without faults then finishes every one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.sandbox import RunningGateway
from tests.helpers.gateway import ManualClock
from tests.soak.fault_soak import run_fault_soak
from tests.soak.faults import OUTAGE, fault_mix
from tests.soak.ledger import table

CASES = 200
RATE = 0.10
SEED = 20260305

pytestmark = pytest.mark.slow


def test_fault_soak_loses_nothing_and_duplicates_nothing(
    make_gateway: Callable[..., RunningGateway],
    gateway_clock: ManualClock,
    tmp_path: Path,
    report: Callable[[str], None],
) -> None:
    running = make_gateway(otp_sends_per_hour=20)
    result = run_fault_soak(running, gateway_clock, tmp_path, cases=CASES, seed=SEED, rate=RATE)
    report(
        table(f"fault soak: {CASES} cases, 1 request in {round(1 / RATE)} faulted", result.rows())
    )

    during, after = result.during, result.after
    assert during.duplicate_accounts == 0
    assert during.second_creates == 0
    assert during.lost == []
    assert during.started == CASES
    assert during.created + during.resumable == CASES
    # An open case never has an account; a "creating" one may (its answer was lost).
    assert during.created <= during.accounts <= during.created + during.resumable_creating
    assert during.resumable == result.gave_up
    # Every kind of fault was met (1 400-odd requests, the rarest kind about 1 in 130).
    assert set(result.faults) == {label for label, _, _ in fault_mix()} | {OUTAGE}
    # The restart settles and finishes every case left behind: one account per citizen.
    assert after.lost == [] and after.duplicates == 0
    assert after.created == after.accounts == CASES
    assert after.resumable == 0
