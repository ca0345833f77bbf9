"""Which scanner this counter uses: picked once, remembered in the user's config.

Files (a scanner's "scan to file", a photo) are always offered. The remembered device is used
as it is, without listing anything (a scan opens it by its id); the officer asks for the list
("Tìm máy quét") to pick another one. Listing may take seconds (network scanners, SANE's
discovery), so `discover()` runs on a worker, and only when asked; nothing here touches a
widget. Cameras are listed on the GUI thread (`with_cameras`): Qt Multimedia enumerates them
there, and it takes milliseconds.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk import config
from kiosk.scanner import registry
from kiosk.scanner.device import ScanDevice, ScanDriver, ScanOptions
from kiosk.scanner.errors import ScanError
from kiosk.scanner.file_import import FileImportDriver
from kiosk.scanner.sane_worker import SaneWorkerDriver
from kiosk.ui.catalogue.scanner import driver_title

if TYPE_CHECKING:
    from kiosk.scanner.camera import CameraDriver

log = logging.getLogger(__name__)

FILE_BACKEND = "file"


def camera_driver() -> CameraDriver | None:
    """Qt Multimedia's cameras, unless its libraries are missing on this machine."""
    try:
        from kiosk.scanner.camera import CameraDriver
    except ImportError as exc:  # e.g. libpulse0 missing on a Linux desk
        log.warning("camera backend unavailable: %s", exc)
        return None
    return CameraDriver()


@dataclass(frozen=True)
class ScannerEntry:
    driver: ScanDriver
    device: ScanDevice | None  # None: the officer picks a file each time

    @property
    def key(self) -> str:
        return f"{self.driver.name}:{self.device.id if self.device else ''}"

    @property
    def is_file(self) -> bool:
        return self.device is None

    @property
    def label(self) -> str:
        if self.device is None:
            return driver_title(self.driver.name)
        return f"{self.device.name} ({driver_title(self.driver.name)})"


@dataclass
class ScannerChoice:
    settings: config.ScannerSettings
    entries: list[ScannerEntry] = field(default_factory=list)
    current: ScannerEntry | None = None
    discovered: bool = False
    camera: CameraDriver | None = field(default_factory=camera_driver)

    def __post_init__(self) -> None:
        if not self.entries:
            self.entries = [ScannerEntry(FileImportDriver(), None)]
            remembered = self._remembered_entry()
            if remembered is not None:
                self.entries.insert(0, remembered)
        if self.current is None:
            self.current = self.entries[0]

    def _remembered_entry(self) -> ScannerEntry | None:
        """The device of the last session, as a driver and an id: nothing is opened here."""
        wanted = registry.remembered(self.settings)
        if not wanted.backend or wanted.backend == FILE_BACKEND or not wanted.device:
            return None
        drivers: list[ScanDriver] = list(registry.drivers(self.settings))
        if self.camera is not None:
            drivers.append(self.camera)
        for driver in drivers:
            if driver.name == wanted.backend:
                device = ScanDevice(wanted.backend, wanted.device, wanted.device)
                return ScannerEntry(driver, device)
        return None

    @property
    def options(self) -> ScanOptions:
        return ScanOptions(dpi=self.settings.dpi, color=self.settings.color)

    def discover(self, cancel: threading.Event | None = None) -> list[ScannerEntry]:
        """Every device of every backend here (blocking), files last; `cancel` stops it
        between backends (one backend's listing is not interrupted)."""
        found: list[ScannerEntry] = []
        for driver in registry.drivers(self.settings):
            if driver.name == FILE_BACKEND:
                continue
            if cancel is not None and cancel.is_set():
                break
            try:
                if isinstance(driver, SaneWorkerDriver):  # seconds of discovery: cancellable
                    devices = driver.list_devices(cancel)
                else:
                    devices = driver.list_devices()
            except ScanError as exc:
                log.info("scanner backend %s: %s", driver.name, exc.code)
                continue
            except Exception as exc:  # one broken backend hides no other
                log.warning("scanner backend %s failed: %s", driver.name, type(exc).__name__)
                continue
            found.extend(ScannerEntry(driver, d) for d in devices)
        found.append(ScannerEntry(FileImportDriver(), None))
        return found

    def with_cameras(self, entries: list[ScannerEntry]) -> list[ScannerEntry]:
        """`entries` (a discovery's) with this machine's cameras before the files; GUI thread."""
        if self.camera is None:
            return entries
        cameras = [ScannerEntry(self.camera, d) for d in self.camera.list_devices()]
        files = [e for e in entries if e.is_file]
        return [e for e in entries if not e.is_file] + cameras + files

    def adopt(self, entries: list[ScannerEntry]) -> None:
        """Take a discovery's result; the remembered device becomes current if it is there."""
        self.entries = entries
        self.discovered = True
        wanted = registry.remembered(self.settings)
        for entry in entries:
            if entry.driver.name == wanted.backend and (
                entry.device is None or entry.device.id == wanted.device
            ):
                self.current = entry
                return
        self.current = entries[0]

    def choose(self, entry: ScannerEntry) -> None:
        """The officer's pick, for this session and (written to the config) the next ones."""
        self.current = entry
        device = entry.device or ScanDevice(FILE_BACKEND, "", driver_title(entry.driver.name))
        try:
            registry.remember(device, self.options)
            self.settings = self.settings.model_copy(
                update={"backend": device.backend, "device": device.id}
            )
        except (OSError, config.ConfigError) as exc:
            log.warning("scanner choice not saved: %s", type(exc).__name__)
