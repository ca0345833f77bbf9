"""Log-in throttle counted before the hash, per username and client address.

login_failures held one row per wrong password, keyed by username alone (anyone could lock an
officer out); its rows are short-lived counters, not a province's records, and are replaced by
the login_throttle counters.

Revision ID: 0003_login_throttle
Revises: 0002_identity_numbers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade

revision = "0003_login_throttle"
down_revision = "0002_identity_numbers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=False),
        sa.Column("next_allowed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.drop_index(op.f("ix_login_failures_username"), table_name="login_failures")
    op.drop_table("login_failures")


def downgrade() -> None:
    refuse_downgrade(revision)
