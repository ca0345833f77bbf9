"""A PDF shown inside the kiosk (QPdfView), loaded from bytes: nothing is written to disk.

The scan of a citizen's card must not land in a temp folder where it outlives the session, so
the bytes go into a QBuffer that QPdfDocument reads; clear() closes both.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from kiosk.ui.supervisor.named import named


class PdfPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = named(QLabel(), "Muted")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.loaded_id: str | None = None  # whose document is on show (or being fetched)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self._close()
        self.message.setObjectName("ErrorText" if error else "Muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def show_pdf(self, data: bytes) -> bool:
        """Display the PDF; False (and a message is due) when Qt cannot read it."""
        self._close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self._close()
            return False
        self._stack.setCurrentWidget(self.view)
        return True

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def showing_pdf(self) -> bool:
        return self._stack.currentWidget() is self.view

    def clear(self) -> None:
        self.loaded_id = None
        self.show_message("")

    def _close(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
