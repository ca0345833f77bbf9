"""The one driver interface every scanner backend implements (shaped like NAPS2's IScanDriver).

`list_devices()`, `capabilities(device)` and `scan(device, options, cancel, progress)`; a scan
blocks, so the GUI runs it through its background task helper, sets `cancel` to stop it and
receives `progress(fraction)` calls from the worker thread (never touch a widget in them).
Errors are the typed ScanError subclasses of kiosk.scanner.errors.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from PIL import Image

from kiosk.scanner.errors import ScanCancelledError

Progress = Callable[[float], None]
Source = Literal["flatbed", "feeder", "camera", "file"]


@dataclass(frozen=True)
class Region:
    """A scan area in millimetres from the top-left corner of the glass."""

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float


# The card (85.6 × 53.98 mm) laid against the glass corner, with room for a slightly crooked
# placement: the imaging step finds the card inside it.
CARD_REGION = Region(0.0, 0.0, 100.0, 70.0)


@dataclass(frozen=True)
class ScanDevice:
    """A device one backend can scan from; `id` means something only to that backend."""

    backend: str
    id: str
    name: str


@dataclass(frozen=True)
class ScanOptions:
    dpi: int = 300
    color: bool = True
    region: Region | None = CARD_REGION
    source: Source = "flatbed"


@dataclass(frozen=True)
class Capabilities:
    resolutions: tuple[int, ...] = ()
    color: bool = True
    grey: bool = True
    sources: tuple[Source, ...] = ("flatbed",)
    max_width_mm: float | None = None
    max_height_mm: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def nearest_dpi(self, wanted: int) -> int:
        """The supported resolution closest to `wanted` (ties go to the higher one)."""
        if not self.resolutions:
            return wanted
        return min(self.resolutions, key=lambda r: (abs(r - wanted), -r))


@runtime_checkable
class ScanDriver(Protocol):
    """A scanner backend. `name` is what settings store ("sane", "escl", "wia", ...); the UI
    catalogue (kiosk/ui/catalogue/scanner.py) says what each kind is called."""

    name: str

    def list_devices(self) -> list[ScanDevice]: ...

    def capabilities(self, device: ScanDevice) -> Capabilities: ...

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]: ...


def check_cancel(cancel: threading.Event) -> None:
    """Raise ScanCancelledError if the officer pressed Cancel."""
    if cancel.is_set():
        raise ScanCancelledError()


def no_progress(_fraction: float) -> None:
    """A progress callback that shows nothing (CLI, tests)."""
