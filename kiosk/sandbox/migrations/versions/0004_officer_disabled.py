"""Officers can be disabled by province IT (kiosk sandbox officers disable).

Revision ID: 0004_officer_disabled
Revises: 0003_login_throttle
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.sandbox.migrate import refuse_downgrade

revision = "0004_officer_disabled"
down_revision = "0003_login_throttle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("officers", sa.Column("disabled_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    refuse_downgrade(revision)
