"""The kill soak: the kiosk process SIGKILLed at chosen points of the flow, again and again.

The training gateway runs here, in this process; the kiosk runs in a child process
(tests/helpers/soak_child.py) with its own journal file, and reports every step it has
committed. Each round a new kiosk process starts (it settles and resumes what the last one
left, as the kiosk does at start, then serves new citizens) and is killed when it reaches
the round's target point, after a random few milliseconds. After each kill the journal is
opened here and checked: a sound file, every reported step in it, nothing lost, nothing
duplicated. At the end a restart in this process settles and finishes every case.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kiosk.cases.service import FORM_BLOB, PDF_BLOB
from kiosk.domain.account_case import AccountCase
from kiosk.journal import Journal, KeyringKeyProvider, Status
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import OFFICER_2
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak import progress
from tests.soak.desk import Desk
from tests.soak.flow import HeadlessOfficer, citizen_number
from tests.soak.ledger import Ledger, all_case_ids, gateway_accounts, take_stock
from tests.unit.cases.citizens import citizen

ROOT = Path(__file__).resolve().parents[2]
# Where the kiosk dies: after each committed step, and (most often) inside "create", between
# the journalled key, the request on the wire and the journalled answer.
TARGETS: tuple[tuple[str, float], ...] = (
    ("started", 0.02),
    ("looked_up", 0.03),
    ("creating", 0.004),
    ("scanned", 0.02),
    ("details", 0.04),
    ("creating", 0.012),
    ("form", 0.02),
    ("otp_sent", 0.03),
    ("creating", 0.025),
    ("resumed", 0.05),
)
RANK = {
    event: i
    for i, event in enumerate(
        ("started", "looked_up", "scanned", "details", "form", "otp_sent", "creating", "created")
    )
}
PER_RUN = 3  # new citizens a kiosk run would serve if nobody killed it


@dataclass
class KillSoakResult:
    kills: int = 0
    ended_alone: int = 0  # runs that served all their citizens before the kill came
    targets: Counter[str] = field(default_factory=Counter)
    left_creating: int = 0  # kills after which a case waited for reconciliation
    creating_landed: int = 0  # ... and the gateway had already made its account
    checks: int = 0  # journal checks after kills
    problems: list[str] = field(default_factory=list)  # reported steps missing after a kill
    final_reconciled: int = 0
    final_resumed: int = 0
    before_restart: Ledger = field(default_factory=Ledger)
    after: Ledger = field(default_factory=Ledger)
    seconds: float = 0.0

    def rows(self) -> list[tuple[str, object]]:
        before, after = self.before_restart, self.after
        targets = ", ".join(f"{k} {v}" for k, v in sorted(self.targets.items()))
        return [
            ("kills (SIGKILL)", self.kills),
            ("  waited for", targets),
            ("  runs that ended before their kill", self.ended_alone),
            ("  kills that left a case creating", self.left_creating),
            ("    its account already made / not yet", self._landed()),
            ("journal checks after a kill", self.checks),
            ("  reported steps missing (must be 0)", len(self.problems)),
            ("cases started", before.started),
            ("  created before the last restart", before.created),
            ("  resumable at the last restart", before.resumable),
            ("restart: reconciled / resumed and finished", self._restart()),
            ("accounts created", after.accounts),
            ("duplicate accounts (must be 0)", after.duplicate_accounts),
            ("creates sent again as new (must be 0)", after.second_creates),
            ("cases lost (must be 0)", len(before.lost) + len(after.lost)),
            ("cases created after the restart", after.created),
            ("wall time", f"{self.seconds:.1f} s"),
        ]

    def _landed(self) -> str:
        return f"{self.creating_landed} / {self.left_creating - self.creating_landed}"

    def _restart(self) -> str:
        return f"{self.final_reconciled} / {self.final_resumed}"


class Zygote:
    """The child process that forks kiosk runs (tests/helpers/soak_child.py)."""

    def __init__(self, folder: Path) -> None:
        self._stderr: IO[str] = (folder / "child-stderr.txt").open("w", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.soak_child"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.errors = folder / "child-stderr.txt"

    def _ask(self, order: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(order) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"soak child died: {self.errors.read_text(encoding='utf-8')}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, order: dict[str, Any]) -> int:
        return int(self._ask({"run": order})["pid"])

    def reap(self, pid: int) -> dict[str, Any]:
        return self._ask({"reap": pid})

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()


def _ended(pid: int) -> bool:
    """The run has exited (a zombie until reaped; its pid cannot be reused before that)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def _wait_for(report: Path, seen: int, event: str, pid: int, deadline: float) -> bool:
    """Until the run reports `event` (True) or ends by itself (False)."""
    while time.monotonic() < deadline:
        lines = progress.read(report)
        if any(line.event == event for line in lines[seen:]):
            return True
        if _ended(pid):
            return False
        time.sleep(0.001)
    raise AssertionError(f"the kiosk run never reached {event!r}")


