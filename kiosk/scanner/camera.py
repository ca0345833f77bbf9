"""Document cameras and webcams through Qt Multimedia: a live feed to frame the card, one frame
kept when the officer presses "Chụp".

The one scanner module that imports Qt (Qt Multimedia is how a camera is reached on Windows
and Linux alike). A camera is aimed by a person looking at its picture, so it is not driven
through the blocking `scan()` of the other backends: the scan page opens a preview window on a
CameraFeed and hands the captured frame to the same crop/QR/PDF pipeline as a scanned page.
Frames arrive in a QVideoSink; where they come from is a FrameSource: QtCameraSource for a real
camera, or (tests, a machine without a camera) anything else that fills the sink.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Protocol

from PIL import Image
from PySide6.QtCore import (
    QCoreApplication,
    QLoggingCategory,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from kiosk.scanner.device import Capabilities, Progress, ScanDevice, ScanOptions
from kiosk.scanner.errors import (
    BackendUnavailableError,
    DeviceBusyError,
    DeviceOfflineError,
    ScanProblem,
)

log = logging.getLogger(__name__)

BACKEND = "camera"
# A card at 300 dpi is ~1010 px wide; filling two thirds of a 1920-px frame gives about that.
WANTED_WIDTH = 1920
MIN_FPS = 5.0
PREVIEW_INTERVAL_S = 1 / 15  # the preview needs no more; converting frames costs GUI time
FIRST_FRAME_TIMEOUT_MS = 6000

# The multimedia backend reports missing optional audio/screen-capture libraries as warnings;
# they say nothing about cameras and would only fill the officer's log.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")

NOT_FOUND = ScanProblem.CAMERA_NOT_FOUND
CANNOT_OPEN = ScanProblem.CAMERA_CANNOT_OPEN
SILENT = ScanProblem.CAMERA_SILENT
NO_FRAME = ScanProblem.CAMERA_NO_FRAME
PREVIEW_ONLY = ScanProblem.CAMERA_PREVIEW_ONLY


def device_key(device: QCameraDevice) -> str:
    """The camera's id as text for the config file (ids are paths or Windows symbolic links)."""
    raw = bytes(device.id().data())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "hex:" + raw.hex()


def find_camera(key: str) -> QCameraDevice | None:
    for device in QMediaDevices.videoInputs():
        if device_key(device) == key:
            return device
    return None


def best_format(device: QCameraDevice) -> QCameraFormat | None:
    """The smallest format at least WANTED_WIDTH wide (else the widest) that runs ≥ 5 fps."""
    usable = [f for f in device.videoFormats() if f.maxFrameRate() >= MIN_FPS]
    if not usable:
        return None
    wide = [f for f in usable if f.resolution().width() >= WANTED_WIDTH]
    if wide:
        return min(wide, key=lambda f: (_area(f.resolution()), -f.maxFrameRate()))
    return max(usable, key=lambda f: (_area(f.resolution()), f.maxFrameRate()))


def _area(size: QSize) -> int:
    return size.width() * size.height()


def to_pil(image: QImage) -> Image.Image:
    """An RGB PIL image with the QImage's pixels (any QImage format)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())[: stride * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()


class FrameSource(Protocol):
    """Fills a QVideoSink with frames from start() until stop(); reports trouble as errors."""

    def start(self, sink: QVideoSink, failed: SignalInstance) -> None: ...

    def stop(self) -> None: ...


class QtCameraSource:
    """A real camera: QCamera → QMediaCaptureSession → the feed's sink."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.camera: QCamera | None = None
        self.session: QMediaCaptureSession | None = None

    def start(self, sink: QVideoSink, failed: SignalInstance) -> None:
        device = find_camera(self.key)
        if device is None:
            failed.emit(DeviceOfflineError("camera not listed", NOT_FOUND))
            return
        camera = QCamera(device)
        fmt = best_format(device)
        if fmt is not None:
            camera.setCameraFormat(fmt)
        camera.errorOccurred.connect(
            lambda _error, text: failed.emit(DeviceBusyError(f"QCamera: {text}", CANNOT_OPEN))
        )
        session = QMediaCaptureSession()
        session.setCamera(camera)
        session.setVideoSink(sink)
        self.camera, self.session = camera, session
        camera.start()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        if self.session is not None:
            # Qt takes a null sink (detach); PySide6's stub types the argument as not optional.
            self.session.setVideoSink(None)  # type: ignore[arg-type]
        self.camera = self.session = None


