"""Rows saved whole and put back whole, inside the caller's one transaction.

A compound action (deleting a code or a document, merging codes, deleting a memo) first saves
what it removes as the domain's Stored… objects, every column of every row; its undo puts them
back as they were: the same ids, identities (UUIDs) and times, so that every other step on the
undo stack still finds its passages. Ids are never reused (sqlite_autoincrement; on PostgreSQL
an explicit id is below the sequence, which is left alone), so an old id is free unless another
program put the same rows back.

These are bulk statements, not ORM flushes: each logs itself in the change log
(db.changes.record), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from annotator.domain import (
    StoredCode,
    StoredCorrection,
    StoredDocument,
    StoredMemo,
    StoredParallelIndex,
    StoredPassage,
    StoredSegmentation,
)
from annotator.errors import UserError
from db.messages import Phrase
from db import changes
from db.models import Annotation, Base, Code, Document, EntityCorrection, Memo, ParallelIndex, Segmentation

Row = TypeVar("Row", StoredPassage, StoredMemo, StoredCode, StoredDocument, StoredSegmentation,
              StoredCorrection, StoredParallelIndex)

MODELS: dict[type, type[Base]] = {
    StoredPassage: Annotation, StoredMemo: Memo, StoredCode: Code, StoredDocument: Document,
    StoredSegmentation: Segmentation, StoredCorrection: EntityCorrection,
    StoredParallelIndex: ParallelIndex,
}
NOUNS = {StoredPassage: Phrase("phrase.stored.passages"), StoredMemo: Phrase("phrase.stored.memos"),
         StoredCode: Phrase("phrase.stored.codes"), StoredDocument: Phrase("phrase.stored.documents"),
         StoredSegmentation: Phrase("phrase.stored.segmentations"),
         StoredCorrection: Phrase("phrase.stored.corrections"),
         StoredParallelIndex: Phrase("phrase.stored.parallel_indexes")}
# Keys per statement: under SQLite's limit of bound parameters.
CHUNK = 5_000


def chunks(items: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for index in range(0, len(items), size):
        yield items[index:index + size]


def _key(kind: type) -> str:
    return "document_id" if kind in (StoredSegmentation, StoredParallelIndex) else "id"


def save(session: Session, kind: type[Row], *conditions: object) -> tuple[Row, ...]:
    """The rows of `kind`'s table that meet `conditions`, whole, in the order of their keys."""
    table = MODELS[kind].__table__
    columns = [table.c[field.name] for field in fields(kind)]
    statement = select(*columns).where(*conditions).order_by(table.c[_key(kind)])
    return tuple(kind(*row) for row in session.execute(statement))


def put_back(session: Session, writer: changes.Writer, rows: Sequence[Row]) -> None:
    """Insert saved rows (all of one kind, parents before children) exactly as they were."""
    if not rows:
        return
    kind = type(rows[0])
    names = [field.name for field in fields(kind)]
    try:
        session.execute(insert(MODELS[kind].__table__),
                        [{name: getattr(row, name) for name in names} for row in rows])
    except IntegrityError as error:
        # Another program coded the same span again, or deleted what these rows belong to.
        first = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        raise UserError("stored.cannot_put_back_project_changed", things=NOUNS[kind],
                        first=first) from None
    _log(session, writer, rows, changes.ADDED)


def remove(session: Session, writer: changes.Writer, rows: Sequence[Row]) -> None:
    """Delete saved rows (all of one kind) by their keys; all of them or, if another program
    removed some meanwhile, none."""
    if not rows:
        return
    kind = type(rows[0])
    table = MODELS[kind].__table__
    key = table.c[_key(kind)]
    keys = [getattr(row, _key(kind)) for row in rows]
    removed = sum(session.execute(delete(table).where(key.in_(chunk))).rowcount
                  for chunk in chunks(keys))
    if removed != len(keys):
        raise UserError("stored.some_these_removed_meanwhile_nothing", things=NOUNS[kind])
    _log(session, writer, rows, changes.REMOVED)


# The change log's kind per row kind; a segmentation is logged as a change of its document.
LOG_KINDS: dict[type, str] = {
    StoredMemo: "memo", StoredCode: "code", StoredDocument: "document",
    StoredSegmentation: "document", StoredCorrection: "entity", StoredParallelIndex: "index",
}


def _log(session: Session, writer: changes.Writer, rows: Sequence[Row], action: str) -> None:
    kind = type(rows[0])
    if kind is StoredPassage:
        # Per document: a window reloads the passages of the documents named.
        for document_id in sorted({row.document_id for row in rows}):
            changes.record(session, writer, "passage", action, document_id=document_id)
        return
    for row in rows:
        entity_id = getattr(row, _key(kind))
        document_id = entity_id if kind is StoredDocument else getattr(row, "document_id", None)
        changes.record(session, writer, LOG_KINDS[kind], action, entity_id=entity_id,
                       document_id=document_id)
