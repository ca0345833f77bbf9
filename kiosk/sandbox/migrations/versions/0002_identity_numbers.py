"""One account per person: every number a person is known by in one primary key.

Filled from the accounts already there. A database that already holds two accounts for one
person (the race this closes) keeps both accounts; the number goes to the older one, so a
lookup finds a single owner and no row is lost.

Revision ID: 0002_identity_numbers
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade

revision = "0002_identity_numbers"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_numbers",
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["citizen_accounts.id"]),
        sa.PrimaryKeyConstraint("number"),
    )
    op.create_index(
        op.f("ix_identity_numbers_account_id"), "identity_numbers", ["account_id"], unique=False
    )
    # id_number was unique already; an old number goes to the oldest account that names it,
    # unless it is some account's own id_number.
    op.execute(
        "INSERT INTO identity_numbers (number, account_id) "
        "SELECT id_number, id FROM citizen_accounts"
    )
    op.execute(
        "INSERT INTO identity_numbers (number, account_id) "
        "SELECT a.old_id_number, a.id FROM citizen_accounts a "
        "WHERE a.old_id_number IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM identity_numbers n WHERE n.number = a.old_id_number) "
        "AND NOT EXISTS (SELECT 1 FROM citizen_accounts b WHERE b.old_id_number = a.old_id_number "
        "AND (b.created_at < a.created_at OR (b.created_at = a.created_at AND b.id < a.id)))"
    )


def downgrade() -> None:
    refuse_downgrade(revision)
