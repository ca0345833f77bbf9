"""Python's cycle collector runs only on the GUI thread.

Left alone, the collector runs in whichever thread happens to allocate: a gateway call on a
worker could then free a cycle that holds Qt widgets, and PySide would delete them from the
wrong thread (seen as crashes in Shiboken's deferred deletion). As pyqtgraph does, automatic
collection is switched off and a GUI-thread timer collects instead, with the same generation
thresholds the interpreter would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
