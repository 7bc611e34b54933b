"""SQLAlchemy 2.0 typed models of a project: documents, segmentations, codes, coders, annotations,
memos, the project's dictionary words and settings, entity corrections, parallel-passage
indexes, and the change log.

The schema guards its own integrity, on SQLite and on PostgreSQL alike: foreign keys, check
constraints, and (in the migrations, per dialect) triggers that keep every annotation inside its
document's text and every imported text unchanged. Annotations refer to documents and codes with
ON DELETE RESTRICT, so no tag can vanish as a side effect: the services delete them explicitly,
in the same transaction, after the user has confirmed.

Every document, code, coder, passage, memo and entity correction has a UUID besides its number:
numbers are this project's own, the UUID is the same in every copy, export and merge (REFI-QDA's
GUIDs).
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UtcDateTime, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _identity() -> Mapped[uuid.UUID]:
    # Unique through a named index in each table's __table_args__ (what migration 0003 makes).
    return mapped_column(Uuid, default=uuid.uuid4)


def _identity_index(table: str) -> Index:
    return Index(f"uq_{table}_uuid", "uuid", unique=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    title: Mapped[str] = mapped_column(String(500))
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    encoding: Mapped[str] = mapped_column(String(40))
    script: Mapped[str] = mapped_column(String(20))
    presegmented: Mapped[bool] = mapped_column(Boolean, default=False)
    length: Mapped[int] = mapped_column(Integer)
    text_sha256: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(500), default="")
    date: Mapped[str] = mapped_column(String(100), default="")
    source_ref: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    cleanup_report: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The large columns come last: SQLite reads a row's columns in order, so any column after a
    # megabyte of text costs a walk through its overflow pages (a 1M-character document made
    # every annotation insert, which checks the document's length, 100x slower).
    # The stored text never changes after import: every annotation is anchored to it.
    text: Mapped[str] = mapped_column(Text)
    # t2s of `text`, same length, so a query folded the same way finds either script.
    folded_text: Mapped[str] = mapped_column(Text)
    # s2t of `text`, same length: the traditional display and export slice it (schema 0002).
    # Empty for a text written in traditional characters: it is its own traditional form.
    traditional_text: Mapped[str] = mapped_column(Text, server_default="")

    segmentation: Mapped[Segmentation | None] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("length >= 0", name="length_non_negative"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        Index("ix_documents_text_sha256", "text_sha256"),
        _identity_index("documents"),
        # Ids are never reused, so an undone deletion can come back under its old id.
        {"sqlite_autoincrement": True},
    )


class Segmentation(Base):
    """Word and sentence boundaries of one document, as packed uint32 offsets (see text.boundaries)."""

    __tablename__ = "segmentations"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    method: Mapped[str] = mapped_column(String(200))
    word_boundaries: Mapped[bytes] = mapped_column(LargeBinary)
    sentence_boundaries: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    document: Mapped[Document] = relationship(back_populates="segmentation")


class Coder(Base):
    __tablename__ = "coders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    name: Mapped[str] = mapped_column(String(200), unique=True)

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        _identity_index("coders"),
    )


class Code(Base):
    __tablename__ = "codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    name: Mapped[str] = mapped_column(String(200))
    # The name as compared: NFKC and case-folded (annotator.text.names), so that "Diplomacy" and
    # "ｄｉｐｌｏｍａｃｙ" cannot stand side by side. Unique among siblings only: codebooks from
    # other programs repeat names such as "Other" under several parents.
    name_key: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="RESTRICT"), nullable=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    shortcut: Mapped[str | None] = mapped_column(String(20), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint(
            "length(color) = 7 AND substr(color, 1, 1) = '#'", name="color_is_hex_rgb"
        ),
        CheckConstraint("parent_id IS NULL OR parent_id != id", name="not_own_parent"),
        Index("ix_codes_parent_id", "parent_id"),
        # NULL parents (top-level codes) would all be distinct in a plain unique index.
        Index("uq_codes_sibling_name", text("coalesce(parent_id, 0)"), "name_key", unique=True),
        _identity_index("codes"),
        {"sqlite_autoincrement": True},
    )


def code_name_key(name: str) -> str:
    """How code names are compared: NFKC-normalised (full-width and compatibility forms folded)
    and case-folded, so "Diplomacy", "diplomacy" and "ｄｉｐｌｏｍａｃｙ" are the same name."""
    # NFKC again after folding: case folding can leave a string that is not in NFKC.
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


@event.listens_for(Code.name, "set")
def _keep_name_key(target: Code, value: str, _old: object, _initiator: object) -> None:
    # However a name is set (a new code, a rename, a restore), its key follows.
    target.name_key = code_name_key(value)


class Annotation(Base):
    """A coded passage: [start, end) in code points of the document's stored text."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="RESTRICT"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # A copy of the quoted text, so a passage can be read (and checked) without its document.
    quote: Mapped[str] = mapped_column(Text)
    memo: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("start >= 0 AND start < \"end\"", name="range_valid"),
        UniqueConstraint("document_id", "code_id", "start", "end", "coder_id"),
        Index("ix_annotations_document_id_start", "document_id", "start"),
        Index("ix_annotations_code_id", "code_id"),
        Index("ix_annotations_coder_id", "coder_id"),
        _identity_index("annotations"),
        {"sqlite_autoincrement": True},
    )


