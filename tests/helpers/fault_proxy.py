"""A fault-injecting HTTP proxy on loopback, between the kiosk's client and a gateway.

Every connection carries exactly one request: the proxy reads it, decides its fate, and when it
forwards it, forwards it with `Connection: close` on a fresh upstream connection, so a fault
aimed at "the next request" hits exactly that request.

    with FaultProxy("127.0.0.1", gateway_port) as proxy:
        proxy.add(Fault.drop_response(), method="POST", path="/v1/citizen-accounts")
        client = GatewayClient(proxy.url, ...)
        ...
        assert proxy.stats().injected["drop_response"] == 1

Queued rules are consumed in order: each request takes the first rule whose method and path
match (path: exact string, or a compiled regex matched in full). When none matches, `chooser`
(if set) may pick a fault, e.g. at random for a soak; otherwise the request passes.

Faults:
    drop_before_forward  read the request, close without forwarding (the gateway never sees it)
    drop_response        forward, read the gateway's answer, close without returning it
    reset                read the request, answer with a TCP RST (nothing forwarded)
    reset_after_forward  forward, read the answer, then RST instead of returning it
    delay_request        wait, then forward and return (forwarded even if the client gave up:
                         a slow network still delivers, and the gateway still acts)
    delay_response       forward, wait, then return the answer
    respond              answer a canned response without forwarding (500, 429, 503, …)

Bounded: loopback only, requests and responses capped in size, every socket with a timeout,
and stop() wakes every waiting fault and closes every open connection.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import re
import socket
import socketserver
import struct
import threading
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType

_HEAD_LIMIT = 64 * 1024
_REASONS = {
    200: "OK",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class FaultKind(StrEnum):
    PASS = "pass"
    DROP_BEFORE_FORWARD = "drop_before_forward"
    DROP_RESPONSE = "drop_response"
    RESET = "reset"
    RESET_AFTER_FORWARD = "reset_after_forward"
    DELAY_REQUEST = "delay_request"
    DELAY_RESPONSE = "delay_response"
    RESPOND = "respond"


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    seconds: float = 0.0
    status: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    @classmethod
    def pass_through(cls) -> Fault:
        return cls(FaultKind.PASS)

    @classmethod
    def drop_before_forward(cls) -> Fault:
        return cls(FaultKind.DROP_BEFORE_FORWARD)

    @classmethod
    def drop_response(cls) -> Fault:
        return cls(FaultKind.DROP_RESPONSE)

    @classmethod
    def reset(cls, *, after_forward: bool = False) -> Fault:
        return cls(FaultKind.RESET_AFTER_FORWARD if after_forward else FaultKind.RESET)

    @classmethod
    def delay_request(cls, seconds: float) -> Fault:
        return cls(FaultKind.DELAY_REQUEST, seconds=seconds)

    @classmethod
    def delay_response(cls, seconds: float) -> Fault:
        return cls(FaultKind.DELAY_RESPONSE, seconds=seconds)

    @classmethod
    def respond(
        cls,
        status: int,
        *,
        body: bytes | dict[str, object] = b"",
        headers: dict[str, str] | None = None,
    ) -> Fault:
        hdrs = dict(headers or {})
        if isinstance(body, dict):
            body = json.dumps(body).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/json")
        return cls(FaultKind.RESPOND, status=status, headers=tuple(hdrs.items()), body=body)

    @classmethod
    def error(
        cls, status: int, code: str, *, retry_after: int | None = None, message: str = ""
    ) -> Fault:
        """A canned error in the gateway's own error format."""
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        body: dict[str, object] = {"error": {"code": code, "message": message, "details": {}}}
        return cls.respond(status, body=body, headers=headers)

    @classmethod
    def http_500(cls) -> Fault:
        return cls.error(500, "internal_error", message="Lỗi máy chủ (giả lập)")

    @classmethod
    def http_429(cls, retry_after: int = 1, code: str = "rate_limited") -> Fault:
        return cls.error(429, code, retry_after=retry_after, message="Quá nhiều yêu cầu")

    @classmethod
    def http_503(cls, retry_after: int | None = 1) -> Fault:
        return cls.error(503, "unavailable", retry_after=retry_after, message="Tạm ngừng")


