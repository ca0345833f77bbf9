"""The kiosk process of the kill soak: serves cases until it is SIGKILLed, then again.

Run as `python -m tests.helpers.soak_child` from the repository root. It imports everything
once and then waits for orders on stdin (one JSON object a line), so each run it forks starts
in milliseconds instead of the half second an interpreter needs to import the kiosk:

    {"run": {...}}   fork a kiosk run (work()); answers {"pid": <pid>}
    {"reap": <pid>}  wait for that run to end; answers {"pid": <pid>, "signal": <n or 0>,
                     "exit": <code or null>}
    end of input     exit

Nothing in this process holds threads or sockets when it forks: the gateway client, the
journal and the keyring entry are made by the forked run itself.

A run (`work`) is what the kiosk does from its start: open the journal, log in, settle the
cases a crash left "creating", resume the unfinished ones, then serve new citizens; every
step it has committed is reported to a progress file (tests/soak/progress.py).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import keyring

from kiosk.cases import CaseService
from kiosk.domain.account_case import AccountCase
from kiosk.journal import Journal, KeyringKeyProvider
from kiosk.portal import GatewayClient
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak import progress
from tests.soak.flow import FAST_CLIENT, HeadlessOfficer, citizen_number


def work(order: dict[str, Any]) -> None:
    """One life of the kiosk; returns only if it served all its citizens."""
    # The journal's data key, as the OS keyring would give it to this process.
    backend = MemoryKeyring()
    for service, username, secret in order["keyring"]:
        backend.set_password(service, username, secret)
    keyring.set_keyring(backend)

    report = Path(order["progress"])
    journal = Journal(Path(order["journal"]), KeyringKeyProvider())
    client = GatewayClient(order["url"], **{**FAST_CLIENT, "read_timeout": 5.0})
    officer = client.login(order["username"], order["password"])
    unit = next(u for u in officer.units if u.eligible)
    service = CaseService(journal, client, officer, unit)

    def note(what: str, n: int, case: AccountCase | None) -> None:
        progress.append(report, what, n, case)

    def log_in() -> None:
        client.login(order["username"], order["password"])

    headless = HeadlessOfficer(
        service,
        log_in,
        attempts=3,
        scanner_pages_every=order.get("scanner_pages_every", 0),
        on_event=note,
    )
    # As the kiosk's start screen does: ask the gateway about interrupted creates first.
    headless.settle_unfinished()
    unfinished = service.unfinished()
    orphans = [s.id for s in sorted(unfinished, key=lambda s: s.created_at)]
    owners = progress.owners(progress.read(report), orphans)
    for summary in unfinished:
        case = service.resume(summary.id)
        n = citizen_number(case) or owners[summary.id]
        note("resumed", n, case)
        headless.carry_on(case, n)
    for n in range(order["first"], order["first"] + order["count"]):
        headless.serve(n)
    client.close()
    journal.close()


def _answer(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def serve_orders() -> None:
    while True:
        raw = sys.stdin.readline()
        if not raw:
            return
        order = json.loads(raw)
        if "run" in order:
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    work(order["run"])
                except BaseException:
                    traceback.print_exc()
                    code = 1
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            _answer({"pid": pid})
        elif "reap" in order:
            pid, status = os.waitpid(int(order["reap"]), 0)
            signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
            exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
            _answer({"pid": pid, "signal": signal, "exit": exit_code})


if __name__ == "__main__":
    serve_orders()