class Memo(Base):
    """A memo on a document or on a code (exactly one of the two)."""

    __tablename__ = "memos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), nullable=True
    )
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="RESTRICT"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint(
            "(document_id IS NULL) != (code_id IS NULL)", name="exactly_one_target"
        ),
        Index("ix_memos_document_id", "document_id"),
        Index("ix_memos_code_id", "code_id"),
        _identity_index("memos"),
    )


class DictionaryWord(Base):
    """A word the project adds to the segmenter's dictionary."""

    __tablename__ = "dictionary_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (CheckConstraint("length(word) > 0", name="word_not_empty"),)


class Setting(Base):
    """Project-level settings (e.g. the app version that created the file)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Change(Base):
    """One entry of the change log. Every write appends what it changed, in its own
    transaction, so that another window reloads just that (one document's passages, the
    codebook) and a team server can tell its clients."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The program (one open Project) that wrote it: a window skips its own changes.
    client: Mapped[str] = mapped_column(String(36))
    coder: Mapped[str] = mapped_column(String(200), default="")
    # passage, code, document, memo, word, setting, entity (a correction), index (parallel)
    kind: Mapped[str] = mapped_column(String(20))
    # added, changed, removed
    action: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # For passages: the document whose passages to reload.
    document_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = ({"sqlite_autoincrement": True},)


class EntityCorrection(Base):
    """A user's correction of the entities found (annotator/services/entities.py).

    Two kinds, told apart by ``document_id``:

    - project-wide (document_id NULL): every mention of ``folded_text`` in every document takes
      ``kind``, or is no entity when ``kind`` is "rejected" (at most one such row per text);
    - one document's span [start, end): an entity the user added there with ``kind``, or a
      mention rejected there ("rejected"); ``folded_text`` is the span's folded text, kept so
      that an export or a merge can say what it was.
    """

    __tablename__ = "entity_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = _identity()
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True
    )
    folded_text: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("length(folded_text) > 0", name="text_not_empty"),
        CheckConstraint(
            "kind IN ('person', 'place', 'organization', 'title', 'date', 'rejected')",
            name="kind_known",
        ),
        CheckConstraint(
            '(document_id IS NULL AND start IS NULL AND "end" IS NULL) OR '
            '(document_id IS NOT NULL AND start >= 0 AND start < "end")',
            name="scope_valid",
        ),
        # One correction per span of a document (NULLs, the project-wide rows, are distinct).
        UniqueConstraint("document_id", "start", "end"),
        # One project-wide correction per text.
        Index("uq_entity_corrections_project_text", "folded_text", unique=True,
              sqlite_where=text("document_id IS NULL"),
              postgresql_where=text("document_id IS NULL")),
        Index("ix_entity_corrections_document_id", "document_id"),
        _identity_index("entity_corrections"),
        {"sqlite_autoincrement": True},
    )


class ParallelIndex(Base):
    """A document's parallel-passage index (annotator.text.shingles.ShingleIndex.to_bytes),
    built from its folded text at import. Derived data: ``format`` names what built it
    (annotator.services.parallels.INDEX_FORMAT), and an index of another format is rebuilt."""

    __tablename__ = "parallel_indexes"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Last: a volume's index is a few megabytes (see Document.text on column order).
    data: Mapped[bytes] = mapped_column(LargeBinary)
