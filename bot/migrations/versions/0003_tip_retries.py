"""tips: when a tip delivery may be retried (claim lease, backoff)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tip_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tip_deliveries", schema=None) as batch_op:
        batch_op.drop_column("next_attempt_at")
