"""One side of the card as the officer sees it on the scan page."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# 85.6 × 53.98 mm at a size that shows the text and two sides side by side at 1366 px.
VIEW_WIDTH = 400
VIEW_HEIGHT = round(VIEW_WIDTH * 53.98 / 85.6)
MIN_WIDTH = 300


def preview(image: Image.Image) -> Image.Image:
    """A small copy for the screen, made on the worker that produced the crop."""
    small = image.convert("RGB")
    small.thumbnail((VIEW_WIDTH, VIEW_HEIGHT), Image.Resampling.LANCZOS)
    return small


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    # copy(): the QImage must own its pixels once `data` is gone.
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


class CardView(QLabel):
    """Shrinks from VIEW_WIDTH down to MIN_WIDTH (a 1280-px screen with the training phone
    beside it) keeping the card's shape; the picture is rescaled from the kept preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardView")
        self.setMinimumSize(MIN_WIDTH, _height(MIN_WIDTH))
        self.setMaximumSize(VIEW_WIDTH, VIEW_HEIGHT)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.has_image = False
        self._source: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(VIEW_WIDTH, VIEW_HEIGHT)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height(width)

    def show_image(self, image: Image.Image) -> None:
        self._source = QPixmap.fromImage(to_qimage(image))
        self.has_image = True
        self._fit()

    def show_text(self, text: str) -> None:
        self.clear()
        self._source = None
        self.setText(text)
        self.has_image = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source is None:
            return
        self.setPixmap(
            self._source.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


def _height(width: int) -> int:
    return round(width * 53.98 / 85.6)
