"""The one way the kiosk runs slow work: off the GUI thread, answers back on it.

Every network call, scan, PDF build and QR decode goes through run_task(). The work function
gets a TaskContext (cancel flag, progress callback) and never touches a widget; its result or
error arrives on the GUI thread through the Task's signals. A cancelled task's late result is
dropped, so a screen that moved on is never overwritten by old work.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by TaskContext.check() inside work that noticed it was cancelled."""


class TaskContext:
    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self.cancel_event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled

    def progress(self, percent: int, text: str = "") -> None:
        if not self.cancel_event.is_set():
            self._relay.progress.emit(max(0, min(100, percent)), text)


class _Relay(QObject):
    """Carries progress and the outcome from the worker thread into the GUI thread."""

    outcome = Signal(bool, object)
    progress = Signal(int, str)


class Task(QObject, Generic[T]):
    """Handle of one piece of background work; lives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    cancelled = Signal()
    done = Signal()  # after succeeded / failed / cancelled, whichever came

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        # The relay is the only Qt object the worker touches; it is the task's child, so the
        # worker dropping its reference never deletes anything on the wrong thread.
        self.relay = _Relay(self)
        self.relay.outcome.connect(self._finish)
        self.relay.progress.connect(self.progress)
        self.context = TaskContext(self.relay)
        self.running = True

    def cancel(self) -> None:
        if self.running and not self.context.cancel_event.is_set():
            self.context.cancel_event.set()
            log.info("task %s cancelled", self.name)

    # Delivered on the GUI thread (queued from the worker): decide there, race-free.
    def _finish(self, ok: bool, value: object) -> None:
        if not self.running:
            return
        self.running = False
        if self.context.cancelled or isinstance(value, Cancelled):
            self.cancelled.emit()
        elif ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.done.emit()
        _live.discard(self)


def _work(fn: Callable[[TaskContext], Any], context: TaskContext, name: str) -> None:
    """The worker side. It holds no reference to the Task: the Task is created, kept and
    dropped on the GUI thread only, so its last reference can never die on a worker."""
    relay = context._relay
    try:
        value = fn(context)
    except Exception as exc:  # handed to the GUI thread, where messages.py explains it
        if not isinstance(exc, Cancelled):
            log.info("task %s failed: %s", name, type(exc).__name__)
        _deliver(relay, name, False, exc)
        return
    _deliver(relay, name, True, value)


def _deliver(relay: _Relay, name: str, ok: bool, value: object) -> None:
    try:
        relay.outcome.emit(ok, value)
    except RuntimeError:
        # The receiving side is gone (the application is closing): nobody is left to tell.
        log.info("task %s finished after its owner was closed", name)


_live: set[Task[Any]] = set()


def run_task(
    fn: Callable[[TaskContext], T],
    *,
    name: str,
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task[T]:
    """Start fn(ctx) on the thread pool; callbacks run on the GUI thread."""
    task: Task[T] = Task(name)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    _live.add(task)  # keep the handle alive until it reports
    context = task.context
    (pool or QThreadPool.globalInstance()).start(lambda: _work(fn, context, name))
    return task


def running_tasks() -> list[Task[Any]]:
    return [t for t in _live if t.running]
