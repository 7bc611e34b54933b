"""Plain domain objects that services hand out: widgets and the CLI never hold live ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple
from uuid import UUID


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


class Mark(NamedTuple):
    """Where a passage is and which code it has: all the reading view needs to paint it.
    (A tuple: a volume has tens of thousands, made in one go when it opens.)"""

    id: int
    start: int
    end: int
    code_id: int


@dataclass(frozen=True)
class PassageFilter:
    """Which passages to list or export; empty fields match everything."""

    document_ids: tuple[int, ...] = ()
    code_ids: tuple[int, ...] = ()
    include_child_codes: bool = True
    coders: tuple[str, ...] = ()
    text_contains: str = ""


@dataclass(frozen=True)
class SearchHit:
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
