"""When an account last changed as a supervisor's list shows it, for incremental refreshes.

The supervisor's screen asked again for every page it held every 30 seconds (2.1 s with a
5 000-account day scrolled to the end); with `changed_at` and its index a refresh
asks for what changed since its last answer. Existing rows: their review, else their creation.

Revision ID: 0008_account_changes
Revises: 0006_folded_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade

revision = "0008_account_changes"
down_revision = "0007_gateway_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("citizen_accounts", sa.Column("changed_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE citizen_accounts SET changed_at = COALESCE(reviewed_at, created_at)")
    op.create_index(op.f("ix_citizen_accounts_changed_at"), "citizen_accounts", ["changed_at"])
    op.execute("ANALYZE")


def downgrade() -> None:
    refuse_downgrade(revision)
