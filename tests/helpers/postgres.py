"""A private PostgreSQL server for the tests: Debian's binaries, a throw-away cluster.

One server per test session (`postgres_server`, session-scoped), started on first use only, so
suites that never ask for PostgreSQL pay nothing. Each test gets a database of its own
(`PostgresServer.new_database()`), dropped with the server at the end of the session.

The cluster lives in a temporary folder and runs as an unprivileged user: PostgreSQL refuses to
run as root, and the test suite may well run as root in a container. Durability is switched off
(fsync, full page writes, synchronous commit): a crash loses a test database, nothing else, and
CREATE DATABASE costs tens of milliseconds instead of a second.

Where no server binaries are installed (scripts/system-deps.sh installs them on Debian) the
tests that need one are skipped with the reason, never silently passed.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

START_TIMEOUT_S = 30.0
# the unprivileged account the server runs as when the tests run as root
RUN_AS = "nobody"


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian layout), or PATH's."""

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._process: subprocess.Popen[bytes] | None = None
        self._counter = itertools.count(1)
        self._templates: set[str] = set()
        self._run_as: dict[str, object] = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam(RUN_AS)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> None:
        subprocess.run(
            args,
            check=True,
            capture_output=True,
            cwd=self.root,
            env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
            **self._run_as,  # type: ignore[arg-type]
        )

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        log = open(self.root / "server.log", "wb")  # noqa: SIM115 (the server owns it)
        self._process = subprocess.Popen(
            [
                str(self.bindir / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={self.root}",
                "-c",
                "fsync=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "max_connections=300",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.root,
            env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
            **self._run_as,  # type: ignore[arg-type]
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if self._process.poll() is not None:
                raise RuntimeError("PostgreSQL ended at start: " + self.log_tail())
            try:
                with self.connect("postgres"):
                    return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def log_tail(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname=database, autocommit=True
        )

    def new_database(self, template: str = "template0") -> str:
        """A new database, empty or a copy of `template` (a file copy: fast); its URL."""
        name = f"t{os.getpid()}_{next(self._counter)}"
        with self.connect("postgres") as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def template(self, name: str, prepare: Callable[[str], None]) -> str:
        """A database made once by prepare(url) and then copied by new_database(name): the
        gateway's migrations and demo data cost once a session instead of once a test."""
        if name not in self._templates:
            with self.connect("postgres") as conn:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            prepare(self.url(name))  # must close its connections: a template is copied alone
            self._templates.add(name)
        return name

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            # SIGINT is the fast shutdown; SIGTERM's smart one would wait for pooled connections
            self._process.send_signal(signal.SIGINT)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests need the postgres extra (pip install -e '.[postgres]')")
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not installed (scripts/system-deps.sh)")
    server = PostgresServer(bindir)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()
