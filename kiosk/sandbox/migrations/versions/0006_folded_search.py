"""The supervisor's text search in SQL: names and counters stored folded (no accents, no case).

The search read the day's accounts as objects and matched in Python; LIKE on folded copies
does it in the database, within the day the (unit, day) index already bounds. Filled here
for existing rows with the same fold the gateway uses.

Revision ID: 0006_folded_search
Revises: 0005_day_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade
from kiosk.sandbox.text import fold_text

revision = "0006_folded_search"
down_revision = "0005_day_indexes"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    op.add_column("citizen_accounts", sa.Column("full_name_folded", sa.String(100), nullable=True))
    op.add_column("citizen_accounts", sa.Column("counter_folded", sa.String(100), nullable=True))
    op.add_column("officers", sa.Column("search_folded", sa.String(300), nullable=True))
    bind = op.get_bind()
    accounts = sa.table(
        "citizen_accounts",
        sa.column("id", sa.String),
        sa.column("full_name", sa.String),
        sa.column("counter", sa.String),
        sa.column("full_name_folded", sa.String),
        sa.column("counter_folded", sa.String),
    )
    rows = bind.execute(sa.select(accounts.c.id, accounts.c.full_name, accounts.c.counter)).all()
    update = (
        sa.update(accounts)
        .where(accounts.c.id == sa.bindparam("row_id"))
        .values(full_name_folded=sa.bindparam("name"), counter_folded=sa.bindparam("desk"))
    )
    for start in range(0, len(rows), _BATCH):
        bind.execute(
            update,
            [
                {
                    "row_id": r.id,
                    "name": fold_text(r.full_name),
                    "desk": fold_text(r.counter) if r.counter else None,
                }
                for r in rows[start : start + _BATCH]
            ],
        )
    officers = sa.table(
        "officers",
        sa.column("id", sa.Integer),
        sa.column("full_name", sa.String),
        sa.column("username", sa.String),
        sa.column("search_folded", sa.String),
    )
    people = bind.execute(sa.select(officers.c.id, officers.c.full_name, officers.c.username))
    for person in people.all():
        bind.execute(
            sa.update(officers)
            .where(officers.c.id == person.id)
            .values(search_folded=fold_text(f"{person.full_name} {person.username}"))
        )


def downgrade() -> None:
    refuse_downgrade(revision)
