"""WIA through a named fake of the COM layer (no Windows scanner on this machine)."""

from __future__ import annotations

import io
import sys
import threading

import pytest
from PIL import Image

from kiosk.scanner import wia
from kiosk.scanner.device import CARD_REGION, ScanOptions, no_progress
from kiosk.scanner.errors import (
    BackendUnavailableError,
    CoverOpenError,
    DeviceBusyError,
    FeederEmptyError,
    PaperJamError,
)


class FakeComError(Exception):
    """Shaped like pywintypes.com_error: (hresult, text, excepinfo, argerror)."""


class FakeWiaLayer:
    """Stands in for WIA Automation; records which thread each COM call ran on."""

    def __init__(self, fail_with: int | None = None) -> None:
        self.fail_with = fail_with
        self.threads: dict[str, set[int]] = {}
        self.initialised: set[int] = set()
        self.properties: dict[int, int] = {}

    def _seen(self, name: str) -> None:
        self.threads.setdefault(name, set()).add(threading.get_ident())

    def initialize(self) -> None:
        self._seen("initialize")
        self.initialised.add(threading.get_ident())

    def uninitialize(self) -> None:
        self._seen("uninitialize")
        self.initialised.discard(threading.get_ident())

    def devices(self) -> list[wia.WiaDeviceInfo]:
        self._seen("devices")
        assert threading.get_ident() in self.initialised, "COM used before CoInitialize"
        return [wia.WiaDeviceInfo(id="{6BDD1FC6}\\0000", name="Canon LiDE 300")]

    def transfer(self, device_id: str, properties: dict[int, int]) -> bytes:
        self._seen("transfer")
        assert threading.get_ident() in self.initialised, "COM used before CoInitialize"
        if self.fail_with is not None:
            raise FakeComError(
                -2147352567, "Exception occurred.", (0, None, None, None, 0, self.fail_with), None
            )
        self.properties = properties
        w = properties[wia.WIA_IPS_XEXTENT]
        h = properties[wia.WIA_IPS_YEXTENT]
        buf = io.BytesIO()
        Image.new("RGB", (w, h), (240, 240, 240)).save(buf, "JPEG")
        return buf.getvalue()


@pytest.mark.hardware_fake
def test_com_runs_on_one_initialised_worker_thread() -> None:
    layer = FakeWiaLayer()
    driver = wia.WiaDriver(layer)
    devices = driver.list_devices()
    assert [d.name for d in devices] == ["Canon LiDE 300"]
    pages = driver.scan(devices[0], ScanOptions(dpi=300), threading.Event(), no_progress)
    driver.close()
    assert pages[0].size == (
        round(CARD_REGION.width_mm / 25.4 * 300),
        round(CARD_REGION.height_mm / 25.4 * 300),
    )
    com_threads = set().union(*layer.threads.values())
    assert len(com_threads) == 1 and threading.get_ident() not in com_threads
    assert layer.properties[wia.WIA_IPS_XRES] == 300
    assert layer.properties[wia.WIA_IPA_DATATYPE] == wia.WIA_DATA_COLOR
    assert "uninitialize" in layer.threads


@pytest.mark.hardware_fake
@pytest.mark.parametrize(
    ("hresult", "error"),
    [
        (0x80210002, PaperJamError),
        (0x80210003, FeederEmptyError),
        (0x80210006, DeviceBusyError),
        (0x80210016, CoverOpenError),
    ],
)
def test_wia_hresults_become_typed_errors(hresult: int, error: type) -> None:
    driver = wia.WiaDriver(FakeWiaLayer(fail_with=hresult - (1 << 32)))
    device = driver.list_devices()[0]
    with pytest.raises(error) as err:
        driver.scan(device, ScanOptions(), threading.Event(), no_progress)
    driver.close()
    assert f"0x{hresult:08X}" in err.value.detail


@pytest.mark.skipif(sys.platform == "win32", reason="WIA exists on Windows")
def test_elsewhere_wia_says_it_is_windows_only() -> None:
    with pytest.raises(BackendUnavailableError) as err:
        wia.WiaDriver().list_devices()
    assert err.value.problem == "wia_windows_only"
