"""SANE on Linux through python-sane; with sane-airscan it also reaches eSCL network scanners.

The kiosk runs this only inside its SANE child process (sane_worker.py), never in the GUI's.

python-sane is imported inside functions, so this module imports on Windows too and the
registry can ask `available()`. SANE is initialised once per process and used from one
thread at a time (the library is not thread-safe); a cancel request from the GUI thread
calls sane_cancel, which SANE allows from another thread to stop a blocking read.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import threading
from types import ModuleType
from typing import Any

from PIL import Image

from kiosk.scanner.device import (
    Capabilities,
    Progress,
    ScanDevice,
    ScanOptions,
    Source,
    check_cancel,
)
from kiosk.scanner.errors import (
    BackendUnavailableError,
    CoverOpenError,
    DeviceBusyError,
    DeviceOfflineError,
    FeederEmptyError,
    PaperJamError,
    ScanCancelledError,
    ScanError,
    ScanProblem,
)

# sane_strstatus() texts as libsane prints them; python-sane gives only the text.
_STATUS_ERRORS: dict[str, type[ScanError]] = {
    "Document feeder jammed": PaperJamError,
    "Document feeder out of documents": FeederEmptyError,
    "Scanner cover is open": CoverOpenError,
    "Device busy": DeviceBusyError,
    "Operation was cancelled": ScanCancelledError,
    "Operation was canceled": ScanCancelledError,
    "Error during device I/O": DeviceOfflineError,
    "Access to resource has been denied": DeviceOfflineError,
    "Invalid argument": DeviceOfflineError,
}

_LOCK = threading.RLock()
END_TIMEOUT_S = 3.0
log = logging.getLogger(__name__)
_initialised = False


def available() -> bool:
    return importlib.util.find_spec("sane") is not None


def _sane() -> ModuleType:
    global _initialised
    try:
        import sane
    except ImportError as exc:
        raise BackendUnavailableError(
            "python-sane is not installed",
            ScanProblem.SANE_MISSING,
        ) from exc
    if not _initialised:
        sane.init()
        _initialised = True
    module: ModuleType = sane
    return module


def reset() -> None:
    """sane_exit: the next call re-reads SANE's configuration (SANE_CONFIG_DIR, dll.conf)."""
    global _initialised
    with _LOCK:
        if _initialised:
            import sane

            sane.exit()
            _initialised = False


def map_error(exc: BaseException) -> ScanError:
    text = str(exc.args[0]) if exc.args else str(exc)
    cls = _STATUS_ERRORS.get(text, ScanError)
    return cls(f"SANE: {text}")


class SaneDriver:
    name = "sane"

    def __init__(self, *, close_devices: bool = True) -> None:
        # False in the kiosk's SANE child: python-sane's sane_close holds the GIL for as long
        # as a backend takes over it. The child keeps each device open for its next scan
        # (a second sane_open of an open device is "busy" on many backends); its exit
        # releases them.
        self.close_devices = close_devices
        self._open_devices: dict[str, Any] = {}

    def list_devices(self) -> list[ScanDevice]:
        with _LOCK:
            sane = _sane()
            try:
                found = sane.get_devices()
            except Exception as exc:  # _sane.error has no public class to name
                raise map_error(exc) from exc
        return [
            ScanDevice(backend=self.name, id=dev, name=f"{vendor} {model}".strip())
            for dev, vendor, model, _kind in found
        ]

    def capabilities(self, device: ScanDevice) -> Capabilities:
        with _LOCK:
            dev = self._open(device)
            try:
                return _capabilities(dev)
            finally:
                if self.close_devices:
                    dev.close()

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        check_cancel(cancel)
        with _LOCK:
            dev = self._open(device)
            stop_watch = threading.Event()
            gate = threading.Lock()
            watcher = threading.Thread(
                target=_cancel_when_asked, args=(dev, cancel, stop_watch, gate), daemon=True
            )
            watcher.start()
            try:
                _apply_options(dev, options)
                progress(0.05)
                pages = self._acquire(dev, options, cancel, progress)
            except ScanError:
                raise
            except Exception as exc:
                if cancel.is_set():
                    raise ScanCancelledError() from exc
                raise map_error(exc) from exc
            finally:
                # Not joined (it looks every 50 ms, a wait on every scan): once stop is set
                # under the gate, the watcher can no longer cancel, this scan or the next.
                with gate:
                    stop_watch.set()
                _end_scan(dev, close=self.close_devices)
        progress(1.0)
        return pages

    def _acquire(
        self, dev: Any, options: ScanOptions, cancel: threading.Event, progress: Progress
    ) -> list[Image.Image]:
        if options.source != "feeder":
            # no_cancel: python-sane would call sane_cancel holding the GIL; _end_scan does it
            # without, and does not wait for ever.
            dev.start()
            image = dev.snap(no_cancel=True)
            check_cancel(cancel)
            return [image.convert("RGB")]
        pages: list[Image.Image] = []
        while True:
            check_cancel(cancel)
            try:
                dev.start()
                image = dev.snap(no_cancel=True)
            except Exception as exc:
                err = map_error(exc)
                # An empty feeder after the first sheet is simply the end of the stack.
                if isinstance(err, FeederEmptyError) and pages:
                    return pages  # _end_scan cancels
                raise err from exc
            pages.append(image.convert("RGB"))
            progress(min(0.9, 0.1 + 0.2 * len(pages)))

    def _open(self, device: ScanDevice) -> Any:
        kept = self._open_devices.get(device.id)
        if kept is not None:
            return kept
        sane = _sane()
        try:
            dev = sane.open(device.id)
        except Exception as exc:
            err = map_error(exc)
            if type(err) is ScanError:
                err = DeviceOfflineError(f"SANE open: {exc}")
            raise err from exc
        if not self.close_devices:
            self._open_devices[device.id] = dev
        return dev


