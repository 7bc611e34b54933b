"""Entity corrections and parallel-passage indexes.

- `entity_corrections`: the user's corrections of the entities found in the texts. A kind
  given to a text, or a text rejected as no entity, holds in every document (document_id
  NULL, one row per text); an entity added at a span, or a mention rejected there, belongs to
  its document (one row per span). Deleted with their document.
- `parallel_indexes`: each document's shingle index (annotator.text.shingles), built from its
  folded text. Derived data, deleted with its document.

Both are new tables, made alike on SQLite and PostgreSQL; the one dialect-specific part is the
partial unique index on the project-wide texts, given for each dialect. A migration never runs
application code, so the documents already there get no index here: the app builds the missing
ones (annotator.services.parallels.ensure_indexes) when parallel passages are first asked for.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entity_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("folded_text", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(folded_text) > 0",
                           name=op.f("ck_entity_corrections_text_not_empty")),
        sa.CheckConstraint(
            "kind IN ('person', 'place', 'organization', 'title', 'date', 'rejected')",
            name=op.f("ck_entity_corrections_kind_known")),
        sa.CheckConstraint(
            '(document_id IS NULL AND start IS NULL AND "end" IS NULL) OR '
            '(document_id IS NOT NULL AND start >= 0 AND start < "end")',
            name=op.f("ck_entity_corrections_scope_valid")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_entity_corrections_document_id_documents")),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], ondelete="RESTRICT",
                                name=op.f("fk_entity_corrections_coder_id_coders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_corrections")),
        sa.UniqueConstraint("document_id", "start", "end",
                            name=op.f("uq_entity_corrections_document_id_start_end")),
        sqlite_autoincrement=True,
    )
    op.create_index("uq_entity_corrections_project_text", "entity_corrections", ["folded_text"],
                    unique=True, sqlite_where=sa.text("document_id IS NULL"),
                    postgresql_where=sa.text("document_id IS NULL"))
    op.create_index("ix_entity_corrections_document_id", "entity_corrections", ["document_id"])
    op.create_index("uq_entity_corrections_uuid", "entity_corrections", ["uuid"], unique=True)

    op.create_table(
        "parallel_indexes",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_parallel_indexes_document_id_documents")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_parallel_indexes")),
    )


def downgrade() -> None:
    op.drop_table("parallel_indexes")
    op.drop_index("uq_entity_corrections_uuid", "entity_corrections")
    op.drop_index("ix_entity_corrections_document_id", "entity_corrections")
    op.drop_index("uq_entity_corrections_project_text", "entity_corrections")
    op.drop_table("entity_corrections")
