"""Stable identities, sibling-unique code names, and the change log.

- A UUID on every document, coder, code, passage and memo, filled for the rows there are: the
  identity that survives export, import and merging (REFI-QDA's GUIDs).
- Code names are unique among siblings, compared NFKC-normalised and case-folded (`name_key`),
  no longer project-wide: codebooks from other programs repeat "Other" under several parents.
- `changes`: what every write changed, so that other windows reload only that.

Dialect-aware: SQLite cannot drop a constraint, so the small codes table is copied (with foreign
keys off for the copy, as db.migrate does for every upgrade); the other tables only gain columns
(a plain ADD COLUMN, which keeps their integrity triggers). A migration never runs application
code: the name key is computed here with the standard library, as annotator.text.names does.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence
import unicodedata
import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IDENTIFIED = ("documents", "coders", "codes", "annotations", "memos")


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for table in IDENTIFIED:
        if table == "codes":
            continue
        # SQLite: NOT NULL needs a default to be added without copying the table.
        op.add_column(table, sa.Column("uuid", sa.Uuid(), nullable=not sqlite,
                                       server_default=sa.text("''") if sqlite else None))
        _fill_uuids(bind, table)
        if not sqlite:
            op.alter_column(table, "uuid", nullable=False)
        op.create_index(f"uq_{table}_uuid", table, ["uuid"], unique=True)

    if sqlite:
        with op.batch_alter_table("codes", recreate="always") as batch:
            batch.drop_constraint("uq_codes_name", type_="unique")
            batch.add_column(sa.Column("uuid", sa.Uuid(), nullable=False, server_default=sa.text("''")))
            batch.add_column(sa.Column("name_key", sa.String(200), nullable=False, server_default=sa.text("''")))
    else:
        op.drop_constraint("uq_codes_name", "codes", type_="unique")
        op.add_column("codes", sa.Column("uuid", sa.Uuid(), nullable=True))
        op.add_column("codes", sa.Column("name_key", sa.String(200), nullable=True))
    _fill_uuids(bind, "codes")
    for code_id, name in bind.execute(sa.text("SELECT id, name FROM codes")).all():
        bind.execute(sa.text("UPDATE codes SET name_key = :key WHERE id = :id"),
                     {"key": _name_key(name), "id": code_id})
    if not sqlite:
        op.alter_column("codes", "uuid", nullable=False)
        op.alter_column("codes", "name_key", nullable=False)
    op.create_index("uq_codes_uuid", "codes", ["uuid"], unique=True)
    op.create_index("uq_codes_sibling_name", "codes", [sa.text("coalesce(parent_id, 0)"), "name_key"],
                    unique=True)

    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("client", sa.String(length=36), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
        sqlite_autoincrement=True,
    )


def _fill_uuids(bind, table: str) -> None:
    uuid_type = sa.Uuid()
    column = sa.table(table, sa.column("id", sa.Integer()), sa.column("uuid", uuid_type))
    for (row_id,) in bind.execute(sa.text(f"SELECT id FROM {table}")).all():
        bind.execute(column.update().where(column.c.id == row_id).values(uuid=uuid.uuid4()))


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.drop_table("changes")
    op.drop_index("uq_codes_sibling_name", "codes")
    op.drop_index("uq_codes_uuid", "codes")
    with op.batch_alter_table("codes", recreate="always" if sqlite else "auto") as batch:
        batch.drop_column("name_key")
        batch.drop_column("uuid")
        batch.create_unique_constraint("uq_codes_name", ["name"])
    for table in IDENTIFIED:
        if table == "codes":
            continue
        op.drop_index(f"uq_{table}_uuid", table)
        if sqlite:
            # DROP COLUMN (SQLite 3.35+) keeps the table and so its triggers.
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN uuid')
        else:
            op.drop_column(table, "uuid")
