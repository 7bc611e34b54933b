"""What other programs changed in a project: read from the change log, no Qt.

The window asks about once a second (`ChangeWatcher.poll`) and reloads only what changed. The
log's ids grow with every write; on PostgreSQL two transactions may commit in the other order
than their ids were given, so the watcher looks back over a window of recent ids and skips the
ones it has seen, rather than trusting "everything below the highest id seen".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from db.models import Change

# How far back each poll looks for changes that committed late (ids below the highest seen).
LOOK_BACK = 500


@dataclass(frozen=True)
class ChangeSummary:
    """What others changed since the last poll, grouped as a window reloads it."""

    passages_in: frozenset[int] = frozenset()  # documents whose passages changed
    all_passages: bool = False  # a change to passages of unknown documents (bulk)
    codes: bool = False
    documents: bool = False  # list, metadata, texts or segmentation
    memos: bool = False
    words: bool = False
    settings: bool = False
    entities: bool = False  # entity corrections (kinds, added and rejected entities)
    coders: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.passages_in or self.all_passages or self.codes or self.documents
                    or self.memos or self.words or self.settings or self.entities)


def summarise(rows: Iterable[tuple[str, int | None, str]]) -> ChangeSummary:
    """(kind, document id, coder) of change-log rows, as a ChangeSummary."""
    passages_in: set[int] = set()
    flags = dict(all_passages=False, codes=False, documents=False, memos=False, words=False,
                 settings=False, entities=False)
    coders: set[str] = set()
    for kind, document_id, coder in rows:
        if coder:
            coders.add(coder)
        if kind == "passage":
            if document_id is None:
                flags["all_passages"] = True
            else:
                passages_in.add(document_id)
        elif kind == "code":
            flags["codes"] = True
        elif kind == "document":
            flags["documents"] = True
        elif kind == "memo":
            flags["memos"] = True
        elif kind == "word":
            flags["words"] = True
        elif kind == "setting":
            flags["settings"] = True
        elif kind == "entity":
            flags["entities"] = True
    return ChangeSummary(frozenset(passages_in), coders=frozenset(coders), **flags)


class ChangeWatcher:
    """Reads the changes other programs made to a project since the last look."""

    def __init__(self, engine: Engine, client_id: str) -> None:
        self._engine = engine
        self._client = client_id
        with engine.connect() as connection:
            self._highest = connection.scalar(select(func.max(Change.id))) or 0
            # What is already there counts as seen, late commits included.
            self._seen: set[int] = set(connection.scalars(
                select(Change.id).where(Change.id > self._highest - LOOK_BACK)))

    def poll(self) -> ChangeSummary:
        """Everything written by others since the last poll (changes of this client skipped)."""
        low = max(self._highest - LOOK_BACK, 0)
        with self._engine.connect() as connection:
            # The ids of the window first (an index read), whole rows only for those not seen
            # yet: a poll a second read 500 rows each time, and a tag that met it waited.
            unseen = [key for key in connection.scalars(select(Change.id).where(Change.id > low))
                      if key not in self._seen]
            rows = connection.execute(
                select(Change.id, Change.client, Change.kind, Change.document_id, Change.coder)
                .where(Change.id.in_(unseen)).order_by(Change.id)
            ).all() if unseen else []
        fresh = rows
        for row in fresh:
            self._seen.add(row.id)
            self._highest = max(self._highest, row.id)
        # Forget what fell out of the window, so the set stays small.
        self._seen = {seen for seen in self._seen if seen > self._highest - LOOK_BACK}
        return summarise((row.kind, row.document_id, row.coder) for row in fresh
                         if row.client != self._client)
