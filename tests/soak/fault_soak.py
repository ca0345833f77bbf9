"""The fault soak: N whole cases through a fault-injecting proxy, then a restart without faults.

Used by tests/soak/test_fault_soak.py (N = 200) and bench/bench_soak.py (more). The gateway's
clock is a ManualClock shared by the kiosk: when the gateway says "wait" (an OTP countdown),
the officer waits by moving it, so a 60-second countdown costs nothing.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.domain.account_case import AccountCase
from kiosk.journal import Journal, KeyringKeyProvider
from kiosk.sandbox import RunningGateway
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.gateway import ManualClock
from tests.soak.desk import Desk
from tests.soak.faults import RandomFaults
from tests.soak.flow import GaveUp, HeadlessOfficer, citizen_number
from tests.soak.ledger import Ledger, take_stock
from tests.unit.cases.citizens import citizen


@dataclass
class FaultSoakResult:
    cases: int
    requests: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    gave_up: int = 0  # cases the officer left during the run
    during: Ledger = field(default_factory=Ledger)  # right after the run with faults
    after: Ledger = field(default_factory=Ledger)  # after a restart without faults
    reconciled: int = 0
    resumed: int = 0
    officer: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def rows(self) -> list[tuple[str, object]]:
        during, after = self.during, self.after
        rows: list[tuple[str, object]] = [
            ("cases", self.cases),
            ("requests through the proxy", self.requests),
            ("faults injected", sum(self.faults.values())),
        ]
        rows += [(f"  {label}", count) for label, count in sorted(self.faults.items())]
        rows += [
            ("accounts created", during.accounts),
            ("  answered at once / replayed", self._answered()),
            ("duplicate accounts (must be 0)", during.duplicate_accounts),
            ("creates sent again as new (must be 0)", during.second_creates),
            ("cases lost (must be 0)", len(during.lost)),
            ("cases the officer left for later", self.gave_up),
            ("cases left resumable", during.resumable),
            ("  open / creating", f"{during.resumable_open} / {during.resumable_creating}"),
            ("officer: retries/waits/log-ins/new codes", self._officer()),
            ("restart: reconciled / resumed and finished", f"{self.reconciled} / {self.resumed}"),
            ("after restart: accounts / created cases", f"{after.accounts} / {after.created}"),
            ("after restart: lost / duplicates", f"{len(after.lost)} / {after.duplicates}"),
            ("wall time", f"{self.seconds:.1f} s"),
        ]
        return rows

    def _answered(self) -> str:
        return f"{self.officer['created']} / {self.officer['replayed']}"

    def _officer(self) -> str:
        o = self.officer
        return f"{o['retried']} / {o['waited']} / {o['logged_in_again']} / {o['new_code']}"


def run_fault_soak(
    running: RunningGateway,
    clock: ManualClock,
    folder: Path,
    *,
    cases: int,
    seed: int,
    rate: float,
    first: int = 1,
    scanner_pages_every: int = 50,
    attempts: int = 4,
    outage_every: int = 250,
    outage_length: int = 14,
) -> FaultSoakResult:
    """Serve `cases` citizens (numbers first..) through the proxy, then restart and finish."""
    started = time.perf_counter()
    result = FaultSoakResult(cases)
    numbers = range(first, first + cases)
    id_numbers = {citizen(n).details.id_number for n in numbers}
    path = folder / "journal.sqlite3"

    journal = Journal(path, KeyringKeyProvider(), clock=clock)
    with FaultProxy("127.0.0.1", running.port, io_timeout=5.0) as proxy:
        desk = Desk(proxy.url, journal, clock)
        owners: dict[str, int] = {}  # case id -> citizen number

        def note(what: str, n: int, case: AccountCase | None) -> None:
            if what == "started" and case is not None:
                owners[case.case_id] = n

        officer = HeadlessOfficer(
            desk.service,
            desk.log_in,
            wait=clock.advance,
            attempts=attempts,
            scanner_pages_every=scanner_pages_every,
            on_event=note,
        )
        faults = RandomFaults(seed, rate, outage_every=outage_every, outage_length=outage_length)
        proxy.chooser = faults
        for n in numbers:
            try:
                officer.serve(n)
            except GaveUp:
                result.gave_up += 1
        proxy.chooser = None
        result.requests = proxy.stats().requests
        result.faults = faults.chosen
        desk.close()
    result.officer = officer.tally
    result.during = take_stock(journal, running, desk.officer_id, id_numbers)
    journal.close()

    # The kiosk starts again (the network is fine now): reconcile, then resume the rest.
    journal = Journal(path, KeyringKeyProvider(), clock=clock)
    desk = Desk(running.url, journal, clock)
    try:
        restarted = HeadlessOfficer(desk.service, desk.log_in, wait=clock.advance)
        result.reconciled, _unknown = restarted.settle_unfinished()
        for summary in desk.service.unfinished():
            case = desk.service.resume(summary.id)
            # Never looked up: the officer still has the citizen in front of them.
            n = citizen_number(case) or owners[summary.id]
            restarted.carry_on(case, n)
            result.resumed += 1
        result.after = take_stock(journal, running, desk.officer_id, id_numbers)
    finally:
        desk.close()
        journal.close()
    result.seconds = time.perf_counter() - started
    return result
