"""Schema migrations (Alembic): a database is brought to the current schema at start, in place.

Migrations only add: a province's accounts are never dropped or rewritten by an upgrade, and
there are no downgrades. A database made before migrations existed (tables, no
alembic_version) is recognised by its tables and stamped with the baseline revision first.

Several workers may start at once on one PostgreSQL database: the upgrade runs under a
transaction-scoped advisory lock, so one upgrades and the others find the schema current.
On SQLite the upgrade's transaction starts with BEGIN IMMEDIATE, which serialises the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from kiosk.sandbox.db import Database

BASELINE = "0001_initial"
# any constant: the key of the advisory lock the upgrading worker holds
_LOCK_KEY = 0x6B696F736B


class DowngradeRefused(RuntimeError):
    """The schema only moves forward: a province's rows are never dropped to go back a version
    (restore a backup made before the upgrade instead, docs/deploy.md)."""


def refuse_downgrade(revision: str) -> NoReturn:
    """Every revision's downgrade(): one policy, stated once."""
    raise DowngradeRefused(f"{revision}: the gateway's schema is never downgraded")


@dataclass(frozen=True)
class MigrationResult:
    before: str | None  # None: an empty database
    after: str
    stamped_legacy: bool

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_current(db: Database) -> bool:
    with db.engine.connect() as connection:
        return current(connection) == head()


def upgrade(db: Database) -> MigrationResult:
    # Alembic narrates every step at INFO; the result is reported by the caller.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    with db.write_connection() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        tables = set(inspect(connection).get_table_names())
        before = current(connection)
        legacy = before is None and "citizen_accounts" in tables
        config = _config(connection)
        if legacy:
            command.stamp(config, BASELINE)
            before = BASELINE
        command.upgrade(config, "head")
        after = current(connection)
    assert after is not None
    return MigrationResult(before=before, after=after, stamped_legacy=legacy)
