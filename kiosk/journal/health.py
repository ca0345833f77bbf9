"""What `kiosk doctor` says about the journal: readable, sound, keyed, and kept no longer than
it should be. Read-only, needs no decryption (the key is only tried on the check value), and
never raises: every problem becomes a line in the report."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.config import RetentionSettings
from kiosk.journal import retention, schema
from kiosk.journal.crypto import Sealer
from kiosk.journal.damaged_files import quarantined_files
from kiosk.journal.errors import DataTampered, JournalError
from kiosk.journal.keys import KeyProvider, KeyringKeyProvider, backend_name, is_secure_backend
from kiosk.journal.records import Status


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _keyring_report() -> dict[str, Any]:
    import keyring

    backend = keyring.get_keyring()
    return {"backend": backend_name(backend), "secure": is_secure_backend(backend)}


def _times(conn: sqlite3.Connection) -> list[retention.CaseTimes]:
    rows = conn.execute(
        "SELECT id, status, updated_at, finished_at, reduced_at, "
        "EXISTS (SELECT 1 FROM blobs WHERE blobs.case_id = cases.id) FROM cases"
    ).fetchall()
    return [
        retention.CaseTimes(
            id=r[0],
            status=Status(r[1]),
            updated_at=datetime.fromisoformat(r[2]),
            finished_at=None if r[3] is None else datetime.fromisoformat(r[3]),
            reduced=r[4] is not None,
            has_blobs=bool(r[5]),
        )
        for r in rows
    ]


def _key_state(journal_id: str, check: bytes, keys: KeyProvider) -> tuple[bool, bool, str]:
    """(present, matches, problem) for the journal's key in the keyring."""
    try:
        if not keys.has_key(journal_id):
            return False, False, "key_missing"
        key = keys.load_key(journal_id)
    except JournalError as exc:
        return False, False, exc.code
    try:
        Sealer(key, journal_id).open(check, "-", "key-check")
    except DataTampered:
        return True, False, "wrong_key"
    return True, True, ""


KEY_PROBLEMS = ("key_missing", "wrong_key")


def key_problem(path: Path, key_provider: KeyProvider | None = None) -> str:
    """ "key_missing" or "wrong_key" when the journal at `path` exists but its key is gone or
    foreign; "" otherwise (no file yet, a sound key, or a problem the journal reports itself:
    a locked keyring is not a reason to set a journal aside)."""
    if not path.exists():
        return ""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
        journal_id = bytes(meta["journal_id"]).decode()
        check = bytes(meta["key_check"])
    except (sqlite3.Error, KeyError, UnicodeDecodeError):
        return ""  # not readable as a journal: opening it moves it aside (damaged_files)
    problem = _key_state(journal_id, check, key_provider or KeyringKeyProvider())[2]
    return problem if problem in KEY_PROBLEMS else ""


def journal_health(
    path: Path,
    settings: RetentionSettings | None = None,
    now: datetime | None = None,
    key_provider: KeyProvider | None = None,
) -> dict[str, Any]:
    """A JSON-able report. `ok` is False when the journal cannot serve the next case as is;
    `problems` holds stable codes (the journal error codes) for `kiosk doctor` to explain."""
    report: dict[str, Any] = {
        "path": str(path),
        "exists": path.exists(),
        "size_bytes": _size(path),
        "wal_bytes": _size(Path(f"{path}-wal")),
        "quarantined": [p.name for p in quarantined_files(path)],
        "problems": [],
    }
    problems: list[str] = report["problems"]
    try:
        report["keyring"] = _keyring_report()
        if not report["keyring"]["secure"]:
            problems.append("insecure_keyring")
    except Exception as exc:  # a broken keyring module must not hide the rest of the report
        report["keyring"] = {"backend": "", "secure": False, "error": type(exc).__name__}
        problems.append("keyring_unavailable")
    if not path.exists():
        # A fresh journal is made at the first case: nothing wrong with its absence.
        report["ok"] = not problems
        return report
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        problems.append(schema.as_journal_error(exc).code)
        report["ok"] = False
        return report
    try:
        with schema.mapped_errors():
            schema.check_kind(conn)
            integrity = schema.integrity_problems(conn, full=True)
            report["integrity"] = "ok" if not integrity else "; ".join(integrity[:5])
            if integrity:
                problems.append("corrupt")
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            journal_id = bytes(meta["journal_id"]).decode()
            report["journal_id"] = journal_id
            counts = dict(conn.execute("SELECT status, COUNT(*) FROM cases GROUP BY status"))
            report["cases"] = {s.value: int(counts.get(s.value, 0)) for s in Status}
            report["unfinished_cases"] = int(counts.get("open", 0) + counts.get("creating", 0))
            report["awaiting_reconcile"] = int(counts.get("creating", 0))
            due = retention.plan(
                _times(conn), now or datetime.now(UTC), settings or RetentionSettings()
            )
            report["retention_due"] = {
                "scans": len(due.drop_blobs),
                "details": len(due.reduce),
                "cases": len(due.delete),
            }
        present, matches, key_problem = _key_state(
            journal_id, bytes(meta["key_check"]), key_provider or KeyringKeyProvider()
        )
        report["key_present"] = present
        report["key_matches"] = matches
        if key_problem and key_problem not in problems:
            problems.append(key_problem)
    except JournalError as exc:
        problems.append(exc.code)
    except KeyError:
        problems.append("corrupt")  # meta rows missing
    finally:
        conn.close()
    report["ok"] = not problems
    return report
