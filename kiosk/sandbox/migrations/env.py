"""Alembic's environment for the gateway: always handed an open connection by
kiosk.sandbox.migrate (no alembic.ini, no URL of its own)."""

from __future__ import annotations

from alembic import context

from kiosk.sandbox import models  # noqa: F401 (registers the tables on the metadata)
from kiosk.sandbox.db import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters a table by copying it; batch mode does that for ALTER-like operations
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
