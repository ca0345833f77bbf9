"""The journal: every case, step by step, on a local SQLite file (WAL, one transaction a save).

Personal data (the fields, the outcome, the create request, every scan and PDF) is sealed with
AES-256-GCM before it reaches SQLite (kiosk.journal.crypto); the plain columns hold only ids,
times, step names, states, gateway codes and masked summaries, so lists need no key. Each
method is one transaction committed with synchronous=FULL before it returns: when save_step
returns, the step survives a kill or a power cut.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.config import RetentionSettings
from kiosk.domain.masking import mask_id_number, mask_name, redact
from kiosk.journal import retention, schema
from kiosk.journal.crypto import Sealer
from kiosk.journal.errors import (
    BlobNotFound,
    BlobTooLarge,
    CaseNotFound,
    DataTampered,
    InvalidTransition,
    JournalCorrupt,
    JournalError,
    StorageError,
    WrongKey,
)
from kiosk.journal.keys import KeyProvider
from kiosk.journal.records import (
    FINISHED,
    UNFINISHED,
    AuditEntry,
    CaseRecord,
    CaseSummary,
    PendingCreate,
    Status,
)

JOURNAL_FILE = "journal.sqlite3"
# Two A4 scans at 300 dpi and a ≤5 MB PDF fit many times over; a 200 MB "scan" does not.
DEFAULT_MAX_BLOB_BYTES = 25 * 1024 * 1024
# The journal does not know the wizard's field names beyond the two the masked lists show.
ID_NUMBER_FIELD = "id_number"
NAME_FIELD = "full_name"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_CODE = re.compile(r"^[a-z0-9_]{1,64}$")
_KEY_CHECK = b"kiosk journal key check"

log = logging.getLogger(__name__)


def default_path() -> Path:
    return paths.data_dir() / JOURNAL_FILE


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"blob name {name!r}: letters, digits, '.', '_', '-', at most 64")
    return name


def _detail(text: str) -> str:
    # Audit details are written by our code, but a free-text reason could carry a name or a
    # number: the same net as the logs, and a bound.
    return redact(text)[:200]


def _dumps(value: Mapping[str, Any]) -> bytes:
    return json.dumps(dict(value), ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: list[str]
    full: bool


@dataclass(frozen=True)
class RetentionReport:
    blobs_deleted: int
    cases_reduced: int
    cases_deleted: int
    pages_freed: int
    # False when another connection kept the WAL from being emptied; the next run finishes it.
    wal_truncated: bool
    # Journals set aside (damaged, or without their key) older than case_days, removed.
    set_aside_deleted: int = 0


class Journal:
    """One journal file. Thread-safe (one lock); several processes are serialised by SQLite."""

    def __init__(
        self,
        path: Path,
        key_provider: KeyProvider,
        *,
        clock: Callable[[], datetime] = _utc_now,
        max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES,
        verify: bool = True,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._key_provider = key_provider
        self.max_blob_bytes = max_blob_bytes
        self._lock = threading.RLock()
        try:
            paths.ensure(self.path.parent)
        except OSError as exc:
            raise StorageError(f"journal folder: {exc.strerror}") from exc
        wal = Path(f"{self.path}-wal")
        wal_has_data = wal.exists() and wal.stat().st_size > 0
        if not self.path.exists() and wal_has_data:
            # SQLite would replay a stranger's WAL into the new file.
            raise JournalCorrupt("a -wal file without its journal")
        is_new = not self.path.exists() or (self.path.stat().st_size == 0 and not wal_has_data)
        if is_new:
            self._sealer = self._create(key_provider)
        else:
            self._conn = schema.connect(self.path, new=False)
            try:
                self._sealer = self._open_existing(key_provider, verify)
            except BaseException:
                self._conn.close()
                raise

    def _create(self, key_provider: KeyProvider) -> Sealer:
        journal_id = str(uuid.uuid4())
        # Key first: if the keyring refuses, no journal file is left behind.
        sealer = Sealer(key_provider.create_key(journal_id), journal_id)
        try:
            # Owner-only from the first byte; SQLite gives its -wal and -shm the same mode.
            try:
                flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
                os.close(os.open(self.path, flags, 0o600))
            except OSError as exc:
                raise StorageError(f"journal file: {exc.strerror}") from exc
            self._conn = schema.connect(self.path, new=True)
            try:
                check = sealer.seal(_KEY_CHECK, "-", "key-check")
                schema.create(self._conn, {"journal_id": journal_id.encode(), "key_check": check})
            except BaseException:
                self._conn.close()
                raise
        except BaseException:
            # Half a journal would be taken for a corrupt one at the next start.
            for suffix in ("-wal", "-shm", ""):
                with suppress(OSError):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            with suppress(JournalError):
                key_provider.delete_key(journal_id)
            raise
        return sealer

    def _open_existing(self, key_provider: KeyProvider, verify: bool) -> Sealer:
        schema.check_kind(self._conn)
        if verify:
            problems = schema.integrity_problems(self._conn, full=False)
            if problems:
                raise JournalCorrupt("; ".join(problems[:3]))
        with schema.mapped_errors():
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if "journal_id" not in meta or "key_check" not in meta:
            raise JournalCorrupt("journal meta rows missing")
        journal_id = bytes(meta["journal_id"]).decode()
        sealer = Sealer(key_provider.load_key(journal_id), journal_id)
        try:
            sealer.open(bytes(meta["key_check"]), "-", "key-check")
        except DataTampered as exc:
            raise WrongKey(f"journal {journal_id}") from exc
        return sealer

    # -- plumbing -------------------------------------------------------------------------

    @property
    def journal_id(self) -> str:
        return self._sealer.journal_id

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction; IMMEDIATE for writes so two writers queue instead of failing late."""
        with self._lock, schema.mapped_errors():
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._conn
            except BaseException:
                # A broken file may refuse the rollback too; the first error is the one to tell.
                with suppress(sqlite3.Error):
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _seal(self, value: Mapping[str, Any], case_id: str, slot: str) -> bytes:
        return self._sealer.seal(_dumps(value), case_id, slot)

    def _unseal(self, sealed: bytes | None, case_id: str, slot: str) -> dict[str, Any] | None:
        if sealed is None:
            return None
        value = json.loads(self._sealer.open(bytes(sealed), case_id, slot))
        if not isinstance(value, dict):
            raise DataTampered(f"case {case_id}, {slot}: not an object")
        return value

    def _row(self, conn: sqlite3.Connection, case_id: str) -> sqlite3.Row:
        cur = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        cur.row_factory = sqlite3.Row
        row: sqlite3.Row | None = cur.fetchone()
        if row is None:
            raise CaseNotFound(f"case {case_id}")
        return row

    def _status(self, row: sqlite3.Row, *allowed: Status) -> Status:
        status = Status(row["status"])
        if status not in allowed:
            wanted = "/".join(s.value for s in allowed)
            raise InvalidTransition(f"case {row['id']} is {status.value}, needs {wanted}")
        return status

    def _audit(
        self, conn: sqlite3.Connection, case_id: str, at: str, actor: str, action: str, detail: str
    ) -> None:
        conn.execute(
            "INSERT INTO audit (case_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
            (case_id, at, actor, action, _detail(detail)),
        )

    # -- cases ----------------------------------------------------------------------------

    def new_case(self, officer_id: str, unit_id: str, *, step: str = "start") -> CaseRecord:
        case_id = str(uuid.uuid4())
        now = _iso(self._clock())
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO cases (id, created_at, updated_at, officer_id, unit_id, step, "
                "status, fields) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
                (case_id, now, now, officer_id, unit_id, step, self._seal({}, case_id, "fields")),
            )
            self._audit(conn, case_id, now, officer_id, "case_opened", f"unit={unit_id}")
        return self.load_case(case_id)

    def save_step(self, case_id: str, step: str, fields: Mapping[str, Any], actor: str) -> None:
        """Step and fields together, or neither; committed to disk when this returns."""
        sealed = self._seal(fields, case_id, "fields")  # TypeError here if not JSON-able
        id_number = str(fields.get(ID_NUMBER_FIELD) or "")
        name = str(fields.get(NAME_FIELD) or "")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.OPEN)
            try:
                before = self._unseal(row["fields"], case_id, "fields") or {}
                keys = set(before) | set(fields)
                changed = sorted(k for k in keys if before.get(k) != fields.get(k))
                what = ",".join(changed) or "-"
            except DataTampered:
                what = "all (previous data unreadable)"
            conn.execute(
                "UPDATE cases SET step = ?, fields = ?, masked_id_number = ?, masked_name = ?, "
                "updated_at = ? WHERE id = ?",
                (step, sealed, mask_id_number(id_number), mask_name(name), now, case_id),
            )
            self._audit(conn, case_id, now, actor, "step_saved", f"step={step}; changed={what}")

    def load_case(self, case_id: str) -> CaseRecord:
        """The whole case with its fields decrypted; DataTampered if any sealed part fails."""
        with self._tx(write=False) as conn:
            row = self._row(conn, case_id)
            names = tuple(
                r[0]
                for r in conn.execute(
                    "SELECT name FROM blobs WHERE case_id = ? ORDER BY name", (case_id,)
                )
            )
        pending = None
        if row["status"] == Status.CREATING.value:
            pending = PendingCreate(
                idempotency_key=row["idempotency_key"],
                since=datetime.fromisoformat(row["creating_since"]),
                request=self._unseal(row["create_request"], case_id, "create_request"),
                attachment=row["attachment"],
            )
        return CaseRecord(
            id=case_id,
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
            finished_at=_time(row["finished_at"]),
            officer_id=row["officer_id"],
            unit_id=row["unit_id"],
            step=row["step"],
            status=Status(row["status"]),
            masked_id_number=row["masked_id_number"],
            masked_name=row["masked_name"],
            fields=self._unseal(row["fields"], case_id, "fields") or {},
            blobs=names,
            pending=pending,
            outcome=self._unseal(row["outcome"], case_id, "outcome"),
            failure_code=row["failure_code"],
            reduced_at=_time(row["reduced_at"]),
        )

    def unfinished_cases(self, officer_id: str | None = None) -> list[CaseSummary]:
        """Cases to offer for resumption, newest first; no decryption needed."""
        with self._tx(write=False) as conn:
            return _unfinished(conn, officer_id)

    # -- scans and PDFs -------------------------------------------------------------------

    def put_blob(self, case_id: str, name: str, data: bytes, *, actor: str | None = None) -> None:
        """Store (or replace) a scan or PDF of an open case, sealed to this case and name."""
        _check_name(name)
        if len(data) > self.max_blob_bytes:
            raise BlobTooLarge(f"{name}: {len(data)} bytes > {self.max_blob_bytes}")
        sealed = self._sealer.seal(bytes(data), case_id, f"blob:{name}")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.OPEN)
            conn.execute(
                "INSERT INTO blobs (case_id, name, size, data, saved_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (case_id, name) DO UPDATE SET size = excluded.size, "
                "data = excluded.data, saved_at = excluded.saved_at",
                (case_id, name, len(data), sealed, now),
            )
            conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
            who = actor or row["officer_id"]
            # KiB: a long digit run would be masked by the redactor like a phone number.
            size = f"{(len(data) + 1023) // 1024} KiB"
            self._audit(conn, case_id, now, who, "blob_saved", f"{name} ({size})")

    def get_blob(self, case_id: str, name: str) -> bytes:
        _check_name(name)
        with self._tx(write=False) as conn:
            row = conn.execute(
                "SELECT data FROM blobs WHERE case_id = ? AND name = ?", (case_id, name)
            ).fetchone()
        if row is None:
            raise BlobNotFound(f"case {case_id}, {name}")
        return self._sealer.open(bytes(row[0]), case_id, f"blob:{name}")

    def delete_blob(self, case_id: str, name: str, *, actor: str | None = None) -> bool:
        """Remove a scan (e.g. the officer rescans); False if it was not there."""
        _check_name(name)
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.OPEN, *FINISHED)
            cur = conn.execute("DELETE FROM blobs WHERE case_id = ? AND name = ?", (case_id, name))
            if cur.rowcount:
                who = actor or row["officer_id"]
                self._audit(conn, case_id, now, who, "blob_deleted", name)
            return cur.rowcount > 0

    # -- the create request and its outcome ------------------------------------------------

    def mark_creating(
        self,
        case_id: str,
        idempotency_key: str,
        *,
        request: Mapping[str, Any] | None = None,
        attachment: str | None = None,
        actor: str | None = None,
    ) -> None:
        """Record the key (and the exact request) BEFORE the create request is sent.

        Calling it again with the same key is harmless; another key for a case already in
        flight is refused: that would be the duplicate account this journal exists to prevent.
        """
        if not idempotency_key or len(idempotency_key) > 255:
            raise ValueError("idempotency_key must be 1..255 characters")
        if attachment is not None:
            _check_name(attachment)
        sealed = None if request is None else self._seal(request, case_id, "create_request")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            status = self._status(row, Status.OPEN, Status.CREATING)
            if status is Status.CREATING:
                if row["idempotency_key"] != idempotency_key:
                    raise InvalidTransition(f"case {case_id} is already being created")
                return
            if attachment is not None:
                found = conn.execute(
                    "SELECT 1 FROM blobs WHERE case_id = ? AND name = ?", (case_id, attachment)
                ).fetchone()
                if found is None:
                    raise BlobNotFound(f"case {case_id}, {attachment}")
            conn.execute(
                "UPDATE cases SET status = 'creating', idempotency_key = ?, creating_since = ?, "
                "create_request = ?, attachment = ?, updated_at = ? WHERE id = ?",
                (idempotency_key, now, sealed, attachment, now, case_id),
            )
            self._audit(conn, case_id, now, actor or row["officer_id"], "create_sending", "")

    def mark_created(
        self, case_id: str, outcome: Mapping[str, Any], *, actor: str | None = None
    ) -> None:
        """The gateway confirmed the account. Repeating it (a reconciled replay) is harmless."""
        sealed = self._seal(outcome, case_id, "outcome")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            if self._status(row, Status.CREATING, Status.CREATED) is Status.CREATED:
                return
            conn.execute(
                "UPDATE cases SET status = 'created', outcome = ?, create_request = NULL, "
                "finished_at = ?, updated_at = ? WHERE id = ?",
                (sealed, now, now, case_id),
            )
            self._audit(conn, case_id, now, actor or row["officer_id"], "created", "")

    def mark_failed(self, case_id: str, code: str, *, actor: str | None = None) -> None:
        """The gateway refused the case for good (`code` is its refusal code)."""
        if not _CODE.match(code):
            raise ValueError("failure code must be a gateway code such as 'account_exists'")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.OPEN, Status.CREATING)
            conn.execute(
                "UPDATE cases SET status = 'failed', failure_code = ?, create_request = NULL, "
                "finished_at = ?, updated_at = ? WHERE id = ?",
                (code, now, now, case_id),
            )
            self._audit(conn, case_id, now, actor or row["officer_id"], "failed", code)

    def reopen_after_refusal(self, case_id: str, code: str, *, actor: str | None = None) -> None:
        """The gateway answered the create with a refusal it can be fixed from (a new OTP, a
        corrected field): nothing was created, so the case goes back to the wizard and the
        next attempt gets a new Idempotency-Key."""
        if not _CODE.match(code):
            raise ValueError("refusal code must be a gateway code such as 'otp_expired'")
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.CREATING)
            conn.execute(
                "UPDATE cases SET status = 'open', idempotency_key = NULL, creating_since = NULL, "
                "create_request = NULL, attachment = NULL, updated_at = ? WHERE id = ?",
                (now, case_id),
            )
            self._audit(conn, case_id, now, actor or row["officer_id"], "create_refused", code)

    def abandon(self, case_id: str, actor: str, reason: str) -> None:
        """The officer stops the case. Not while a create may be in flight: reconcile first."""
        now = _iso(self._clock())
        with self._tx() as conn:
            row = self._row(conn, case_id)
            self._status(row, Status.OPEN)
            conn.execute(
                "UPDATE cases SET status = 'abandoned', finished_at = ?, updated_at = ? "
                "WHERE id = ?",
                (now, now, case_id),
            )
            self._audit(conn, case_id, now, actor, "abandoned", reason)

    def record(self, case_id: str, actor: str, action: str, detail: str = "") -> None:
        """Add to the audit trail what changed no state: form printed, OTP sent, ...

        `detail` must not carry personal data; it is passed through the log redactor anyway.
        """
        if not _CODE.match(action):
            raise ValueError("action must be a short code such as 'form_printed'")
        now = _iso(self._clock())
        with self._tx() as conn:
            self._row(conn, case_id)
            self._audit(conn, case_id, now, actor, action, detail)

    def audit_trail(self, case_id: str) -> list[AuditEntry]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                "SELECT at, actor, action, detail FROM audit WHERE case_id = ? ORDER BY id",
                (case_id,),
            ).fetchall()
        return [AuditEntry(case_id, datetime.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]

    # -- retention and health -------------------------------------------------------------

    def _case_times(self, conn: sqlite3.Connection) -> list[retention.CaseTimes]:
        rows = conn.execute(
            "SELECT id, status, updated_at, finished_at, reduced_at, "
            "EXISTS (SELECT 1 FROM blobs WHERE blobs.case_id = cases.id) FROM cases"
        ).fetchall()
        return [
            retention.CaseTimes(
                id=r[0],
                status=Status(r[1]),
                updated_at=datetime.fromisoformat(r[2]),
                finished_at=_time(r[3]),
                reduced=r[4] is not None,
                has_blobs=bool(r[5]),
            )
            for r in rows
        ]

    def retention_due(
        self, now: datetime | None = None, settings: RetentionSettings | None = None
    ) -> retention.RetentionPlan:
        with self._tx(write=False) as conn:
            times = self._case_times(conn)
        return retention.plan(times, now or self._clock(), settings or RetentionSettings())

    def apply_retention(
        self, now: datetime | None = None, settings: RetentionSettings | None = None
    ) -> RetentionReport:
        """Delete what has outlived its purpose, for real: rows go, SQLite zeroes the freed
        space (secure_delete), free pages go back to the OS and the WAL is emptied, so the
        bytes are no longer in any file of the journal."""
        moment = now or self._clock()
        rules = settings or RetentionSettings()
        stamp = _iso(moment)
        with self._tx() as conn:
            todo = retention.plan(self._case_times(conn), moment, rules)
            blobs = 0
            for case_id in todo.drop_blobs:
                blobs += conn.execute("DELETE FROM blobs WHERE case_id = ?", (case_id,)).rowcount
                self._audit(conn, case_id, stamp, "retention", "scans_deleted", rules.scans)
            for case_id in todo.reduce:
                conn.execute(
                    "UPDATE cases SET fields = NULL, outcome = NULL, create_request = NULL, "
                    "reduced_at = ? WHERE id = ?",
                    (stamp, case_id),
                )
                self._audit(conn, case_id, stamp, "retention", "details_deleted", "")
            conn.executemany("DELETE FROM cases WHERE id = ?", [(c,) for c in todo.delete])
        freed = 0
        truncated = True
        with self._lock, schema.mapped_errors():
            if not todo.empty:
                freed = int(self._conn.execute("PRAGMA freelist_count").fetchone()[0])
                self._conn.execute("PRAGMA incremental_vacuum").fetchall()
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            truncated = busy == 0
        return RetentionReport(
            blobs_deleted=blobs,
            cases_reduced=len(todo.reduce),
            cases_deleted=len(todo.delete),
            pages_freed=freed,
            wal_truncated=truncated,
            set_aside_deleted=self._expire_set_aside(moment, rules),
        )

    def _expire_set_aside(self, moment: datetime, rules: RetentionSettings) -> int:
        """Journals moved aside for IT keep citizens' data (sealed) and their keys stay in the
        keyring: after case_days, the longest any case is kept, both go."""
        from kiosk.journal.damaged_files import MARK, quarantined_files  # imports this module

        removed = 0
        for aside in quarantined_files(self.path):
            stamp = aside.name.rpartition(MARK)[2][:15]
            try:
                when = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            except ValueError:
                when = datetime.fromtimestamp(aside.stat().st_mtime, UTC)
            if moment - when < timedelta(days=rules.case_days):
                continue
            journal_id = journal_id_of(aside)
            if journal_id is not None:
                with suppress(JournalError):
                    self._key_provider.delete_key(journal_id)
            for side in ("-wal", "-shm", ""):
                Path(f"{aside}{side}").unlink(missing_ok=True)
            log.info("journal set aside on %s removed after %d days", stamp, rules.case_days)
            removed += 1
        return removed

    def check_integrity(self, *, full: bool = True) -> IntegrityReport:
        with self._lock:
            problems = schema.integrity_problems(self._conn, full=full)
        return IntegrityReport(ok=not problems, problems=problems, full=full)

    def checkpoint(self) -> bool:
        """Fold the WAL into the main file and empty it; False if a reader prevented it."""
        with self._lock, schema.mapped_errors():
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return bool(busy == 0)


def _unfinished(conn: sqlite3.Connection, officer_id: str | None) -> list[CaseSummary]:
    sql = "SELECT * FROM cases WHERE status IN (?, ?)"
    args: list[str] = [s.value for s in UNFINISHED]
    if officer_id is not None:
        sql += " AND officer_id = ?"
        args.append(officer_id)
    cur = conn.execute(sql + " ORDER BY updated_at DESC", args)
    cur.row_factory = sqlite3.Row
    return [
        CaseSummary(
            id=r["id"],
            created_at=datetime.fromisoformat(r["created_at"]),
            updated_at=datetime.fromisoformat(r["updated_at"]),
            officer_id=r["officer_id"],
            unit_id=r["unit_id"],
            step=r["step"],
            status=Status(r["status"]),
            masked_id_number=r["masked_id_number"],
            masked_name=r["masked_name"],
        )
        for r in cur.fetchall()
    ]


def unfinished_without_key(path: Path, officer_id: str | None = None) -> list[CaseSummary]:
    """The unfinished cases of a journal that cannot be opened for its key (missing after a
    keyring reset, foreign in a copied profile): their masked summaries are plain columns and
    need no key, so the officer sees which citizens' cases would be lost. Read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with schema.mapped_errors():
            return _unfinished(conn, officer_id)
    finally:
        conn.close()


def journal_id_of(path: Path) -> str | None:
    """The id in a journal file's meta table (its key's name), or None if unreadable."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else bytes(row[0]).decode("ascii", "replace")
