"""Plain domain objects that services hand out: widgets and the CLI never hold live ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
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
class DocumentDeletion:
    """A deleted document: its row (text and identity), segmentation, passages and memos."""

    document: StoredDocument
    segmentation: StoredSegmentation | None
    passages: tuple[StoredPassage, ...] = ()
    memos: tuple[StoredMemo, ...] = ()


@dataclass(frozen=True)
class MetadataEdit:
    """A change to a document's details: the fields changed, before and after."""

    document: DocumentInfo  # as it is now
    old: Mapping[str, str]
    new: Mapping[str, str]
