"""Engine and sessions: SQLite by default, any SQLAlchemy URL (PostgreSQL) for a shared server.

SQLite needs care under concurrent requests: a deferred transaction that reads and then writes
fails with "database is locked" when another writer committed in between. Write sessions
therefore start with BEGIN IMMEDIATE (the write lock is taken up front and waited for with
busy_timeout); read sessions stay deferred so reads never queue behind writers (WAL).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection, ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

_IMMEDIATE = "kiosk_sqlite_immediate"
_BUSY_TIMEOUT_MS = 15_000


class Base(DeclarativeBase):
    pass


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def _create_private(url: str) -> None:
    """A new SQLite file is made 0600 before SQLite opens it: it holds citizens' data, and
    SQLite gives its -wal and -shm files the database file's mode."""
    database = make_url(url).database
    if not url.startswith("sqlite") or not database or database == ":memory:":
        return
    path = Path(database)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        _create_private(url)
        self.engine = _make_engine(url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(**{_IMMEDIATE: True})
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)
        # SQLite's busy handler polls with growing sleeps, so under load some writers starve for
        # seconds while others get in. Writers of this process queue on a lock instead and meet
        # SQLite's lock one at a time; PostgreSQL has row locks and needs no such queue.
        # Re-entrant, so a nested write by mistake ends in SQLite's busy error, not a hang.
        self._write_turn: AbstractContextManager[object] = (
            threading.RLock() if url.startswith("sqlite") else nullcontext()
        )

    def create_schema(self) -> None:
        """Bring the database to the current schema (kiosk.sandbox.migrate), keeping its data."""
        # Alembic narrates every plugin and step at INFO, from its import on; quiet before it
        logging.getLogger("alembic").setLevel(logging.WARNING)
        from kiosk.sandbox import migrate

        migrate.upgrade(self)

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One transaction on a bare connection, taken like write(): for migrations."""
        with self._write_turn, self._write_engine.begin() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends normally, rolled back otherwise."""
        with self._write_turn, self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _hide_server_detail(context: ExceptionContext) -> BaseException | None:
    """PostgreSQL's errors carry a DETAIL that quotes the row ("Key (id_number)=(0330…) already
    exists"): keep the primary message and the SQLSTATE, drop the values."""
    error = context.sqlalchemy_exception
    original = context.original_exception
    diag = getattr(original, "diag", None)
    if not isinstance(error, DBAPIError) or diag is None:
        return None
    primary = getattr(diag, "message_primary", None) or type(original).__name__
    cleaned = type(original)(f"{primary} (SQLSTATE {getattr(original, 'sqlstate', None)})")
    return type(error)(error.statement, None, cleaned, hide_parameters=True)


def _make_engine(url: str) -> Engine:
    # SQL errors quote their parameters by default: a citizen's name and ID number would end up
    # in an exception message and from there in a log.
    if not url.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        event.listen(engine, "handle_error", _hide_server_detail)
        return engine
    in_memory = ":memory:" in url or url in ("sqlite://", "sqlite:///")
    # a file database: a pool as large as uvicorn's thread pool may use at once
    pool_args: dict[str, Any] = {} if in_memory else {"pool_size": 10, "max_overflow": 40}
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
        **pool_args,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is always deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
