"""Windows Image Acquisition (USB flatbeds on Windows) through COM, kept apart from the rest.

COM objects belong to the thread that created them and each thread must CoInitialize first,
so every WIA call runs on one dedicated worker thread that initialises COM when it starts.
pywin32 is imported only there, only on Windows; elsewhere `WiaDriver` reports a clear
Vietnamese "not available" error. The COM calls sit behind `WiaComLayer`, which tests replace
with a named fake.
"""

from __future__ import annotations

import concurrent.futures
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PIL import Image

from kiosk.scanner.device import (
    Capabilities,
    Progress,
    ScanDevice,
    ScanOptions,
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
from kiosk.scanner.imaging import open_image

T = TypeVar("T")

# HRESULTs from wia.h / wiadef.h.
WIA_ERRORS: dict[int, type[ScanError]] = {
    0x80210002: PaperJamError,  # WIA_ERROR_PAPER_JAM
    0x80210003: FeederEmptyError,  # WIA_ERROR_PAPER_EMPTY
    0x80210004: PaperJamError,  # WIA_ERROR_PAPER_PROBLEM
    0x80210005: DeviceOfflineError,  # WIA_ERROR_OFFLINE
    0x80210006: DeviceBusyError,  # WIA_ERROR_BUSY
    0x80210007: DeviceBusyError,  # WIA_ERROR_WARMING_UP
    0x8021000A: DeviceOfflineError,  # WIA_ERROR_DEVICE_COMMUNICATION
    0x8021000D: DeviceBusyError,  # WIA_ERROR_DEVICE_LOCKED
    0x80210015: DeviceOfflineError,  # WIA_S_NO_DEVICE_AVAILABLE
    0x80210016: CoverOpenError,  # WIA_ERROR_COVER_OPEN
    0x80210064: ScanCancelledError,  # WIA_ERROR_USER_CANCELLED (scan dialog)
}
# WIA item properties.
WIA_IPS_XRES = 6147
WIA_IPS_YRES = 6148
WIA_IPS_XPOS = 6149
WIA_IPS_YPOS = 6150
WIA_IPS_XEXTENT = 6151
WIA_IPS_YEXTENT = 6152
WIA_IPA_DATATYPE = 4103
WIA_DATA_GRAYSCALE = 2
WIA_DATA_COLOR = 3
WIA_FORMAT_JPEG = "{B96B3CAE-0728-11D3-9D7B-0000F81EF32E}"
WIA_DEVICE_TYPE_SCANNER = 1


@dataclass(frozen=True)
class WiaDeviceInfo:
    id: str
    name: str


class WiaComLayer(Protocol):
    """The few COM operations the driver needs; every call happens on the WIA thread."""

    def initialize(self) -> None: ...

    def uninitialize(self) -> None: ...

    def devices(self) -> list[WiaDeviceInfo]: ...

    def transfer(self, device_id: str, properties: dict[int, int]) -> bytes:
        """Connect, set the scan item's properties, Transfer as JPEG, return the file bytes."""
        ...


def hresult_of(exc: BaseException) -> int | None:
    """The HRESULT in a pywintypes.com_error (or anything carrying `hresult`), unsigned."""
    code = getattr(exc, "hresult", None)
    args = getattr(exc, "args", ())
    if code is None and args and isinstance(args[0], int):
        code = args[0]
    # The device's own HRESULT is in excepinfo[5] when the outer one is DISP_E_EXCEPTION.
    if args and len(args) >= 3 and isinstance(args[2], tuple) and len(args[2]) >= 6:
        inner = args[2][5]
        if isinstance(inner, int) and inner:
            code = inner
    return None if code is None else int(code) & 0xFFFFFFFF


def map_error(exc: BaseException) -> ScanError:
    code = hresult_of(exc)
    cls = WIA_ERRORS.get(code, ScanError) if code is not None else ScanError
    return cls(f"WIA: HRESULT 0x{code:08X}" if code is not None else f"WIA: {exc}")


class Win32WiaLayer:
    """The real thing: WIA 2 Automation (wiaaut.dll) through pywin32."""

    def initialize(self) -> None:
        import pythoncom

        pythoncom.CoInitialize()

    def uninitialize(self) -> None:
        import pythoncom

        pythoncom.CoUninitialize()

    def _manager(self) -> Any:
        import win32com.client

        return win32com.client.Dispatch("WIA.DeviceManager")

    def devices(self) -> list[WiaDeviceInfo]:
        out = []
        for info in self._manager().DeviceInfos:
            if info.Type != WIA_DEVICE_TYPE_SCANNER:
                continue
            name = info.Properties("Name").Value
            out.append(WiaDeviceInfo(id=str(info.DeviceID), name=str(name)))
        return out

    def transfer(self, device_id: str, properties: dict[int, int]) -> bytes:
        for info in self._manager().DeviceInfos:
            if str(info.DeviceID) != device_id:
                continue
            item = info.Connect().Items(1)
            for prop in item.Properties:
                if prop.PropertyID in properties:
                    prop.Value = properties[prop.PropertyID]
            image_file = item.Transfer(WIA_FORMAT_JPEG)
            return bytes(image_file.FileData.BinaryData)
        raise DeviceOfflineError(f"WIA device {device_id} not connected")


class WiaDriver:
    name = "wia"

    def __init__(self, layer: WiaComLayer | None = None) -> None:
        if layer is None and sys.platform != "win32":
            self._layer: WiaComLayer | None = None
        else:
            self._layer = layer or Win32WiaLayer()
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def _run(self, fn: Callable[[WiaComLayer], T]) -> T:
        layer = self._layer
        if layer is None:
            raise BackendUnavailableError(
                "WIA is Windows only",
                ScanProblem.WIA_WINDOWS_ONLY,
            )
        with self._lock:
            if self._executor is None:
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="wia", initializer=self._init_com
                )
            executor = self._executor

        def call() -> T:
            try:
                return fn(layer)
            except ScanError:
                raise
            except Exception as exc:  # COM errors arrive as pywintypes.com_error
                raise map_error(exc) from exc

        return executor.submit(call).result()

    def _init_com(self) -> None:
        assert self._layer is not None
        self._layer.initialize()

    def close(self) -> None:
        """Uninitialise COM on the worker thread and stop it."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None and self._layer is not None:
            layer = self._layer
            executor.submit(layer.uninitialize).result()
            executor.shutdown(wait=True)

    def list_devices(self) -> list[ScanDevice]:
        infos = self._run(lambda layer: layer.devices())
        return [ScanDevice(backend=self.name, id=i.id, name=i.name) for i in infos]

    def capabilities(self, device: ScanDevice) -> Capabilities:
        # WIA Automation exposes ranges per item only after Connect; these are what every
        # WIA flatbed driver accepts.
        return Capabilities(resolutions=(150, 200, 300, 600), sources=("flatbed",))

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        check_cancel(cancel)
        props = wia_properties(options)
        progress(0.1)
        # WIA's Transfer cannot be interrupted; a cancel is honoured as soon as it returns.
        data = self._run(lambda layer: layer.transfer(device.id, props))
        check_cancel(cancel)
        image = open_image(data)
        progress(1.0)
        return [image]


def wia_properties(options: ScanOptions) -> dict[int, int]:
    dpi = options.dpi
    props = {
        WIA_IPS_XRES: dpi,
        WIA_IPS_YRES: dpi,
        WIA_IPA_DATATYPE: WIA_DATA_COLOR if options.color else WIA_DATA_GRAYSCALE,
    }
    region = options.region
    if region is not None:
        # Position and extent are in pixels at the chosen resolution.
        props[WIA_IPS_XPOS] = round(region.x_mm / 25.4 * dpi)
        props[WIA_IPS_YPOS] = round(region.y_mm / 25.4 * dpi)
        props[WIA_IPS_XEXTENT] = round(region.width_mm / 25.4 * dpi)
        props[WIA_IPS_YEXTENT] = round(region.height_mm / 25.4 * dpi)
    return props
