"""SANE in a process of its own, as NAPS2 runs its drivers: a scanner driver that hangs or
crashes cannot freeze or kill the kiosk.

libsane backends are C code of every quality (some are closed vendor builds), and python-sane
calls sane_cancel holding the GIL: a backend that blocks there froze the whole GUI, and one
that crashes took the kiosk with it. Here each operation (list, capabilities, scan) runs in a
child (`kiosk --sane-worker`, which loads libsane; the kiosk never does), kept warm between
operations so a scan pays the driver, not a Python start, and ended after anything but a clean
answer. The parent talks to it over pipes: numbered JSON requests on stdin, "cancel N" lines;
framed messages back on stdout (progress, devices, capabilities, raw pages, done or a typed
error). Cancel is passed on to sane_cancel in the child. While it works, the child says
"alive" every second from a thread of its own, so a child frozen with the GIL held
(python-sane calls some of libsane with it) falls silent: after SILENT_S without a word, or
STALL_S without progress, or CANCEL_GRACE_S after a cancel, it is killed and the officer reads
a Vietnamese reason.
Scans travel through the pipe only: nothing is written to disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import logging
import os
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import IO, Any

from PIL import Image

from kiosk.process_privacy import no_core_dumps
from kiosk.scanner import sane_backend
from kiosk.scanner.device import (
    Capabilities,
    Progress,
    Region,
    ScanDevice,
    ScanOptions,
    check_cancel,
)
from kiosk.scanner.errors import (
    ERRORS_BY_CODE,
    DeviceOfflineError,
    ScanCancelledError,
    ScanError,
    ScanProblem,
)

log = logging.getLogger(__name__)

WORKER_FLAG = "--sane-worker"
CANCEL_GRACE_S = 5.0
HEARTBEAT_S = 1.0
SILENT_S = 15.0  # no heartbeat: the child is frozen or gone
STALL_S = 300.0  # heartbeats but no progress: a scanner waiting on something forever
LIST_TIMEOUT_S = 60.0
IDLE_S = 900.0  # a child with no request for this long ends, releasing its devices
REUSE_S = 600.0  # the parent starts a fresh child rather than meet one about to leave
_HEADER = struct.Struct(">I")
MAX_HEADER_BYTES = 1 << 20
MAX_PAGE_BYTES = 512 << 20  # an A4 page at 1200 dpi in RGB is ~420 MB

STALLED = ScanProblem.WORKER_STALLED
CRASHED = ScanProblem.WORKER_CRASHED


def worker_command() -> list[str]:
    """How to start this program as a SANE worker, from source or from the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "kiosk", WORKER_FLAG]


# -- framing ----------------------------------------------------------------------------------
def _error_from(cls: type[ScanError], header: dict[str, Any]) -> ScanError:
    """The child's typed error, rebuilt: its class, its problem and values, its detail."""
    problems = {p.value for p in ScanProblem}
    problem = header.get("problem")
    params = header.get("params")
    values = {
        str(k): v
        for k, v in (params.items() if isinstance(params, dict) else ())
        if isinstance(v, str | int)
    }
    return cls(
        str(header.get("detail", "")),
        ScanProblem(problem) if problem in problems else None,
        **values,
    )


