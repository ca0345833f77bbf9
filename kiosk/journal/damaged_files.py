"""A journal file that cannot be opened is moved aside, and work goes on with a fresh one.

The moved file stays sealed with its key (still in the keyring), so IT can try to recover it;
`kiosk doctor` lists such files so they are not forgotten.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.journal.errors import JournalCorrupt
from kiosk.journal.keys import KeyProvider
from kiosk.journal.store import Journal

log = logging.getLogger(__name__)

MARK = ".corrupt-"
# The WAL first: a stale -wal next to a fresh journal of the same name would be replayed into it.
_SIDE_FILES = ("-wal", "-shm", "")


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` (and its -wal/-shm) to `<name>.corrupt-<UTC time>`; returns the new path."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{MARK}{stamp}")
    n = 1
    while any(Path(f"{target}{s}").exists() for s in _SIDE_FILES):
        n += 1
        target = path.with_name(f"{path.name}{MARK}{stamp}-{n}")
    for suffix in _SIDE_FILES:
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    log.warning("journal moved aside to %s", target.name)
    return target


def quarantined_files(path: Path) -> list[Path]:
    """Journals moved aside from `path`, oldest first."""
    if not path.parent.is_dir():
        return []
    found = {
        p.with_name(p.name.removesuffix("-wal").removesuffix("-shm"))
        for p in path.parent.glob(f"{path.name}{MARK}*")
    }
    return sorted(found)


@dataclass(frozen=True)
class OpenedJournal:
    journal: Journal
    # Set when the previous file could not be used: where it went and why (for the officer).
    quarantined: Path | None = None
    error: JournalCorrupt | None = None


def open_journal(path: Path, key_provider: KeyProvider, **options: Any) -> OpenedJournal:
    """Open the journal; if the file is corrupt, move it aside and start a fresh one.

    Only corruption does that. A missing or wrong key, a locked keyring or a busy file raise:
    the file may be fine and moving it would hide the cases in it.
    """
    try:
        return OpenedJournal(Journal(path, key_provider, **options))
    except JournalCorrupt as exc:
        log.warning("journal unusable (%s); starting a fresh one", exc.detail)
        moved = quarantine(path)
        return OpenedJournal(Journal(path, key_provider, **options), moved, exc)
