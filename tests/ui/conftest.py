"""Qt tests: cycles are collected on the GUI thread, as in the application."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kiosk.ui.gc_guard import MainThreadCollector


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp) -> Iterator[None]:
    collector = MainThreadCollector(parent=qapp)
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()  # here, on the GUI thread, never later on a worker
