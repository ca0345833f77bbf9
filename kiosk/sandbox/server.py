"""Running the gateway: in a background thread on a loopback port (the kiosk in training mode,
the tests, the benchmark) or in the foreground (`kiosk sandbox`).

uvicorn's access log is off: even with personal data kept out of URLs by design, a log of who
called what belongs in the audit table, not in a text file.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from kiosk.sandbox.app import create_app
from kiosk.sandbox.context import Gateway
from kiosk.sandbox.db import sqlite_url
from kiosk.sandbox.settings import SandboxSettings

START_TIMEOUT_S = 20.0


# uvicorn's options for the gateway, in every way it is served
UVICORN_OPTIONS: dict[str, object] = {
    "access_log": False,
    "log_config": None,
    "log_level": "warning",
    "server_header": False,
    # h11 is pure Python and present everywhere the kiosk runs
    "http": "h11",
    "lifespan": "on",
    "timeout_graceful_shutdown": 5,
    # uvicorn trusts X-Forwarded-For from 127.0.0.1 by default: any local client could then
    # pick the address the log-in throttle counts. Only --behind-tls-proxy turns it on.
    "proxy_headers": False,
}


def uvicorn_config(app: FastAPI, host: str, port: int, **extra: object) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, **{**UVICORN_OPTIONS, **extra})  # type: ignore[arg-type]


class RunningGateway:
    """A gateway serving on loopback in a daemon thread; stop() ends it and its temp files."""

    def __init__(
        self,
        app: FastAPI,
        server: uvicorn.Server,
        thread: threading.Thread,
        sock: socket.socket,
        temp_dir: Path | None,
    ) -> None:
        self.app = app
        self._server = server
        self._thread = thread
        self._socket = sock
        self._temp_dir = temp_dir
        host, port = sock.getsockname()[:2]
        self.host: str = host
        self.port: int = port
        self.url = f"http://{host}:{port}"

    @property
    def gateway(self) -> Gateway:
        gw: Gateway = self.app.state.gateway
        return gw

    @property
    def settings(self) -> SandboxSettings:
        return self.gateway.settings

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> RunningGateway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_in_thread(
    db_path: str | Path | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    settings: SandboxSettings | None = None,
) -> RunningGateway:
    """Start the gateway in a background thread and return once it accepts connections.

    db_path: the SQLite file (created and seeded if new). Without it, settings.database_url is
    used, and without that a temporary database that stop() deletes.
    port 0 picks a free port; the chosen one is in .port and .url.
    """
    settings = settings or SandboxSettings()
    temp_dir: Path | None = None
    if db_path is not None:
        settings = replace(settings, database_url=sqlite_url(db_path))
    elif not settings.database_url:
        temp_dir = Path(tempfile.mkdtemp(prefix="kiosk-gateway-"))
        settings = replace(settings, database_url=sqlite_url(temp_dir / "gateway.sqlite3"))
    app = create_app(settings)
    # Bound here, not by uvicorn, so port 0 resolves before the thread starts. The protocol is
    # named: asyncio sets TCP_NODELAY on accepted connections only when proto is IPPROTO_TCP,
    # and without it every response waits ~40 ms for the client's delayed ACK (Nagle).
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(uvicorn_config(app, host, sock.getsockname()[1]))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="kiosk-gateway", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError("the training gateway did not start")
        time.sleep(0.01)
    return RunningGateway(app, server, thread, sock, temp_dir)