@dataclass(frozen=True)
class RequestInfo:
    """What the proxy saw of one request: never its body (personal data), only its size."""

    method: str
    path: str
    body_size: int
    fault: FaultKind = FaultKind.PASS


@dataclass
class _Rule:
    fault: Fault
    method: str | None
    path: str | re.Pattern[str] | None
    times: int

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        if isinstance(self.path, re.Pattern):
            return self.path.fullmatch(path) is not None
        return self.path == path


@dataclass(frozen=True)
class ProxyStats:
    requests: int
    forwarded: int
    delivered: int
    injected: dict[str, int] = field(default_factory=dict)


class _Closed(Exception):
    """The peer went away, or a limit was reached: give up on this connection quietly."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Reader:
    """Buffered reads of HTTP framing from a socket, with a size budget."""

    def __init__(self, sock: socket.socket, limit: int) -> None:
        self.sock = sock
        self.buf = b""
        self.budget = limit

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise _Closed("peer closed")
        self.budget -= len(chunk)
        if self.budget < 0:
            raise _Closed("message too large")
        self.buf += chunk

    def until(self, marker: bytes, limit: int = _HEAD_LIMIT) -> bytes:
        while marker not in self.buf:
            if len(self.buf) > limit:
                raise _Closed("header too large")
            self._fill()
        head, _, self.buf = self.buf.partition(marker)
        return head + marker

    def exactly(self, size: int) -> bytes:
        while len(self.buf) < size:
            self._fill()
        data, self.buf = self.buf[:size], self.buf[size:]
        return data

    def to_eof(self) -> bytes:
        try:
            while True:
                self._fill()
        except _Closed as exc:
            if str(exc) != "peer closed":
                raise
        data, self.buf = self.buf, b""
        return data

    def chunked(self) -> bytes:
        """The raw chunked body, framing included, up to the end of the trailers."""
        out = b""
        while True:
            line = self.until(b"\r\n")
            out += line
            size = int(line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while True:
                    trailer = self.until(b"\r\n")
                    out += trailer
                    if trailer == b"\r\n":
                        return out
            out += self.exactly(size + 2)


def _parse_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    start = lines[0]
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise _Closed("malformed header")
        headers.append((name.strip(), value.strip()))
    return start, headers


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _read_body(reader: _Reader, headers: list[tuple[str, str]], *, to_eof: bool) -> bytes:
    encoding = (_header(headers, "transfer-encoding") or "").lower()
    if "chunked" in encoding:
        return reader.chunked()
    length = _header(headers, "content-length")
    if length is not None:
        return reader.exactly(int(length))
    return reader.to_eof() if to_eof else b""


def _render(start: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [start, *(f"{k}: {v}" for k, v in headers), "", ""]
    return "\r\n".join(lines).encode("latin-1")


class FaultProxy:
    """A loopback TCP proxy for HTTP/1.1 that injects faults per request."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        io_timeout: float = 15.0,
        max_message_bytes: int = 32 * 1024 * 1024,
        history: int = 10_000,
    ) -> None:
        if not _is_loopback(target_host):
            raise ValueError("the fault proxy only forwards to loopback addresses")
        self.target = (target_host, target_port)
        self.io_timeout = io_timeout
        self.max_message_bytes = max_message_bytes
        # Consulted when no queued rule matches; return None to let the request pass.
        self.chooser: Callable[[str, str], Fault | None] | None = None
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._requests = 0
        self._forwarded = 0
        self._delivered = 0
        self._injected: Counter[str] = Counter()
        self.seen: deque[RequestInfo] = deque(maxlen=history)
        self._server: socketserver.ThreadingTCPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> FaultProxy:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        server.daemon_threads = True
        server.allow_reuse_address = True
        server.server_bind()
        server.server_activate()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("proxy not started")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- plan -------------------------------------------------------------------------------
    def add(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path: str | re.Pattern[str] | None = None,
        times: int = 1,
    ) -> None:
        """Queue a fault for the next `times` requests matching method and path."""
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._rules.append(_Rule(fault, method, path, times))

    def plan(self, *faults: Fault) -> None:
        """Queue one fault per coming request, whatever it is, in order."""
        for fault in faults:
            self.add(fault)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def pending(self) -> int:
        with self._lock:
            return sum(rule.times for rule in self._rules)

    def stats(self) -> ProxyStats:
        with self._lock:
            return ProxyStats(
                requests=self._requests,
                forwarded=self._forwarded,
                delivered=self._delivered,
                injected=dict(self._injected),
            )

    def _choose(self, method: str, path: str) -> Fault:
        with self._lock:
            self._requests += 1
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
                    return rule.fault
        chooser = self.chooser
        fault = chooser(method, path) if chooser is not None else None
        return fault or Fault.pass_through()

    def _count(self, attr: str) -> None:
        with self._lock:
            setattr(self, attr, getattr(self, attr) + 1)

    # -- one connection ---------------------------------------------------------------------
    def _handle(self, client: socket.socket) -> None:
        client.settimeout(self.io_timeout)
        with self._lock:
            self._open.add(client)
        try:
            self._serve(client)
        except (_Closed, OSError, ValueError):
            pass
        finally:
            with self._lock:
                self._open.discard(client)
            with contextlib.suppress(OSError):
                client.close()

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client, self.max_message_bytes)
        head = reader.until(b"\r\n\r\n")
        start, headers = _parse_head(head)
        body = _read_body(reader, headers, to_eof=False)
        parts = start.split(" ")
        if len(parts) != 3:
            raise _Closed("malformed request line")
        method, target, _version = parts
        path = target.split("?", 1)[0]
        fault = self._choose(method, path)
        with self._lock:
            if fault.kind is not FaultKind.PASS:
                self._injected[fault.kind.value] += 1
            self.seen.append(RequestInfo(method, path, len(body), fault.kind))

        kind = fault.kind
        if kind is FaultKind.DROP_BEFORE_FORWARD:
            return
        if kind is FaultKind.RESET:
            self._reset(client)
            return
        if kind is FaultKind.RESPOND:
            self._send(client, self._canned(fault))
            return
        if kind is FaultKind.DELAY_REQUEST and self._stop.wait(fault.seconds):
            return

        kept = [(k, v) for k, v in headers if k.lower() not in ("connection", "keep-alive")]
        request = _render(start, [*kept, ("Connection", "close")]) + body
        response = self._forward(request, head_only=method == "HEAD")
        if response is None:
            # The gateway is not there: to the client this is a connection that broke.
            self._reset(client)
            return
        if kind is FaultKind.DROP_RESPONSE:
            return
        if kind is FaultKind.RESET_AFTER_FORWARD:
            self._reset(client)
            return
        if kind is FaultKind.DELAY_RESPONSE and self._stop.wait(fault.seconds):
            return
        self._send(client, response)

    def _forward(self, request: bytes, *, head_only: bool) -> bytes | None:
        try:
            upstream = socket.create_connection(self.target, timeout=self.io_timeout)
        except OSError:
            return None
        with self._lock:
            self._open.add(upstream)
        try:
            upstream.sendall(request)
            self._count("_forwarded")
            reader = _Reader(upstream, self.max_message_bytes)
            while True:
                head = reader.until(b"\r\n\r\n")
                start, headers = _parse_head(head)
                status = int(start.split(" ")[1])
                if status >= 200:
                    break
                # 1xx interim answers (100 Continue) are not passed on: nobody here asks for them.
            body = (
                b""
                if head_only or status in (204, 304)
                else _read_body(reader, headers, to_eof=True)
            )
            kept = [(k, v) for k, v in headers if k.lower() not in ("connection", "keep-alive")]
            return _render(start, [*kept, ("Connection", "close")]) + body
        except (_Closed, OSError, ValueError, IndexError):
            return None
        finally:
            with self._lock:
                self._open.discard(upstream)
            upstream.close()

    def _send(self, client: socket.socket, data: bytes) -> None:
        client.sendall(data)
        self._count("_delivered")
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)

    @staticmethod
    def _canned(fault: Fault) -> bytes:
        reason = _REASONS.get(fault.status, "Status")
        headers = [
            *fault.headers,
            ("Content-Length", str(len(fault.body))),
            ("Connection", "close"),
        ]
        return _render(f"HTTP/1.1 {fault.status} {reason}", list(headers)) + fault.body

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        # SO_LINGER with a zero timeout turns close() into a RST instead of a FIN.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
