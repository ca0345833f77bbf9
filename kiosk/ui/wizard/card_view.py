"""One side of the card as the officer sees it on the scan page."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# 85.6 × 53.98 mm at a size that shows the text and two sides side by side at 1366 px.
VIEW_WIDTH = 400
VIEW_HEIGHT = round(VIEW_WIDTH * 53.98 / 85.6)


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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardView")
        self.setFixedSize(VIEW_WIDTH, VIEW_HEIGHT)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.has_image = False

    def show_image(self, image: Image.Image) -> None:
        pixmap = QPixmap.fromImage(to_qimage(image))
        self.setPixmap(
            pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.has_image = True

    def show_text(self, text: str) -> None:
        self.clear()
        self.setText(text)
        self.has_image = False
