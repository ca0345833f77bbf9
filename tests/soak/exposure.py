"""Looking for a citizen's data, and the officer's password, where nobody should find them.

`needles` turns each secret into the byte strings it could be stored as (NFC and NFD, UTF-8
and UTF-16 both ways); `search_tree` reads every file under a folder, whatever its name or
size; `TempWatch` notes every file or folder the process creates in the temp dir, even one
deleted again before anyone looks. Hits are reported by file and label, never by value.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


@dataclass(frozen=True)
class Needle:
    label: str  # what it is and how it is written, never the value
    data: bytes


@dataclass(frozen=True)
class Hit:
    where: str
    label: str


def needles(secrets: dict[str, str]) -> list[Needle]:
    """Every stored form of each secret: NFC and NFD, in UTF-8 and UTF-16 (LE and BE)."""
    out: dict[bytes, str] = {}
    for label, value in secrets.items():
        if not value:
            raise ValueError(f"{label}: empty secret")
        for form in ("NFC", "NFD"):
            text = unicodedata.normalize(form, value)
            for encoding in ENCODINGS:
                out.setdefault(text.encode(encoding), f"{label} ({form}, {encoding})")
    return [Needle(label, data) for data, label in out.items()]


def search_bytes(where: str, data: bytes, wanted: list[Needle]) -> list[Hit]:
    return [Hit(where, needle.label) for needle in wanted if needle.data in data]


def search_tree(root: Path, wanted: list[Needle]) -> tuple[int, list[Hit]]:
    """(files read, hits) for every regular file under root."""
    files = 0
    hits: list[Hit] = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        files += 1
        hits += search_bytes(str(path.relative_to(root)), path.read_bytes(), wanted)
    return files, hits


def search_keyring(store: dict[tuple[str, str], str], wanted: list[Needle]) -> list[Hit]:
    hits = []
    for (service, username), value in store.items():
        text = f"{service}\n{username}\n{value}".encode()
        hits += search_bytes(f"keyring {service}/{username.split(':')[0]}", text, wanted)
    return hits


class TempWatch:
    """Files and folders created under a folder while watching, seen through audit events.

    Audit hooks cannot be removed, so one hook is installed for the process the first time
    and does nothing while no watch is active.
    """

    _installed = False
    _lock = threading.Lock()
    _active: ClassVar[list[tuple[str, list[str]]]] = []

    @classmethod
    def _hook(cls, event: str, args: tuple[Any, ...]) -> None:
        if not cls._active:
            return
        path: Any = None
        if event == "open":
            target, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
            )
            path = target if writes else None
        elif event in ("os.mkdir", "tempfile.mkstemp", "tempfile.mkdtemp"):
            path = args[0]
        if path is None or isinstance(path, int):
            return
        name = os.fsdecode(path)
        for folder, seen in cls._active:
            if os.path.abspath(name).startswith(folder + os.sep):
                seen.append(os.path.relpath(os.path.abspath(name), folder))

    @classmethod
    @contextmanager
    def watch(cls, folder: Path) -> Iterator[list[str]]:
        with cls._lock:
            if not cls._installed:
                sys.addaudithook(cls._hook)
                cls._installed = True
        seen: list[str] = []
        entry = (str(folder.resolve()), seen)
        cls._active.append(entry)
        try:
            yield seen
        finally:
            cls._active.remove(entry)