def write_message(out: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    body = json.dumps({**header, "bytes": len(payload)}).encode()
    out.write(_HEADER.pack(len(body)) + body + payload)
    out.flush()


def read_message(stream: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    """The next message, or None at the end of the stream (a clean or a dead child).

    ValueError for anything that is not one of ours (a backend printing to stdout)."""
    raw = stream.read(_HEADER.size)
    if len(raw) < _HEADER.size:
        return None
    size = _HEADER.unpack(raw)[0]
    if size > MAX_HEADER_BYTES:
        raise ValueError("not a SANE worker message")
    header: dict[str, Any] = json.loads(stream.read(size))
    if not isinstance(header, dict) or not 0 <= int(header.get("bytes", -1)) <= MAX_PAGE_BYTES:
        raise ValueError("not a SANE worker message")
    payload = stream.read(header["bytes"]) if header["bytes"] else b""
    if len(payload) < header["bytes"]:
        return None
    return header, payload


def _options_to_json(options: ScanOptions) -> dict[str, Any]:
    return dataclasses.asdict(options)


def _options_from_json(data: dict[str, Any]) -> ScanOptions:
    region = data.get("region")
    return ScanOptions(
        dpi=int(data["dpi"]),
        color=bool(data["color"]),
        region=Region(**region) if region else None,
        source=data["source"],
    )


def _capabilities_to_json(caps: Capabilities) -> dict[str, Any]:
    return dataclasses.asdict(caps)


def _capabilities_from_json(data: dict[str, Any]) -> Capabilities:
    return Capabilities(
        resolutions=tuple(data["resolutions"]),
        color=data["color"],
        grey=data["grey"],
        sources=tuple(data["sources"]),
        max_width_mm=data["max_width_mm"],
        max_height_mm=data["max_height_mm"],
        extra=dict(data["extra"]),
    )


# -- the parent's side ------------------------------------------------------------------------
class _Child:
    """One running `kiosk --sane-worker` and the threads that read it."""

    def __init__(self, command: list[str]) -> None:
        try:
            self.popen = subprocess.Popen(  # noqa: S603 (our own program)
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # Its own process group: a backend's helper processes are killed with it.
                start_new_session=os.name == "posix",
            )
        except OSError as exc:
            raise DeviceOfflineError(f"SANE worker did not start: {exc.strerror}") from exc
        popen = self.popen
        assert popen.stdin is not None and popen.stdout is not None and popen.stderr is not None
        self.inbox: queue.Queue[tuple[dict[str, Any], bytes] | None] = queue.Queue()
        self._write_lock = threading.Lock()  # requests and cancels come from two threads
        self.last_used = time.monotonic()
        threading.Thread(target=_pump, args=(popen.stdout, self.inbox), daemon=True).start()
        threading.Thread(target=_log_stderr, args=(popen.stderr,), daemon=True).start()

    def usable(self) -> bool:
        """Still running, quiet since its last answer, and not about to leave for idleness."""
        return (
            self.popen.poll() is None
            and self.inbox.empty()
            and time.monotonic() - self.last_used < REUSE_S
        )

    def send(self, line: bytes) -> None:
        stdin = self.popen.stdin
        assert stdin is not None
        with self._write_lock:
            stdin.write(line)
            stdin.flush()


class _Slot:
    """The driver's warm child, if any; outlives nothing: retired when the driver goes."""

    def __init__(self) -> None:
        self.child: _Child | None = None

    def retire(self) -> None:
        child, self.child = self.child, None
        if child is not None:
            # Off the caller's thread (the GUI's, at garbage collection): _end waits on it.
            threading.Thread(target=_end, args=(child.popen,), daemon=True).start()


class SaneWorkerDriver:
    """The kiosk's SANE backend: SaneDriver's work in a child process, kept warm.

    The child starts at the first operation and stays for the next ones, with its devices
    open, so a scan pays the driver, not a Python start. It is ended (and the next operation
    starts a fresh one) after anything but a clean answer: an error, a Cancel, a stall, a
    crash; and when the driver is dropped (a new scanner choice) or close() is called."""

    name = "sane"

    def __init__(
        self,
        command: list[str] | None = None,
        *,
        silent_s: float = SILENT_S,
        stall_s: float = STALL_S,
        cancel_grace_s: float = CANCEL_GRACE_S,
    ) -> None:
        self.command = command or worker_command()
        self.silent_s = silent_s
        self.stall_s = stall_s
        self.cancel_grace_s = cancel_grace_s
        self._slot = _Slot()
        self._busy = threading.Lock()  # one operation at a time per child
        self._ids = itertools.count(1)
        # Not at interpreter exit: the child reads the end of its input when this process
        # ends, and leaves by itself.
        weakref.finalize(self, self._slot.retire).atexit = False

    def close(self) -> None:
        """End the warm child now (it also ends when this driver is garbage)."""
        self._slot.retire()

    @property
    def child_pid(self) -> int | None:
        """The warm child's process id (benchmarks and tests), None when there is none."""
        child = self._slot.child
        return child.popen.pid if child is not None and child.popen.poll() is None else None

    def list_devices(self, cancel: threading.Event | None = None) -> list[ScanDevice]:
        """The devices libsane finds (network discovery may take seconds); `cancel` stops the
        search and ends it with ScanCancelledError."""
        header, _ = self._single({"op": "list"}, "devices", timeout=LIST_TIMEOUT_S, cancel=cancel)
        return [ScanDevice(*d) for d in header["devices"]]

    def capabilities(self, device: ScanDevice) -> Capabilities:
        request = {"op": "capabilities", "device": dataclasses.asdict(device)}
        header, _ = self._single(request, "capabilities", timeout=LIST_TIMEOUT_S)
        return _capabilities_from_json(header["capabilities"])

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        check_cancel(cancel)
        request = {
            "op": "scan",
            "device": dataclasses.asdict(device),
            "options": _options_to_json(options),
        }
        pages: list[Image.Image] = []
        for header, payload in self._exchange(request, cancel, self.stall_s):
            if header["type"] == "progress":
                progress(float(header["fraction"]))
            elif header["type"] == "page":
                size = (int(header["size"][0]), int(header["size"][1]))
                pages.append(Image.frombytes(header["mode"], size, payload))
        check_cancel(cancel)
        return pages

    def _single(
        self,
        request: dict[str, Any],
        kind: str,
        *,
        timeout: float,
        cancel: threading.Event | None = None,
    ) -> tuple[dict[str, Any], bytes]:
        found = None
        for header, payload in self._exchange(request, cancel or threading.Event(), timeout):
            if header["type"] == kind:
                found = header, payload
        if found is None:
            raise ScanError(f"SANE worker sent no {kind}")
        return found

    def _warm_child(self) -> _Child:
        child = self._slot.child
        if child is not None and child.usable():
            return child
        if child is not None:  # ended on its own (idle), or said something out of turn
            self._slot.retire()
        child = _Child(self.command)
        self._slot.child = child
        return child

    def _exchange(
        self, request: dict[str, Any], cancel: threading.Event, stall_s: float
    ) -> Iterator[tuple[dict[str, Any], bytes]]:
        """Send `request` to the warm child, yield its messages until done; raise its error.
        Anything but "done" ends the child."""
        while not self._busy.acquire(timeout=0.1):
            check_cancel(cancel)
        clean = False
        try:
            child = self._warm_child()
            number = next(self._ids)
            finished = threading.Event()
            watcher = threading.Thread(
                target=self._pass_cancel, args=(child, number, cancel, finished), daemon=True
            )
            try:
                child.send(json.dumps({**request, "id": number}).encode() + b"\n")
                watcher.start()
                last_news = time.monotonic()
                while True:
                    try:
                        message = child.inbox.get(timeout=self.silent_s)
                    except queue.Empty:
                        log.warning("SANE worker silent for %.0f s: killed", self.silent_s)
                        raise DeviceOfflineError("SANE worker silent", STALLED) from None
                    if message is not None and message[0]["type"] == "alive":
                        if time.monotonic() - last_news > stall_s:
                            log.warning("SANE worker without progress for %.0f s: killed", stall_s)
                            raise DeviceOfflineError("SANE worker stalled", STALLED)
                        continue
                    last_news = time.monotonic()
                    if message is None:  # the child's stdout closed (or garbled) without "done"
                        code = _wait_or_kill(child.popen, grace_s=2.0)
                        if cancel.is_set():
                            raise ScanCancelledError(f"SANE worker ended ({code})")
                        log.warning("SANE worker died with exit code %s", code)
                        raise ScanError(f"SANE worker exit {code}", CRASHED)
                    header, payload = message
                    if header["type"] == "done":
                        clean = True
                        return
                    if header["type"] == "error":
                        cls = ERRORS_BY_CODE.get(header["code"], ScanError)
                        raise _error_from(cls, header)
                    yield header, payload
            except BrokenPipeError as exc:
                raise ScanError("SANE worker closed its input", CRASHED) from exc
            finally:
                finished.set()
                if clean:
                    child.last_used = time.monotonic()
                else:
                    self._slot.child = None
                    _end(child.popen)
        finally:
            self._busy.release()

    def _pass_cancel(
        self, child: _Child, number: int, cancel: threading.Event, finished: threading.Event
    ) -> None:
        while not finished.is_set():
            if cancel.wait(0.05):
                break
        else:
            return
        # Numbered: a late cancel of this scan must not stop the next one.
        with contextlib.suppress(OSError, ValueError):  # the child may just have ended
            child.send(f"cancel {number}\n".encode())
        # The driver stops at sane_cancel; one that does not is not waited for.
        if not finished.wait(self.cancel_grace_s) and child.popen.poll() is None:
            log.warning("SANE worker did not stop %.0f s after cancel: killed", self.cancel_grace_s)
            _kill(child.popen)


def _pump(stdout: IO[bytes], inbox: queue.Queue[tuple[dict[str, Any], bytes] | None]) -> None:
    try:
        while (message := read_message(stdout)) is not None:
            inbox.put(message)
    except (OSError, ValueError) as exc:
        log.warning("SANE worker output unreadable: %s", type(exc).__name__)
    finally:
        inbox.put(None)
        with contextlib.suppress(OSError):
            stdout.close()  # here, by its reader: closing it elsewhere would wait on the read


def _log_stderr(stderr: IO[bytes]) -> None:
    # Backends print diagnostics (never scans); kept in the masked kiosk log, a few lines.
    with contextlib.suppress(OSError, ValueError):
        for count, line in enumerate(stderr):
            if count < 50:
                log.info("SANE worker: %s", line.decode("utf-8", "replace").rstrip())
    with contextlib.suppress(OSError):
        stderr.close()


def _end(child: subprocess.Popen[bytes]) -> None:
    """The child is gone when this returns (or, stuck in the kernel, left to the system)."""
    if child.stdin is not None:
        with contextlib.suppress(OSError, ValueError):
            child.stdin.close()  # end of input: a healthy child is already on its way out
    _wait_or_kill(child, grace_s=2.0)


def _wait_or_kill(child: subprocess.Popen[bytes], grace_s: float = 10.0) -> int | None:
    try:
        return child.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        _kill(child)
    try:
        return child.wait(timeout=5)
    except subprocess.TimeoutExpired:  # uninterruptible in the kernel: nothing more to do
        log.warning("SANE worker %s did not end after SIGKILL", child.pid)
        return None


def _kill(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if os.name == "posix":
            os.killpg(child.pid, signal.SIGKILL)
        else:
            child.kill()


# -- the child's side -------------------------------------------------------------------------
class _Current:
    """The request the child is working on, for the cancel reader and the heartbeat."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.number: object = None
        self.cancel: threading.Event | None = None

    def begin(self, number: object) -> threading.Event:
        with self._lock:
            self.number, self.cancel = number, threading.Event()
            return self.cancel

    def end(self) -> None:
        with self._lock:
            self.number, self.cancel = None, None

    @property
    def busy(self) -> bool:
        return self.cancel is not None

    def stop(self, number: object = None, *, any_request: bool = False) -> None:
        with self._lock:
            if self.cancel is not None and (any_request or number == self.number):
                self.cancel.set()


def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> int:
    """`kiosk --sane-worker`: requests from stdin, one at a time, each answered on stdout and
    ended by "done"; the child stays for the next one. It ends after an error (the parent
    starts a fresh child), at the end of its input (the parent gone or done with it), or
    after IDLE_S without a request (the devices it holds open are released)."""
    inp = stdin or sys.stdin.buffer
    if stdout is None:
        # The protocol gets its own copy of fd 1; fd 1 itself becomes stderr, so whatever a
        # backend's C code prints cannot corrupt the frames.
        out: IO[bytes] = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
    else:
        out = stdout
    no_core_dumps()  # its memory holds the scanned card
    lock = threading.Lock()

    def send(header: dict[str, Any], payload: bytes = b"") -> None:
        with lock:
            write_message(out, header, payload)

    current = _Current()
    requests: queue.Queue[dict[str, Any] | None] = queue.Queue()
    threading.Thread(target=_read_requests, args=(inp, requests, current), daemon=True).start()
    threading.Thread(target=_heartbeat, args=(send, current), daemon=True).start()
    # No sane_close (python-sane calls it holding the GIL, and some backends take their time
    # over it): devices stay open for the next scan, and the process exit releases them.
    driver = sane_backend.SaneDriver(close_devices=False)
    while True:
        try:
            request = requests.get(timeout=IDLE_S)
        except queue.Empty:
            return 0
        if request is None:
            return 0
        if request.get("op") is None:
            send({"type": "error", "code": "device", "detail": "bad request"})
            return 2
        cancel = current.begin(str(request.get("id")))
        try:
            _answer(driver, request, cancel, send)
        except ScanError as exc:
            current.end()
            send(
                {
                    "type": "error",
                    "code": exc.code,
                    "detail": exc.detail,
                    "problem": exc.problem,
                    "params": exc.params,
                }
            )
            return 1
        except Exception as exc:  # a bug or a surprise: a typed answer, never a lost one
            current.end()
            send({"type": "error", "code": "device", "detail": type(exc).__name__})
            return 1
        # Ended before "done": a cancel arriving now finds nothing to stop.
        current.end()
        send({"type": "done"})


def _read_requests(
    inp: IO[bytes], requests: queue.Queue[dict[str, Any] | None], current: _Current
) -> None:
    """Requests (JSON lines) to the queue; "cancel N" stops request N (a bare "cancel", the
    one running). The end of input stops the running one too: the parent is gone."""
    try:
        for line in inp:
            words = line.split()
            if words[:1] == [b"cancel"]:
                if len(words) > 1:
                    current.stop(words[1].decode(errors="replace"))
                else:
                    current.stop(any_request=True)
                continue
            try:
                request = json.loads(line)
            except ValueError:
                request = {}
            requests.put(request if isinstance(request, dict) else {})
    except (OSError, ValueError):
        pass
    current.stop(any_request=True)
    requests.put(None)


def _answer(
    driver: sane_backend.SaneDriver,
    request: dict[str, Any],
    cancel: threading.Event,
    send: Callable[..., None],
) -> None:
    op = request.get("op")
    if op == "list":
        devices = [[d.backend, d.id, d.name] for d in driver.list_devices()]
        send({"type": "devices", "devices": devices})
    elif op == "capabilities":
        caps = driver.capabilities(ScanDevice(**request["device"]))
        send({"type": "capabilities", "capabilities": _capabilities_to_json(caps)})
    elif op == "scan":
        pages = driver.scan(
            ScanDevice(**request["device"]),
            _options_from_json(request["options"]),
            cancel,
            lambda fraction: send({"type": "progress", "fraction": fraction}),
        )
        for page in pages:
            send({"type": "page", "mode": page.mode, "size": list(page.size)}, page.tobytes())
    else:
        raise ScanError(f"unknown SANE worker request {op!r}")


def _heartbeat(send: Callable[..., None], current: _Current) -> None:
    # Runs only while this process can run Python: a child frozen with the GIL held goes quiet.
    # Between requests there is nothing to vouch for, and nobody listening.
    while True:
        time.sleep(HEARTBEAT_S)
        if not current.busy:
            continue
        try:
            send({"type": "alive"})
        except (OSError, ValueError):  # the parent is gone
            return
