"""Plain domain objects that services hand out: widgets and the CLI never hold live ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple
from uuid import UUID

from annotator.text.script import fold


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    title: str
    source_name: str
    encoding: str
    script: str
    presegmented: bool
    length: int
    text_sha256: str
    author: str
    date: str
    source_ref: str
    notes: str
    cleanup_report: str
    imported_at: datetime
    segments: int = 0
    sentences: int = 0
    passages: int = 0


@dataclass(frozen=True)
class CodeInfo:
    id: int
    name: str
    color: str
    description: str
    parent_id: int | None
    sort_order: int
    shortcut: str | None
    path: str  # "parent/child" names from the root, for display and export
    passages: int = 0


@dataclass(frozen=True)
class Passage:
    """An annotation as the user sees it: a coded span of a document."""

    id: int
    document_id: int
    document: str
    code_id: int
    code: str
    code_path: str
    color: str
    start: int
    end: int
    text: str
    memo: str
    coder: str
    created_at: datetime
    updated_at: datetime
    # The identity that survives undo, export and merging, when read (services.annotations
    # reads it for the passages an undo may restore, not for whole lists). Not compared: the
    # same passage read either way is equal.
    uuid: UUID | None = field(default=None, compare=False)


class Mark(NamedTuple):
    """Where a passage is and which code it has: all the reading view needs to paint it.
    (A tuple: a volume has tens of thousands, made in one go when it opens.)"""

    id: int
    start: int
    end: int
    code_id: int


@dataclass(frozen=True)
class PassageFilter:
    """Which passages to list or export; empty fields match everything.

    The one definition of what a filter lets through: `matches` is the rule, used by the
    passages panel for the passages that come and go while it is open; the service's query
    (annotator.services.annotations) asks the database for the same `document_ids`,
    `code_set` and `coders` and applies `mentions` to what comes back (folding scripts is
    not something SQL can do).
    """

    document_ids: tuple[int, ...] = ()
    code_ids: tuple[int, ...] = ()
    include_child_codes: bool = True
    coders: tuple[str, ...] = ()
    text_contains: str = ""

    def code_set(self, parent_of: Mapping[int, int | None]) -> frozenset[int] | None:
        """The codes a passage may have (None: any): those chosen and, unless left out, every
        code below them; `parent_of` maps each code of the codebook to its parent."""
        if not self.code_ids:
            return None
        wanted = set(self.code_ids)
        if self.include_child_codes:
            children: dict[int | None, list[int]] = {}
            for code_id, parent_id in parent_of.items():
                children.setdefault(parent_id, []).append(code_id)
            waiting = list(wanted)
            while waiting:
                for child in children.get(waiting.pop(), ()):
                    if child not in wanted:
                        wanted.add(child)
                        waiting.append(child)
        return frozenset(wanted)

    def mentions(self, text: str, memo: str) -> bool:
        """The free-text part, in either script: 毛泽东 matches a passage reading 毛澤東."""
        if not self.text_contains:
            return True
        needle = fold(self.text_contains).casefold()
        return needle in fold(text).casefold() or needle in fold(memo).casefold()

    def matches(self, passage: Passage, code_set: frozenset[int] | None) -> bool:
        """Whether the filter lets `passage` through; `code_set` is what `code_set` gave for
        the codebook as it is now (computed once for many passages)."""
        return ((not self.document_ids or passage.document_id in self.document_ids)
                and (code_set is None or passage.code_id in code_set)
                and (not self.coders or passage.coder in self.coders)
                and self.mentions(passage.text, passage.memo))


class SearchHit(NamedTuple):
    """One match of a search with its context. A named tuple, not a frozen dataclass: a search
    of ten volumes makes 60,000 of them, and a frozen dataclass's __init__ (one
    object.__setattr__ per field) cost four times as much as the tuple."""

    document_id: int
    document: str
    start: int
    end: int
    match: str
    context_before: str
    context_after: str


@dataclass(frozen=True)
class SearchResults:
    """The first hits of a search, with their contexts, and how many hits there are in all."""

    hits: tuple[SearchHit, ...]
    total: int

    @property
    def complete(self) -> bool:
        """Whether `hits` holds every hit (else only the first of `total`)."""
        return len(self.hits) == self.total


@dataclass(frozen=True)
class MemoInfo:
    id: int
    document_id: int | None
    code_id: int | None
    title: str
    text: str
    coder: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ImportResult:
    document: DocumentInfo
    cleanup: dict[str, int] = field(default_factory=dict)


# -- what an undo puts back ----------------------------------------------------------------------
# Rows as stored, every column, so that undoing a deletion restores them exactly: the same ids
# (never reused: db.models), identities and times. Field names are the columns' names.


@dataclass(frozen=True)
class StoredPassage:
    id: int
    uuid: UUID
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    quote: str
    memo: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredMemo:
    id: int
    uuid: UUID
    document_id: int | None
    code_id: int | None
    coder_id: int | None
    title: str
    text: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredCode:
    id: int
    uuid: UUID
    name: str
    name_key: str
    color: str
    description: str
    parent_id: int | None
    sort_order: int
    shortcut: str | None
    created_at: datetime


# -- reading across sources: entity corrections, the timeline, parallel passages ----------------
# (The entities themselves are annotator.text.entities' EntityMention and EntitySummary.)


@dataclass(frozen=True)
class EntityCorrection:
    """A user's correction of the entities found. ``document_id`` None: ``kind`` holds for
    every mention of ``text`` (a folded text) in every document ("rejected": it is no entity);
    else the span [start, end) of that document is an entity the user added with ``kind``, or
    a mention rejected there."""

    id: int
    uuid: UUID
    document_id: int | None
    text: str
    kind: str
    start: int | None
    end: int | None
    coder: str
    created_at: datetime


@dataclass(frozen=True)
class StoredDocument:
    id: int
    uuid: UUID
    title: str
    source_name: str
    encoding: str
    script: str
    presegmented: bool
    length: int
    text_sha256: str
    author: str
    date: str
    source_ref: str
    notes: str
    cleanup_report: str
    imported_at: datetime
    # Megabytes, kept out of reprs (an error message, a test's report).
    text: str = field(repr=False)
    folded_text: str = field(repr=False)
    traditional_text: str = field(repr=False)


@dataclass(frozen=True)
class StoredSegmentation:
    document_id: int
    method: str
    word_boundaries: bytes = field(repr=False)
    sentence_boundaries: bytes = field(repr=False)
    created_at: datetime


@dataclass(frozen=True)
class CodeDeletion:
    """A deleted code with its sub-codes (parents first), their passages and their memos."""

    codes: tuple[StoredCode, ...]
    passages: tuple[StoredPassage, ...] = ()
    memos: tuple[StoredMemo, ...] = ()


@dataclass(frozen=True)
class CodeMerge:
    """Everything a merge of `source` into the code `target_id` changed, to undo it exactly."""

    source: StoredCode
    target_id: int
    moved: tuple[int, ...]  # the source's passages, re-coded to the target
    twins: tuple[StoredPassage, ...]  # the source's passages the target had already: deleted
    memos_copied: tuple[tuple[int, str], ...]  # (target passage, its memo before) given a twin's memo
    children: tuple[tuple[int, int], ...]  # (sub-code, its sort order) moved under the target
    memos: tuple[int, ...]  # the source's memos, moved to the target
    description: str | None  # the target's description before, when the source's was copied

    @property
    def passages(self) -> int:
        """How many of the source's passages the target now holds."""
        return len(self.moved) + len(self.twins)


