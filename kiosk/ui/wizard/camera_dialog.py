"""The camera's live picture with a card-shaped guide; Space (or "Chụp") keeps the frame.

Opened by the scan page for one side when the counter's scanner is a camera. The captured
frame goes through the same crop/deskew/QR pipeline as a scanned page, so the card only has
to be inside the picture; the guide helps the officer fill it (more pixels, a sharper QR).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanner.errors import ScanError
from kiosk.ui import messages
from kiosk.ui.named import named

if TYPE_CHECKING:  # Qt Multimedia loads only when a camera is used
    from kiosk.scanner.camera import CameraFeed

CARD_RATIO = 85.6 / 53.98
GUIDE_FILL = 0.72  # of the picture's width: close enough for the QR, room to spare


class CameraView(QWidget):
    """Paints the newest frame, letterboxed, with the card guide over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraView")
        self.setMinimumSize(640, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.frame: QImage | None = None
        self.text = ""

    def show_frame(self, image: QImage) -> None:
        self.frame = image
        self.update()

    def show_text(self, text: str) -> None:
        self.text = text
        self.update()

    def picture_rect(self) -> QRectF:
        if self.frame is None or self.frame.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self.frame.width(), self.height() / self.frame.height())
        w, h = self.frame.width() * scale, self.frame.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def guide_rect(self) -> QRectF:
        picture = self.picture_rect()
        w = picture.width() * GUIDE_FILL
        h = w / CARD_RATIO
        if h > picture.height() * 0.9:
            h = picture.height() * 0.9
            w = h * CARD_RATIO
        return QRectF(picture.center().x() - w / 2, picture.center().y() - h / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#1f2328"))
        if self.frame is not None and not self.frame.isNull():
            picture = self.picture_rect()
            painter.drawImage(picture, self.frame)
            guide = self.guide_rect()
            outside = QPainterPath()
            outside.addRect(picture)
            inside = QPainterPath()
            inside.addRoundedRect(guide, 10, 10)
            painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#ffd43b"), 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(guide, 10, 10)
        if self.text:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.text,
            )
        painter.end()


class CameraDialog(QDialog):
    """One side from the camera: `captured` carries the frame; closing without it is Esc."""

    captured = Signal(object)  # PIL.Image.Image

    def __init__(self, feed: CameraFeed, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"CameraDialog_{side}")
        self.feed = feed
        feed.setParent(self)
        self.setWindowTitle(
            self.tr("Chụp mặt trước bằng camera")
            if side == "front"
            else self.tr("Chụp mặt sau bằng camera")
        )
        self.view = CameraView()
        self.hint = QLabel(
            self.tr(
                "Đặt thẻ nằm gọn trong khung vàng, đủ sáng và không bị lóa. "
                "Nhấn Space hoặc Enter để chụp, Esc để thôi."
            )
        )
        self.hint.setWordWrap(True)
        self.status = named(QLabel(), "ErrorText")
        self.status.setWordWrap(True)
        self.status.hide()
        self.capture_button = named(QPushButton(self.tr("Chụp (Space)")), "capture")
        self.capture_button.setDefault(True)
        self.capture_button.setEnabled(False)
        self.capture_button.clicked.connect(self.capture)
        cancel = named(QPushButton(self.tr("Thôi (Esc)")), "cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.capture_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # Fits a 1366×768 counter screen with the taskbar and the window frame.
        self.resize(960, 660)

        feed.preview.connect(self._preview)
        feed.failed.connect(self._failed)
        self.finished.connect(lambda _code: feed.stop())
        self.view.show_text(self.tr("Đang mở camera…"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feed.start()
        self.capture_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.capture()
            return
        super().keyPressEvent(event)

    def _preview(self, image: QImage) -> None:
        if self.view.text:
            self.view.show_text("")
            self.status.hide()
        self.view.show_frame(image)
        self.capture_button.setEnabled(True)

    def _failed(self, exc: object) -> None:
        text = messages.describe(exc).text if isinstance(exc, BaseException) else str(exc)
        self.status.setText(text)
        self.status.show()
        self.capture_button.setEnabled(False)
        self.view.show_text(self.tr("Không có hình từ camera."))

    def capture(self) -> None:
        if not self.capture_button.isEnabled():
            return
        try:
            image: Image.Image = self.feed.capture()
        except ScanError as exc:
            self._failed(exc)
            return
        self.feed.stop()
        self.captured.emit(image)
        self.accept()
