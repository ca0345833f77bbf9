"""The journal's SQLite layout, connection settings, and SQLite errors as journal errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.journal.errors import (
    DiskFull,
    JournalBusy,
    JournalCorrupt,
    JournalError,
    StorageError,
)

# "KIOS" in the header's application_id: tells our file from any other SQLite database.
APPLICATION_ID = 0x4B494F53
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 5.0

# Personal data lives only in the sealed BLOB columns; plain columns hold ids, times, steps,
# states, gateway codes and masked summaries.
DDL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    officer_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    step TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status IN ('open', 'creating', 'created', 'abandoned', 'failed')),
    idempotency_key TEXT,
    creating_since TEXT,
    attachment TEXT,
    failure_code TEXT,
    masked_id_number TEXT NOT NULL DEFAULT '',
    masked_name TEXT NOT NULL DEFAULT '',
    fields BLOB,
    outcome BLOB,
    create_request BLOB,
    reduced_at TEXT
);
CREATE INDEX cases_by_status ON cases (status, updated_at);
CREATE TABLE blobs (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (case_id, name)
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_case ON audit (case_id, id);
"""

# Per connection. secure_delete zeroes freed cells and pages, so a DELETE really removes the
# bytes; temp_store keeps sorts and statement journals out of temp files; synchronous=FULL
# makes each committed step survive a power cut, not only a crash of the app.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cell_size_check = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA synchronous = FULL",
)


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


def as_journal_error(exc: sqlite3.Error) -> JournalError:
    name = _error_name(exc)
    detail = f"{name}: {exc}"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return JournalBusy(detail)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or name == "SQLITE_IOERR_SHORT_READ":
        return JournalCorrupt(detail)
    if name.startswith("SQLITE_FULL"):
        return DiskFull(detail)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_PERM")):
        return StorageError(detail)
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError
    ):
        return JournalCorrupt(detail)
    return JournalError(detail)


@contextmanager
def mapped_errors() -> Iterator[None]:
    """SQLite errors leave as typed journal errors; programming errors stay what they are."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
        raise
    except sqlite3.Error as exc:
        raise as_journal_error(exc) from exc


def connect(path: Path, *, new: bool) -> sqlite3.Connection:
    """A configured connection in WAL mode; the file must exist unless `new`."""
    uri = f"{path.resolve().as_uri()}?mode={'rwc' if new else 'rw'}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
    )
    try:
        with mapped_errors():
            if new:
                # Must precede the first table: lets apply_retention give pages back to the OS.
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(f"journal_mode is {mode}, WAL refused")
            for pragma in CONNECTION_PRAGMAS:
                conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def create(conn: sqlite3.Connection, meta: dict[str, bytes]) -> None:
    """Tables, header ids and meta rows, in one transaction."""
    with mapped_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            for statement in DDL.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def check_kind(conn: sqlite3.Connection) -> None:
    """JournalCorrupt unless this is a kiosk journal of a schema we know."""
    with mapped_errors():
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise JournalCorrupt(f"not a kiosk journal (application_id {app_id})")
    if version != SCHEMA_VERSION:
        raise JournalCorrupt(f"unknown journal schema version {version}")


def integrity_problems(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's own verdict; an empty list means the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    with mapped_errors():
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [r for r in rows if r != "ok"]
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
    return problems