def _end_scan(dev: Any, *, close: bool = True) -> None:
    """sane_cancel (and sane_close when `close`) on a thread given END_TIMEOUT_S: after a
    fault some backends never return from sane_cancel (libsane's `test` backend waiting on
    its reader thread). The scan's answer (pages or the fault) must still reach the officer; a
    stuck call is left behind in the kiosk's SANE child (sane_worker.py), which ends after
    any fault, so the next scan meets a fresh libsane. The bound holds for sane_cancel,
    which python-sane calls without the GIL; sane_close holds it, which is why the child
    does not close."""

    def end() -> None:
        # Cancelling a scan that has just finished is harmless; a closed device says so.
        with contextlib.suppress(Exception):
            dev.cancel()
        if close:
            with contextlib.suppress(Exception):
                dev.close()

    ender = threading.Thread(target=end, name="sane-end", daemon=True)
    ender.start()
    ender.join(END_TIMEOUT_S)
    if ender.is_alive():
        log.warning("SANE backend still in sane_cancel after %.0f s: left behind", END_TIMEOUT_S)


def _cancel_when_asked(
    dev: Any, cancel: threading.Event, stop: threading.Event, gate: threading.Lock
) -> None:
    while not stop.is_set():
        if cancel.wait(0.05):
            with gate:
                if stop.is_set():
                    return
                # Cancelling a scan that has just finished is harmless.
                with contextlib.suppress(Exception):
                    dev.cancel()
            return


def _option(dev: Any, key: str) -> Any:
    opts = getattr(dev, "optlist", [])
    return dev[key] if key in opts else None


def _apply_options(dev: Any, options: ScanOptions) -> None:
    caps = _capabilities(dev)
    if _option(dev, "mode") is not None:
        modes = _option(dev, "mode").constraint or []
        wanted = ["Color", "color", "RGB"] if options.color else ["Gray", "Grey", "gray"]
        for mode in wanted:
            if mode in modes:
                dev.mode = mode
                break
    if _option(dev, "resolution") is not None:
        dev.resolution = caps.nearest_dpi(options.dpi)
    if _option(dev, "source") is not None:
        names = _option(dev, "source").constraint or []
        match = [n for n in names if _source_kind(n) == options.source]
        if match:
            dev.source = match[0]
    region = options.region
    if region is not None and _option(dev, "tl_x") is not None:
        dev.tl_x = region.x_mm
        dev.tl_y = region.y_mm
        dev.br_x = min(region.x_mm + region.width_mm, caps.max_width_mm or 1e9)
        dev.br_y = min(region.y_mm + region.height_mm, caps.max_height_mm or 1e9)


def _source_kind(name: str) -> Source:
    lowered = name.lower()
    if "feeder" in lowered or "adf" in lowered or "duplex" in lowered:
        return "feeder"
    return "flatbed"


def _capabilities(dev: Any) -> Capabilities:
    res = _option(dev, "resolution")
    resolutions: tuple[int, ...] = ()
    if res is not None:
        constraint = res.constraint
        if isinstance(constraint, tuple) and len(constraint) == 3:
            lo, hi, _step = constraint
            resolutions = tuple(
                r for r in (75, 100, 150, 200, 300, 400, 600, 1200) if lo <= r <= hi
            )
        elif isinstance(constraint, list):
            resolutions = tuple(int(r) for r in constraint)
    modes = _option(dev, "mode")
    mode_names = [str(m).lower() for m in (modes.constraint or [])] if modes is not None else []
    src = _option(dev, "source")
    sources: tuple[Source, ...] = ("flatbed",)
    if src is not None and src.constraint:
        sources = tuple(dict.fromkeys(_source_kind(n) for n in src.constraint))
    width = _max_of(_option(dev, "br_x"))
    height = _max_of(_option(dev, "br_y"))
    return Capabilities(
        resolutions=resolutions,
        color=not mode_names or any("color" in m or "rgb" in m for m in mode_names),
        grey=not mode_names or any("gray" in m or "grey" in m for m in mode_names),
        sources=sources,
        max_width_mm=width,
        max_height_mm=height,
    )


def _max_of(opt: Any) -> float | None:
    if opt is None:
        return None
    constraint = opt.constraint
    if isinstance(constraint, tuple) and len(constraint) == 3:
        return float(constraint[1])
    return None
