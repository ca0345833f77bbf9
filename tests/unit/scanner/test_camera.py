"""The camera backend: what Qt Multimedia reports on a machine without a camera (this one),
and the feed from sink to captured frame, with frames played by a named FAKE camera."""

from __future__ import annotations

import threading

import pytest
from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaDevices

from kiosk.scanner import camera
from kiosk.scanner.camera import CameraDriver, CameraFeed
from kiosk.scanner.device import ScanDevice, ScanOptions, no_progress
from kiosk.scanner.errors import BackendUnavailableError, DeviceBusyError, DeviceOfflineError
from tests.helpers.fake_camera import FakeCameraSource
from tests.unit.scanner.conftest import sample

pytestmark = pytest.mark.usefixtures("qapp")


def no_camera_here() -> None:
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")


def test_no_camera_lists_nothing_and_an_unknown_one_is_reported(qtbot) -> None:
    no_camera_here()
    driver = CameraDriver()
    assert driver.list_devices() == []
    device = ScanDevice(camera.BACKEND, "/dev/video9", "Gone")
    with pytest.raises(DeviceOfflineError) as info:
        driver.capabilities(device)
    assert info.value.problem == "camera_not_found"
    feed = driver.feed(device)
    with qtbot.waitSignal(feed.failed, timeout=2000) as failed:
        feed.start()
    assert isinstance(failed.args[0], DeviceOfflineError)
    assert failed.args[0].problem == "camera_not_found"
    assert not feed.running


def test_a_camera_has_no_blind_scan() -> None:
    with pytest.raises(BackendUnavailableError) as info:
        CameraDriver().scan(
            ScanDevice(camera.BACKEND, "x", "x"),
            ScanOptions(),
            threading.Event(),
            no_progress,
        )
    assert info.value.problem == "camera_preview_only"


@pytest.mark.hardware_fake
def test_capture_is_the_newest_frame_at_full_resolution(qtbot) -> None:
    pictures = [sample("001-front-camera.jpg"), sample("001-back-camera.jpg")]
    source = FakeCameraSource(pictures)
    feed = CameraFeed(source)
    with qtbot.waitSignal(feed.preview, timeout=5000) as shown:
        feed.start()
    preview: QImage = shown.args[0]
    original = Image.open(pictures[0])
    assert preview.width() <= 1280 and preview.height() <= 960
    assert feed.capture().size == original.size
    source.showing = 1  # the officer turned the card over
    sent = source.frames_sent
    qtbot.waitUntil(lambda: source.frames_sent > sent + 1, timeout=5000)
    kept = feed.capture()
    back = Image.open(pictures[1]).convert("RGB")
    assert kept.size == back.size
    # The frame's pixels, not a re-encoded guess: identical to the decoded picture.
    assert ImageChops.difference(kept, back).getbbox() is None
    feed.stop()
    assert not source.timer


@pytest.mark.hardware_fake
def test_preview_frames_are_throttled(qtbot) -> None:
    source = FakeCameraSource([sample("000-front-camera.jpg")])
    feed = CameraFeed(source)
    shown: list[QImage] = []
    feed.preview.connect(shown.append)
    feed.start()
    qtbot.waitUntil(lambda: source.frames_sent >= 20, timeout=5000)
    feed.stop()
    # 25 frames a second in, at most ~15 a second shown: the GUI thread is spared.
    assert 0 < len(shown) < source.frames_sent
    print(f"{source.frames_sent} frames in, {len(shown)} previews shown")


@pytest.mark.hardware_fake
def test_a_camera_in_use_elsewhere_says_so(qtbot) -> None:
    feed = CameraFeed(FakeCameraSource([sample("000-front-camera.jpg")], busy=True))
    with qtbot.waitSignal(feed.failed, timeout=2000) as failed:
        feed.start()
    assert isinstance(failed.args[0], DeviceBusyError)
    assert failed.args[0].problem == "camera_cannot_open"
    assert not feed.running


@pytest.mark.hardware_fake
def test_a_silent_camera_is_reported_and_capture_refused(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(camera, "FIRST_FRAME_TIMEOUT_MS", 200)
    feed = CameraFeed(FakeCameraSource([sample("000-front-camera.jpg")], silent=True))
    with pytest.raises(DeviceOfflineError):
        feed.capture()
    with qtbot.waitSignal(feed.failed, timeout=3000) as failed:
        feed.start()
    assert failed.args[0].problem == "camera_silent"


@pytest.mark.parametrize(
    "fmt",
    [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32, QImage.Format.Format_Grayscale8],
)
def test_to_pil_keeps_pixels_and_odd_widths(fmt: QImage.Format) -> None:
    image = QImage(101, 7, fmt)  # 101 px: rows padded to 4 bytes in most formats
    image.fill(QColor(0, 0, 0))
    image.setPixelColor(100, 6, QColor(255, 255, 255))
    image.setPixelColor(0, 0, QColor(200, 200, 200))
    pil = camera.to_pil(image)
    assert pil.mode == "RGB" and pil.size == (101, 7)
    assert pil.getpixel((100, 6)) == (255, 255, 255)
    assert pil.getpixel((0, 0)) == (200, 200, 200)
    assert pil.getpixel((50, 3)) == (0, 0, 0)
