"""After a soak: what the journal says of every case, checked against what the gateway holds.

A case is
- created: the journal says created and the gateway holds the citizen's account;
- resumable: open or "creating" in the journal, its details and scans there and readable,
  and (when open) no account at the gateway, so finishing it can create nothing twice;
- lost: anything else (an account the journal does not know of, a case the journal gave up,
  fields or scans missing, a created case without its account).

Duplicates are counted twice over: accounts per ID number in the gateway's database, and
create requests the gateway refused with account_exists (the kiosk sending a citizen's create
again as new, which only the gateway's own rule stopped). Only counts and case ids leave here.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from kiosk.cases.service import PDF_BLOB
from kiosk.domain.account_case import AccountCase
from kiosk.journal import Journal, JournalError, Status
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import AuditEvent, CitizenAccount
from tests.soak.flow import citizen_number


@dataclass
class Ledger:
    started: int = 0
    created: int = 0
    resumable_open: int = 0
    resumable_creating: int = 0
    accounts: int = 0  # soak citizens' accounts at the gateway
    duplicate_accounts: int = 0
    second_creates: int = 0  # create requests refused with account_exists
    lost: list[str] = field(default_factory=list)  # "case id: why"

    @property
    def duplicates(self) -> int:
        return self.duplicate_accounts + self.second_creates

    @property
    def resumable(self) -> int:
        return self.resumable_open + self.resumable_creating


def gateway_accounts(running: RunningGateway, id_numbers: set[str]) -> Counter[str]:
    with running.gateway.db.read() as session:
        rows = session.execute(
            select(CitizenAccount.id_number, func.count())
            .where(CitizenAccount.id_number.in_(id_numbers))
            .group_by(CitizenAccount.id_number)
        ).all()
    return Counter({str(number): int(count) for number, count in rows})


def refused_as_existing(running: RunningGateway) -> int:
    with running.gateway.db.read() as session:
        found = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "account.create", AuditEvent.outcome == "account_exists")
        )
    return int(found or 0)


def all_case_ids(path: Path, officer_id: str) -> list[str]:
    """Every case of the officer, whatever its status, read as an auditor reads the file: the
    ids are plain columns (the journal's own lists show only the unfinished ones)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT id FROM cases WHERE officer_id = ? ORDER BY created_at", (officer_id,)
        ).fetchall()
    finally:
        conn.close()
    return [str(row[0]) for row in rows]


def _scans_missing(case: AccountCase, blobs: tuple[str, ...]) -> list[str]:
    wanted = []
    if case.has_front:
        wanted.append("front.jpg")
    if case.has_back:
        wanted.append("back.jpg")
    if case.has_pdf:
        wanted.append(PDF_BLOB)
    return [name for name in wanted if name not in blobs]


def take_stock(
    journal: Journal, running: RunningGateway, officer_id: str, id_numbers: set[str]
) -> Ledger:
    """Every case of the officer in the journal, against the accounts of `id_numbers`."""
    ledger = Ledger()
    accounts = gateway_accounts(running, id_numbers)
    ledger.accounts = sum(accounts.values())
    ledger.duplicate_accounts = sum(count - 1 for count in accounts.values() if count > 1)
    ledger.second_creates = refused_as_existing(running)
    claimed: set[str] = set()
    for case_id in all_case_ids(journal.path, officer_id):
        ledger.started += 1
        try:
            record = journal.load_case(case_id)
            case = AccountCase.from_dict(record.fields)
            for name in record.blobs:
                journal.get_blob(case_id, name)  # every scan still authenticates
        except JournalError as exc:
            ledger.lost.append(f"{case_id}: unreadable ({exc.code})")
            continue
        number = case.id_number
        if number:
            claimed.add(number)
        has_account = accounts.get(number, 0) > 0
        if record.status is Status.CREATED:
            if has_account:
                ledger.created += 1
            else:
                ledger.lost.append(f"{case_id}: created in the journal, no account")
        elif record.status is Status.CREATING:
            pending = record.pending
            if pending is None or not pending.request or pending.attachment not in record.blobs:
                ledger.lost.append(f"{case_id}: creating without its request")
            else:
                ledger.resumable_creating += 1
        elif record.status is Status.OPEN:
            missing = _scans_missing(case, record.blobs)
            if has_account:
                ledger.lost.append(f"{case_id}: open although its account exists")
            elif missing:
                ledger.lost.append(f"{case_id}: {', '.join(missing)} missing")
            elif case.looked_up and citizen_number(case) is None:
                ledger.lost.append(f"{case_id}: looked up without an ID number")
            else:
                ledger.resumable_open += 1
        else:
            why = record.failure_code or record.status.value
            ledger.lost.append(f"{case_id}: {record.status.value} ({why})")
    for number in sorted(set(accounts) - claimed):
        ledger.lost.append(f"citizen {int(number[-6:])}: an account no case knows of")
    return ledger


def table(title: str, rows: list[tuple[str, object]]) -> str:
    """A two-column figure table, for -s output and the terminal summary."""
    width = max(len(label) for label, _ in rows)
    lines = [title, "-" * len(title)]
    lines += [f"  {label:<{width}}  {value}" for label, value in rows]
    return "\n".join(lines)
