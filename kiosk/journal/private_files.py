"""The one way a citizen's document touches the disk in clear: briefly, privately, then gone.

Printing (QPrinter, a print spooler) and outside viewers need a real file. It is created
owner-only (0600) in an owner-only (0700) folder under the kiosk cache dir, never in the
shared system temp dir, and when the block ends, normally or not, it is overwritten and
deleted. Overwriting is best effort (an SSD or a copy-on-write file system may keep old
blocks); the real protections are the short life and the private folder. A kill in the middle
leaves a file behind: purge_leftovers() at start-up removes it.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk import paths

log = logging.getLogger(__name__)

PRIVATE_DIR = "private"
_CHUNK = 1 << 20


def private_dir() -> Path:
    return paths.ensure(paths.cache_dir() / PRIVATE_DIR)


def _wipe(path: Path) -> None:
    """Overwrite with zeros, then delete. Raises OSError if the file cannot be removed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with path.open("r+b", buffering=0) as fh:
            left = size
            while left > 0:
                left -= fh.write(bytes(min(left, _CHUNK)))
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


@contextmanager
def private_temp_file(data: bytes, suffix: str = "") -> Iterator[Path]:
    """Yield the path of a 0600 file holding `data`; it is wiped and deleted on exit."""
    if suffix and (os.sep in suffix or "/" in suffix):
        raise ValueError("suffix must not contain a path separator")
    folder = private_dir()
    path = folder / f"{secrets.token_hex(12)}{suffix}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        yield path
    finally:
        try:
            _wipe(path)
        except OSError as exc:
            # Windows keeps files a viewer still has open; purge_leftovers() gets it later.
            # Never raise here: it would hide the error that ended the block, if any.
            log.warning("private file %s not removed yet: %s", path.name, exc.strerror)


def purge_leftovers() -> int:
    """Wipe files a killed process left in the private folder; returns how many went."""
    folder = paths.cache_dir() / PRIVATE_DIR
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            try:
                _wipe(entry)
                removed += 1
            except OSError as exc:
                log.warning("private file %s not removed: %s", entry.name, exc.strerror)
    return removed
