"""The change log: every write appends what it changed, in the same transaction.

Objects written through the ORM are logged by a flush listener, so no service can forget it;
bulk statements (one UPDATE for many rows) are logged with `record`. Another window reads the
log (db.watch) and reloads just what changed; a team server can notify its clients from it.
"""

from __future__ import annotations

import weakref
from typing import Protocol

from sqlalchemy import event, insert
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    Annotation,
    Change,
    Code,
    DictionaryWord,
    Document,
    EntityCorrection,
    Memo,
    ParallelIndex,
    Segmentation,
    Setting,
)
from db.types import utc_now

ADDED, CHANGED, REMOVED = "added", "changed", "removed"


class Writer(Protocol):
    """What the log needs to know of the program writing: the open Project."""

    client_id: str
    coder: str


def _entry(target: object) -> tuple[str, int | None, int | None] | None:
    """(kind, entity id, document id) of a written object; None for what is not logged."""
    if isinstance(target, Annotation):
        return "passage", target.id, target.document_id
    if isinstance(target, Code):
        return "code", target.id, None
    if isinstance(target, Document):
        return "document", target.id, target.id
    if isinstance(target, Segmentation):
        return "document", target.document_id, target.document_id
    if isinstance(target, Memo):
        return "memo", target.id, target.document_id
    if isinstance(target, DictionaryWord):
        return "word", target.id, None
    if isinstance(target, Setting):
        return "setting", None, None
    if isinstance(target, EntityCorrection):
        return "entity", target.id, target.document_id
    if isinstance(target, ParallelIndex):
        # Derived data: logged so that a team server sees every write; windows ignore it.
        return "index", target.document_id, target.document_id
    return None


def track_changes(factory: sessionmaker[Session], writer: Writer) -> None:
    """Log every object the sessions of `factory` flush."""
    # Held weakly: SQLAlchemy keeps the listener in a WeakKeyDictionary keyed by the factory's
    # Session class, and a listener holding the Project (which holds the factory, which holds
    # that class) kept every closed Project alive, its segmenter's dictionary (some 60 MB) too.
    writer_ref = weakref.ref(writer)

    def after_flush(session: Session, _context: object) -> None:
        writer = writer_ref()
        if writer is None:
            return
        rows = []
        for action, targets in ((ADDED, session.new), (REMOVED, session.deleted),
                                (CHANGED, [t for t in session.dirty if session.is_modified(t)])):
            for target in targets:
                entry = _entry(target)
                if entry is not None:
                    rows.append(_row(writer, entry[0], action, entry[1], entry[2]))
        if rows:
            session.connection().execute(insert(Change), rows)

    event.listen(factory, "after_flush", after_flush)


def record(session: Session, writer: Writer, kind: str, action: str, *,
           entity_id: int | None = None, document_id: int | None = None) -> None:
    """Log a change made by a bulk statement (entity_id None: many of that kind)."""
    session.connection().execute(insert(Change), [_row(writer, kind, action, entity_id, document_id)])


def entry(writer: Writer, kind: str, action: str) -> dict:
    """A log entry's columns but its entity and document ids: for a statement that writes the
    entry beside the row it logs (db.queries.insert_passage_logged)."""
    return {"at": utc_now(), "client": writer.client_id, "coder": writer.coder or "", "kind": kind,
            "action": action}


def _row(writer: Writer, kind: str, action: str, entity_id: int | None, document_id: int | None) -> dict:
    return {**entry(writer, kind, action), "entity_id": entity_id, "document_id": document_id}
