"""Which scanner backends exist on this machine, and the officer's remembered choice.

The choice (backend, device) and the settings (dpi, colour) live in the user's config file
through kiosk.config, so the next session opens on the same scanner.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk import config
from kiosk.scanner import escl_discovery
from kiosk.scanner.device import ScanDevice, ScanDriver, ScanOptions
from kiosk.scanner.escl import EsclDriver
from kiosk.scanner.file_import import FileImportDriver
from kiosk.scanner.watch_folder import WatchFolderDriver


def drivers(
    settings: config.ScannerSettings | None = None, *, escl_urls: list[str] | None = None
) -> list[ScanDriver]:
    """The backends that can work here, most direct first; files are always offered."""
    settings = settings or config.ScannerSettings()
    found: list[ScanDriver] = []
    if sys.platform == "win32":
        from kiosk.scanner.wia import WiaDriver

        found.append(WiaDriver())
    from kiosk.scanner import sane_backend

    if sane_backend.available():
        from kiosk.scanner.sane_worker import SaneWorkerDriver

        # libsane only ever loads in a child process: a driver that hangs or crashes
        # cannot take the kiosk with it.
        found.append(SaneWorkerDriver())
    urls = list(escl_urls or [])
    if settings.backend == "escl" and settings.device and settings.device not in urls:
        urls.append(settings.device)
    if urls or settings.escl_discovery:
        found.append(
            EsclDriver(urls, discover=escl_discovery.discover if settings.escl_discovery else None)
        )
    if settings.watch_folder:
        found.append(WatchFolderDriver([Path(settings.watch_folder)]))
    found.append(FileImportDriver())
    return found


@dataclass(frozen=True)
class Choice:
    backend: str
    device: str
    options: ScanOptions


def remembered(settings: config.ScannerSettings) -> Choice:
    return Choice(
        backend=settings.backend,
        device=settings.device,
        options=ScanOptions(dpi=settings.dpi, color=settings.color),
    )


def remember(device: ScanDevice, options: ScanOptions) -> Path:
    """Store the officer's scanner and settings in the per-user config file."""
    values: dict[str, object] = {
        "backend": device.backend,
        "device": device.id,
        "dpi": options.dpi,
        "color": options.color,
    }
    return config.save_user({"scanner": values})


def find_device(drivers_: list[ScanDriver], choice: Choice) -> tuple[ScanDriver, ScanDevice] | None:
    """The remembered device if its backend still lists it."""
    for driver in drivers_:
        if driver.name != choice.backend:
            continue
        for device in driver.list_devices():
            if device.id == choice.device:
                return driver, device
    return None
