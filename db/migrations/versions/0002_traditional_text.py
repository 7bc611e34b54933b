"""Keep each document's traditional form beside its folded (simplified) one; index coders.

The export and the traditional display then slice a stored text instead of converting a whole
volume each time. The column starts empty: a migration must not run the application's own code
(which changes over time), so the app fills the forms of documents that lack them when it opens
the project (annotator.services.documents.fill_missing_forms).

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


# Copying the documents table (what SQLite's batch mode does to drop a column) drops its
# triggers: the immutability trigger is made again, exactly as schema 0001 made it.
_SQLITE_IMMUTABLE_TEXT = """
    CREATE TRIGGER documents_text_immutable
    BEFORE UPDATE OF text, length ON documents
    WHEN NEW.text IS NOT OLD.text OR NEW.length IS NOT OLD.length
    BEGIN SELECT RAISE(ABORT, 'the text of an imported document cannot change'); END
    """


def downgrade() -> None:
    op.drop_index("ix_annotations_coder_id", "annotations")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("traditional_text")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS documents_text_immutable")
        op.execute(_SQLITE_IMMUTABLE_TEXT)
