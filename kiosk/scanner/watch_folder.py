""" "Scan to folder": a network MFP writes a file into a shared folder; the kiosk picks it up.

A scan waits for a file that is new (or written in the last minute, for the officer who
pressed the MFP's button first) and whose size has stopped changing, reads it, and by default
deletes it: an ID scan left in a shared folder is personal data nobody is looking after.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from PIL import Image

from kiosk.scanner.device import (
    Capabilities,
    Progress,
    ScanDevice,
    ScanOptions,
    check_cancel,
)
from kiosk.scanner.errors import DeviceOfflineError, ScanError, ScanProblem
from kiosk.scanner.file_import import is_importable, load_pages

log = logging.getLogger(__name__)

POLL_S = 0.2
RECENT_S = 60.0
TIMEOUT_S = 120.0


class WatchFolderDriver:
    name = "folder"

    def __init__(
        self,
        folders: list[Path],
        *,
        poll_s: float = POLL_S,
        recent_s: float = RECENT_S,
        timeout_s: float = TIMEOUT_S,
        consume: bool = True,
    ) -> None:
        self.folders = folders
        self.poll_s = poll_s
        self.recent_s = recent_s
        self.timeout_s = timeout_s
        self.consume = consume

    def list_devices(self) -> list[ScanDevice]:
        return [
            ScanDevice(backend=self.name, id=str(folder), name=str(folder))
            for folder in self.folders
            if folder.is_dir()
        ]

    def capabilities(self, device: ScanDevice) -> Capabilities:
        # The MFP's own panel decides resolution and colour.
        return Capabilities(resolutions=(), sources=("file",))

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        folder = Path(device.id)
        if not folder.is_dir():
            raise DeviceOfflineError(
                f"folder missing: {folder}",
                ScanProblem.FOLDER_UNREACHABLE,
                folder=str(folder),
            )
        started = time.time()
        seen = {p: _stamp(p) for p in _candidates(folder)}
        fresh_since = started - self.recent_s
        sizes: dict[Path, int] = {}
        deadline = time.monotonic() + self.timeout_s
        while True:
            check_cancel(cancel)
            ready = []
            for path in _candidates(folder):
                stamp = _stamp(path)
                if stamp is None:
                    continue
                mtime, size = stamp
                is_new = path not in seen or seen[path] != stamp or mtime >= fresh_since
                if not is_new or size == 0:
                    continue
                # Stable size across two polls: the MFP has finished writing it.
                if sizes.get(path) == size:
                    ready.append((mtime, path))
                sizes[path] = size
            if ready:
                _, path = max(ready)
                return self._take(path, options, progress)
            elapsed = self.timeout_s - (deadline - time.monotonic())
            progress(min(0.9, elapsed / self.timeout_s))
            if time.monotonic() > deadline:
                raise ScanError(
                    "no file arrived",
                    ScanProblem.NO_FILE_ARRIVED,
                )
            cancel.wait(self.poll_s)

    def _take(self, path: Path, options: ScanOptions, progress: Progress) -> list[Image.Image]:
        pages = load_pages(path, dpi=options.dpi)
        if self.consume:
            try:
                path.unlink()
            except OSError as exc:
                log.warning("could not delete a picked-up scan: %s", exc.strerror)
        progress(1.0)
        return pages


def _candidates(folder: Path) -> list[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return [
        Path(e.path)
        for e in entries
        if e.is_file() and not e.name.startswith(".") and is_importable(Path(e.name))
    ]


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime, st.st_size)
