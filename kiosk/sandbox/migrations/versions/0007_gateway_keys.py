"""The training gateway keeps its OTP hash key across restarts (kiosk.sandbox.keys).

Revision ID: 0007_gateway_keys
Revises: 0006_folded_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade

revision = "0007_gateway_keys"
down_revision = "0006_folded_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gateway_keys",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    refuse_downgrade(revision)
