"""Keep each document's traditional form beside its folded (simplified) one; index coders.

The export and the traditional display then slice a stored text instead of converting a whole
volume each time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy of the table: copying would drop its triggers.
    op.add_column("documents", sa.Column("traditional_text", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_annotations_coder_id", "annotations", ["coder_id"])
    from annotator.text.script import to_traditional

    connection = op.get_bind()
    for document_id, text in connection.execute(sa.text("SELECT id, text FROM documents")).all():
        connection.execute(
            sa.text("UPDATE documents SET traditional_text = :converted WHERE id = :id"),
            {"converted": to_traditional(text), "id": document_id},
        )


def downgrade() -> None:
    op.drop_index("ix_annotations_coder_id", "annotations")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("traditional_text")
