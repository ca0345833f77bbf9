"""SANE in a process of its own, as NAPS2 runs its drivers: a scanner driver that hangs or
crashes cannot freeze or kill the kiosk.

libsane backends are C code of every quality (some are closed vendor builds), and python-sane
calls sane_cancel holding the GIL: a backend that blocks there froze the whole GUI, and one
that crashes took the kiosk with it. Here each operation (list, capabilities, scan) runs in a
short-lived child (`kiosk --sane-worker`, which loads libsane; the kiosk never does). The
parent talks to it over pipes: one JSON request on stdin, "cancel" lines after it; framed
messages back on stdout (progress, devices, capabilities, raw pages, done or a typed error).
Cancel is passed on to sane_cancel in the child. The child says "alive" every second from a
thread of its own, so a child frozen with the GIL held (python-sane calls some of libsane with
it) falls silent: after SILENT_S without a word, or STALL_S without progress, or CANCEL_GRACE_S
after a cancel, it is killed and the officer reads a Vietnamese reason.
Scans travel through the pipe only: nothing is written to disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
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
class SaneWorkerDriver:
    """The kiosk's SANE backend: SaneDriver's work, each operation in a child process."""

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

    def _exchange(
        self, request: dict[str, Any], cancel: threading.Event, stall_s: float
    ) -> Iterator[tuple[dict[str, Any], bytes]]:
        """Start a child for `request`, yield its messages until done; raise its error."""
        try:
            child = subprocess.Popen(  # noqa: S603 (our own program)
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # Its own process group: a backend's helper processes are killed with it.
                start_new_session=os.name == "posix",
            )
        except OSError as exc:
            raise DeviceOfflineError(f"SANE worker did not start: {exc.strerror}") from exc
        assert child.stdin is not None and child.stdout is not None and child.stderr is not None
        inbox: queue.Queue[tuple[dict[str, Any], bytes] | None] = queue.Queue()
        threading.Thread(target=_pump, args=(child.stdout, inbox), daemon=True).start()
        threading.Thread(target=_log_stderr, args=(child.stderr,), daemon=True).start()
        finished = threading.Event()
        watcher = threading.Thread(
            target=self._pass_cancel, args=(child, cancel, finished), daemon=True
        )
        try:
            child.stdin.write(json.dumps(request).encode() + b"\n")
            child.stdin.flush()
            watcher.start()
            last_news = time.monotonic()
            while True:
                try:
                    message = inbox.get(timeout=self.silent_s)
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
                    code = _wait_or_kill(child, grace_s=2.0)
                    if cancel.is_set():
                        raise ScanCancelledError(f"SANE worker ended ({code})")
                    log.warning("SANE worker died with exit code %s", code)
                    raise ScanError(f"SANE worker exit {code}", CRASHED)
                header, payload = message
                if header["type"] == "done":
                    return
                if header["type"] == "error":
                    cls = ERRORS_BY_CODE.get(header["code"], ScanError)
                    raise _error_from(cls, header)
                yield header, payload
        except BrokenPipeError as exc:
            raise ScanError("SANE worker closed its input", CRASHED) from exc
        finally:
            finished.set()
            _end(child)

    def _pass_cancel(
        self, child: subprocess.Popen[bytes], cancel: threading.Event, finished: threading.Event
    ) -> None:
        while not finished.is_set():
            if cancel.wait(0.05):
                break
        else:
            return
        assert child.stdin is not None
        with contextlib.suppress(OSError, ValueError):  # the child may just have ended
            child.stdin.write(b"cancel\n")
            child.stdin.flush()
        # The driver stops at sane_cancel; one that does not is not waited for.
        if not finished.wait(self.cancel_grace_s) and child.poll() is None:
            log.warning("SANE worker did not stop %.0f s after cancel: killed", self.cancel_grace_s)
            _kill(child)


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
def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> int:
    """`kiosk --sane-worker`: one request from stdin, its answer on stdout, then exit."""
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

    try:
        request = json.loads(inp.readline() or b"{}")
    except ValueError:
        send({"type": "error", "code": "device", "detail": "bad request"})
        return 2
    cancel = threading.Event()
    threading.Thread(target=_listen_for_cancel, args=(inp, cancel), daemon=True).start()
    threading.Thread(target=_heartbeat, args=(send,), daemon=True).start()
    # The process ends right after answering, which releases the device: no sane_close,
    # which python-sane calls holding the GIL and some backends take their time over.
    driver = sane_backend.SaneDriver(close_devices=False)
    try:
        _answer(driver, request, cancel, send)
    except ScanError as exc:
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
        send({"type": "error", "code": "device", "detail": type(exc).__name__})
        return 1
    send({"type": "done"})
    return 0


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


def _heartbeat(send: Callable[..., None]) -> None:
    # Runs only while this process can run Python: a child frozen with the GIL held goes quiet.
    while True:
        time.sleep(HEARTBEAT_S)
        try:
            send({"type": "alive"})
        except (OSError, ValueError):  # the parent is gone
            return


def _listen_for_cancel(inp: IO[bytes], cancel: threading.Event) -> None:
    # "cancel", or the parent gone (end of input): either way the scan stops.
    for line in inp:
        if line.strip() == b"cancel":
            break
    cancel.set()