class CameraFeed(QObject):
    """Frames of one camera for one preview window; lives on the GUI thread.

    `preview` carries the newest frame (at most ~15 a second) for the screen; `capture()`
    converts the newest frame at full resolution. `failed` carries a ScanError whose message
    the officer reads.
    """

    preview = Signal(QImage)
    failed = Signal(object)

    def __init__(self, source: FrameSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._latest: QVideoFrame | None = None
        self._shown_at = 0.0
        self._running = False
        self._silence = QTimer(self, singleShot=True, interval=FIRST_FRAME_TIMEOUT_MS)
        self._silence.timeout.connect(self._no_frames)
        self.failed.connect(self._stop_on_failure)

    @property
    def has_frame(self) -> bool:
        return self._latest is not None

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._latest = None
        self._silence.start()
        self.source.start(self.sink, self.failed)

    def stop(self) -> None:
        self._silence.stop()
        if self._running:
            self._running = False
            self.source.stop()

    def capture(self) -> Image.Image:
        """The newest frame at full resolution, as an RGB image."""
        frame = self._latest
        if frame is None:
            raise DeviceOfflineError("no frame yet", NO_FRAME)
        image = frame.toImage()
        if image.isNull():
            raise DeviceOfflineError("frame not convertible", NO_FRAME)
        return to_pil(image)

    def _frame(self, frame: QVideoFrame) -> None:
        if not self._running or not frame.isValid():
            return
        self._latest = QVideoFrame(frame)
        self._silence.stop()
        now = time.monotonic()
        if now - self._shown_at >= PREVIEW_INTERVAL_S:
            self._shown_at = now
            image = frame.toImage()
            if not image.isNull():
                # The screen never shows more than ~1000 px of it: scale once, here.
                self.preview.emit(
                    image.scaled(
                        1280,
                        960,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.FastTransformation,
                    )
                )

    def _no_frames(self) -> None:
        if self._running and self._latest is None:
            self.failed.emit(DeviceOfflineError("no frame in time", SILENT))

    def _stop_on_failure(self, exc: object) -> None:
        log.info("camera feed stopped: %s", getattr(exc, "detail", type(exc).__name__))
        self._silence.stop()
        if self._running:
            self._running = False
            # Not from inside the failing QCamera's own signal: Qt still uses the object after
            # errorOccurred returns, and stopping drops the last reference to it.
            QTimer.singleShot(0, self.source.stop)


class CameraDriver:
    """Lists the cameras Qt Multimedia sees; a camera is opened as a CameraFeed.

    Call list_devices() on the GUI thread: on Windows the media devices are enumerated
    through COM, which Qt sets up for its own thread.
    """

    name = BACKEND

    def list_devices(self) -> list[ScanDevice]:
        return [
            ScanDevice(backend=self.name, id=device_key(d), name=d.description())
            for d in QMediaDevices.videoInputs()
        ]

    def capabilities(self, device: ScanDevice) -> Capabilities:
        found = find_camera(device.id)
        if found is None:
            raise DeviceOfflineError("camera not listed", NOT_FOUND)
        fmt = best_format(found)
        extra = {}
        if fmt is not None:
            size = fmt.resolution()
            extra["resolution"] = f"{size.width()}x{size.height()}"
        return Capabilities(sources=("camera",), extra=extra)

    def feed(self, device: ScanDevice, parent: QObject | None = None) -> CameraFeed:
        return CameraFeed(QtCameraSource(device.id), parent)

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        """A camera has no blind scan: the officer frames the card in the preview window."""
        raise BackendUnavailableError("camera used through its preview", PREVIEW_ONLY)


_app: QCoreApplication | None = None


def list_cameras() -> list[ScanDevice]:
    """The cameras, also from a command line without a GUI (`kiosk doctor`)."""
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])  # Qt Multimedia needs an application object
    return CameraDriver().list_devices()