def missing_steps(journal: Journal, lines: list[progress.Line]) -> list[str]:
    """Steps the child reported as committed that the journal does not hold."""
    furthest: dict[str, tuple[int, int]] = {}
    for line in lines:
        if line.case_id and line.event in RANK:
            rank = max(RANK[line.event], furthest.get(line.case_id, (-1, 0))[0])
            furthest[line.case_id] = (rank, line.n)
    problems = []
    for case_id, (rank, n) in furthest.items():
        record = journal.load_case(case_id)
        case = AccountCase.from_dict(record.fields)
        wanted = [
            ("looked_up", case.looked_up and case.id_number == citizen(n).details.id_number),
            ("scanned", case.has_pdf and {"front.jpg", "back.jpg", PDF_BLOB} <= set(record.blobs)),
            ("details", case.phone_confirmed and case.phone == citizen(n).phone),
            ("form", case.citizen_signed and FORM_BLOB in record.blobs),
            ("otp_sent", bool(case.otp_id)),
            ("created", record.status is Status.CREATED),
        ]
        problems += [
            f"{case_id}: {step} reported, not in the journal"
            for step, there in wanted
            if RANK[step] <= rank and not there
        ]
    return problems


def run_kill_soak(
    running: RunningGateway,
    folder: Path,
    backend: MemoryKeyring,
    *,
    kills: int,
    seed: int,
    first: int = 1,
    scanner_pages_every: int = 0,
) -> KillSoakResult:
    started = time.perf_counter()
    result = KillSoakResult()
    rng = random.Random(seed)
    path = folder / "journal.sqlite3"
    report = folder / "progress.txt"
    Journal(path, KeyringKeyProvider()).close()  # its key goes to this test's keyring
    entries = [[s, u, p] for (s, u), p in backend.store.items() if u.startswith("journal-key:")]
    order: dict[str, Any] = {
        "url": running.url,
        "journal": str(path),
        "progress": str(report),
        "keyring": entries,
        "username": OFFICER_2,
        "password": DEMO_PASSWORD,
        "count": PER_RUN,
        "scanner_pages_every": scanner_pages_every,
    }
    zygote = Zygote(folder)
    officer_id = ""
    numbers: list[int] = []
    try:
        for round_ in range(kills):
            event, spread = TARGETS[round_ % len(TARGETS)]
            seen = len(progress.read(report))
            pid = zygote.run({**order, "first": first})
            numbers += range(first, first + PER_RUN)
            first += PER_RUN
            try:
                if _wait_for(report, seen, event, pid, time.monotonic() + 30):
                    time.sleep(rng.uniform(0, spread))
            finally:
                os.kill(pid, signal.SIGKILL)  # ours, not yet reaped: the pid is still its
                ended = zygote.reap(pid)
            result.kills += 1
            result.targets[event] += 1
            if ended["signal"] != signal.SIGKILL:
                if ended["exit"] != 0:
                    raise AssertionError(zygote.errors.read_text(encoding="utf-8"))
                result.ended_alone += 1
            with Journal(path, KeyringKeyProvider()) as journal:
                assert journal.check_integrity().ok
                result.checks += 1
                result.problems += missing_steps(journal, progress.read(report))
                creating = [s for s in journal.unfinished_cases() if s.needs_reconcile]
                if creating:
                    result.left_creating += 1
                    number = journal.load_case(creating[0].id).fields["id_number"]
                    if gateway_accounts(running, {number}):
                        result.creating_landed += 1
    finally:
        zygote.close()

    # The kiosk starts once more, here: settle, resume, finish.
    id_numbers = {citizen(n).details.id_number for n in numbers}
    journal = Journal(path, KeyringKeyProvider())
    desk = Desk(running.url, journal, read_timeout=5.0)
    try:
        officer_id = desk.officer_id
        result.before_restart = take_stock(journal, running, officer_id, id_numbers)
        restarted = HeadlessOfficer(desk.service, desk.log_in)
        result.final_reconciled, _unknown = restarted.settle_unfinished()
        unfinished = desk.service.unfinished()
        orphans = [s.id for s in sorted(unfinished, key=lambda s: s.created_at)]
        owners = progress.owners(progress.read(report), orphans)
        for summary in unfinished:
            case = desk.service.resume(summary.id)
            restarted.carry_on(case, citizen_number(case) or owners[summary.id])
            result.final_resumed += 1
        result.after = take_stock(journal, running, officer_id, id_numbers)
        assert len(all_case_ids(path, officer_id)) == result.after.started
    finally:
        desk.close()
        journal.close()
    result.seconds = time.perf_counter() - started
    return result
