"""Plain domain objects that services hand out: widgets and the CLI never hold live ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


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
