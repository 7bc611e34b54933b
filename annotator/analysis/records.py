"""The plain data the analyses read: passages, documents and codes as the caller loaded them.

Frozen, slotted dataclasses with nothing but values, so that a service can build a hundred
thousand of them cheaply from one query and hand them to any analysis. The field names match
`annotator.domain.Passage` where the two overlap, so a domain passage can be passed as well.
Offsets are [start, end) in code points of the stored text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PassageRecord:
    """One coded passage: `document` is the document's title, `coder` the coder's name."""

    id: int
    document_id: int
    document: str
    code_id: int
    code_path: str
    start: int
    end: int
    coder: str
    text: str = ""
    memo: str = ""
    created_at: datetime | None = None  # timezone-aware
    updated_at: datetime | None = None  # timezone-aware


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document: `length` is its stored text's length in code points."""

    id: int
    title: str
    length: int
    author: str = ""
    date: str = ""
    source_ref: str = ""


@dataclass(frozen=True, slots=True)
class CodeRecord:
    """A code: `path` is "parent/child" from the root, `color` "#RRGGBB"."""

    id: int
    path: str
    parent_id: int | None = None
    color: str = "#000000"
    description: str = ""


@dataclass(frozen=True, slots=True)
class MemoRecord:
    """A memo of the project (on a document, a code or neither), for the workbook."""

    id: int
    title: str
    text: str
    coder: str
    document: str | None = None  # the document's title, if the memo is on one
    code_path: str | None = None  # the code's path, if the memo is on one
    created_at: datetime | None = None  # timezone-aware
    updated_at: datetime | None = None  # timezone-aware


def select_passages(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord] | None = None,
) -> list[PassageRecord]:
    """The passages of the documents (and codes) given, as a list: an analysis covers the
    documents and codes it is given, so a passage of another document or code is left out.
    A passage that does not lie inside its document is an error in the caller's data (an
    analysis over it would print wrong numbers silently): ValueError naming it."""
    lengths = {document.id: document.length for document in documents}
    code_ids = None if codes is None else {code.id for code in codes}
    checked = []
    for passage in passages:
        length = lengths.get(passage.document_id)
        if length is None or (code_ids is not None and passage.code_id not in code_ids):
            continue
        if not 0 <= passage.start < passage.end <= length:
            raise ValueError(
                f"passage {passage.id}: [{passage.start}, {passage.end}) is not a non-empty range "
                f"inside document {passage.document_id} of {length} characters"
            )
        checked.append(passage)
    return checked


def code_families(codes: Sequence[CodeRecord], include_subcodes: bool = True) -> dict[int, frozenset[int]]:
    """Each code's id mapped to its own id and those of all its sub-codes among `codes`, at
    any depth (what "with sub-codes folded in" counts); to its own id alone if not
    `include_subcodes`."""
    if not include_subcodes:
        return {code.id: frozenset((code.id,)) for code in codes}
    children: dict[int | None, list[int]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code.id)
    families: dict[int, frozenset[int]] = {}
    for code in codes:
        family = {code.id}
        stack = list(children.get(code.id, ()))
        while stack:
            child = stack.pop()
            if child not in family:  # a cycle in bad data must not loop forever
                family.add(child)
                stack.extend(children.get(child, ()))
        families[code.id] = frozenset(family)
    return families