@dataclass(frozen=True)
class StoredCorrection:
    """An entity correction's row (db.models.EntityCorrection)."""

    id: int
    uuid: UUID
    document_id: int | None
    folded_text: str
    kind: str
    start: int | None
    end: int | None
    coder_id: int
    created_at: datetime


@dataclass(frozen=True)
class StoredParallelIndex:
    """A document's parallel-passage index row: derived data, but put back with its document so
    that an undone deletion costs no rebuild."""

    document_id: int
    format: str
    created_at: datetime
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class DocumentDeletion:
    """A deleted document: its row (text and identity), segmentation, passages, memos, entity
    corrections and parallel-passage index."""

    document: StoredDocument
    segmentation: StoredSegmentation | None
    passages: tuple[StoredPassage, ...] = ()
    memos: tuple[StoredMemo, ...] = ()
    corrections: tuple[StoredCorrection, ...] = ()
    parallel_index: StoredParallelIndex | None = None


@dataclass(frozen=True)
class MetadataEdit:
    """A change to a document's details: the fields changed, before and after."""

    document: DocumentInfo  # as it is now
    old: Mapping[str, str]
    new: Mapping[str, str]


@dataclass(frozen=True)
class CorrectionChange:
    """What one correction call changed, for its undo: the correction it made (None when it
    removed one) and the one it replaced or removed (None when there was none)."""

    made: EntityCorrection | None
    replaced: EntityCorrection | None


@dataclass(frozen=True)
class TimelineDate:
    """A date mention of a document (annotator.text.dates.DateMention) placed in it.
    ``normalized`` is ISO 8601 ('1949-12-16', '1949-12', '1949' by ``precision``), None when
    the year is not known; ``first_day`` and ``last_day`` are the days it covers."""

    document_id: int
    document: str
    start: int
    end: int
    text: str
    normalized: str | None
    precision: str
    calendar: str
    era: str | None = None
    julian: str | None = None

    @property
    def first_day(self) -> date | None:
        if self.normalized is None:
            return None
        year, month, day = (self.normalized.split("-") + ["", ""])[:3]
        return date(int(year), int(month or 1), int(day or 1))

    @property
    def last_day(self) -> date | None:
        first = self.first_day
        if first is None or self.precision == "day":
            return first
        if self.precision == "month":
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date(first.year, 12, 31)


@dataclass(frozen=True)
class DatedPassage:
    """A coded passage on the timeline: the dates it contains (``near`` False), or else the
    nearest date in its sentence or the sentence before (``near`` True, one date)."""

    passage: Passage
    dates: tuple[TimelineDate, ...]
    near: bool


@dataclass(frozen=True)
class Timeline:
    """Every date mention of every document, in document and text order, and every coded
    passage that contains or is near a dated one."""

    dates: tuple[TimelineDate, ...]
    passages: tuple[DatedPassage, ...]


@dataclass(frozen=True)
class ParallelResult:
    """A passage of another document (or elsewhere in the query's own) that tells what the
    query tells: [start, end) of document ``document_id``, scoring 0 to 1 (1: a copy)."""

    document_id: int
    document: str
    start: int
    end: int
    score: float
    text: str


@dataclass(frozen=True)
class ComparedPassage:
    document_id: int
    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CollationSegment:
    """Aligned stretches of two compared passages, at stored offsets of each document: a's
    [a_start, a_end) and b's [b_start, b_end), one of them empty for ``deleted`` (a's
    characters b lacks) and ``inserted`` (b's characters a lacks); ``equal`` or ``replaced``
    otherwise (annotator.text.collation.Difference)."""

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Comparison:
    """Two passages side by side: segments cover both, in order."""

    a: ComparedPassage
    b: ComparedPassage
    segments: tuple[CollationSegment, ...]
