"""A FAKE camera, for a machine that has none (this one): the pictures are files.

FakeCameraSource plays images into the feed's QVideoSink as video frames, the way Qt
Multimedia delivers a real camera's; everything from the sink on (preview, capture, crop,
QR, PDF) is the kiosk's real code. It can also fail like a camera (busy, silent).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from kiosk.scanner.camera import CANNOT_OPEN, CameraDriver, CameraFeed
from kiosk.scanner.device import ScanDevice
from kiosk.scanner.errors import DeviceBusyError

FAKE_ID = "fake-camera-0"
FRAME_INTERVAL_MS = 40  # 25 frames a second, like a webcam


class FakeCameraSource:
    def __init__(self, pictures: list[Path], *, busy: bool = False, silent: bool = False) -> None:
        self.pictures = [QImage(str(p)) for p in pictures]
        assert all(not p.isNull() for p in self.pictures), pictures
        self.busy = busy
        self.silent = silent
        self.showing = 0  # which picture is "in front of the camera"
        self.timer: QTimer | None = None
        self.frames_sent = 0

    def start(self, sink: QVideoSink, failed: SignalInstance) -> None:
        if self.busy:
            failed.emit(DeviceBusyError("fake camera busy", CANNOT_OPEN))
            return
        if self.silent:
            return
        self.timer = QTimer(interval=FRAME_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self._send(sink))
        self.timer.start()

    def _send(self, sink: QVideoSink) -> None:
        sink.setVideoFrame(QVideoFrame(self.pictures[self.showing]))
        self.frames_sent += 1

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
            self.timer = None


class FakeCameraDriver(CameraDriver):
    """Lists one fake camera; every feed it opens plays from `source`."""

    title = "Camera"

    def __init__(self, source: FakeCameraSource) -> None:
        self.source = source
        self.feeds: list[CameraFeed] = []

    def list_devices(self) -> list[ScanDevice]:
        return [ScanDevice(backend=self.name, id=FAKE_ID, name="Camera giả lập (kiểm thử)")]

    def feed(self, device: ScanDevice, parent: QObject | None = None) -> CameraFeed:
        assert device.id == FAKE_ID
        feed = CameraFeed(self.source, parent)
        self.feeds.append(feed)
        return feed
