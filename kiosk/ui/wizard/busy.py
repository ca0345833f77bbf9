"""The strip a page shows while a long call runs: what is happening, progress, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kiosk.ui.named import named


class BusyBar(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BusyBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.label = named(QLabel(), "Muted")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMinimumWidth(160)
        self.cancel = QPushButton()
        self.cancel.setAutoDefault(False)
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc is the keyboard way
        self.cancel.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.cancel.setText(self.tr("Hủy việc đang chạy (Esc)"))
        self.hide()

    def start(self, text: str, *, cancellable: bool = True) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setVisible(cancellable)
        self.show()

    def progress(self, percent: int, text: str = "") -> None:
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        if text:
            self.label.setText(text)

    def stop(self) -> None:
        self.hide()
