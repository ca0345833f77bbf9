"""SANE through the real `test` backend in a private SANE_CONFIG_DIR; faults from test.conf."""

from __future__ import annotations

import threading

import pytest

from kiosk.scanner.device import CARD_REGION, ScanOptions, no_progress
from kiosk.scanner.errors import (
    CoverOpenError,
    DeviceBusyError,
    DeviceOfflineError,
    FeederEmptyError,
    PaperJamError,
    ScanCancelledError,
    ScanProblem,
)
from kiosk.scanner.sane_backend import SaneDriver
from tests.unit.scanner.conftest import SaneConfig


def test_lists_and_scans_the_card_region(sane_config: SaneConfig) -> None:
    sane_config()
    driver = SaneDriver()
    device = driver.list_devices()[0]
    caps = driver.capabilities(device)
    assert 300 in caps.resolutions and caps.color and caps.grey
    assert set(caps.sources) == {"flatbed", "feeder"}
    seen: list[float] = []
    pages = driver.scan(device, ScanOptions(dpi=300), threading.Event(), seen.append)
    assert len(pages) == 1 and pages[0].mode == "RGB"
    # 100 × 70 mm at 300 dpi.
    w, h = pages[0].size
    assert w == pytest.approx(CARD_REGION.width_mm / 25.4 * 300, abs=2)
    assert h == pytest.approx(CARD_REGION.height_mm / 25.4 * 300, abs=2)
    assert seen[-1] == 1.0


def test_grey_and_resolution(sane_config: SaneConfig) -> None:
    sane_config()
    driver = SaneDriver()
    device = driver.list_devices()[0]
    page = driver.scan(device, ScanOptions(dpi=150, color=False), threading.Event(), no_progress)[0]
    assert page.width == pytest.approx(100 / 25.4 * 150, abs=2)
    assert page.height == pytest.approx(70 / 25.4 * 150, abs=2)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        ("SANE_STATUS_JAMMED", PaperJamError),
        ("SANE_STATUS_NO_DOCS", FeederEmptyError),
        ("SANE_STATUS_COVER_OPEN", CoverOpenError),
        ("SANE_STATUS_DEVICE_BUSY", DeviceBusyError),
        ("SANE_STATUS_IO_ERROR", DeviceOfflineError),
    ],
)
def test_device_faults_are_typed(sane_config: SaneConfig, status: str, error: type) -> None:
    sane_config(test_options={"enable-test-options": "true", "read-status-code": status})
    driver = SaneDriver()
    device = driver.list_devices()[0]
    with pytest.raises(error) as err:
        driver.scan(device, ScanOptions(), threading.Event(), no_progress)
    assert err.value.problem in set(ScanProblem)  # the UI has words for it


def test_feeder_scans_until_the_stack_is_empty(sane_config: SaneConfig) -> None:
    # The test backend's feeder runs out after 10 sheets, as a real ADF would.
    sane_config()
    driver = SaneDriver()
    device = driver.list_devices()[0]
    pages = driver.scan(
        device, ScanOptions(dpi=75, source="feeder", region=None), threading.Event(), no_progress
    )
    assert len(pages) == 10


def test_cancel_stops_a_slow_scan(sane_config: SaneConfig) -> None:
    sane_config(test_options={"read-delay": "true", "read-delay-duration": "200000"})
    driver = SaneDriver()
    device = driver.list_devices()[0]
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    with pytest.raises(ScanCancelledError):
        driver.scan(device, ScanOptions(dpi=300), cancel, no_progress)
    timer.join()


def test_unknown_device_is_offline(sane_config: SaneConfig) -> None:
    sane_config()
    from kiosk.scanner.device import ScanDevice

    with pytest.raises(DeviceOfflineError):
        SaneDriver().scan(
            ScanDevice("sane", "test:9", "none"), ScanOptions(), threading.Event(), no_progress
        )
