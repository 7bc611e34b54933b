"""Code-by-document matrix: how much each code was used in each document.

`code_document_matrix` counts, for every code (rows, in the order given) and document
(columns, in the order given), either

- ``"passages"``: the number of passages coded with exactly that code in that document, or
- ``"characters"``: the number of characters coded with it there, the union of those passages'
  ranges (two overlapping passages of [0, 10) and [5, 15) cover 15 characters, not 20),

optionally with sub-codes folded in (a parent's cell then also counts its sub-codes' passages,
at any depth; its characters are the union of them all).

Totals count each passage and each character once, so they never exceed what the documents
hold: a document's total is the number of passages in it (of any code listed), or the
characters covered by any of them; a code's total is the sum of its row (documents do not
share characters); the grand total is the sum of the documents' totals. Without folding and
counting passages, every total is also the plain sum of its row or column; with folding or
characters, a column's total can be less than its sum (a passage counted under a code and its
parent, or characters two codes share, count once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from annotator.analysis.intervals import Range, covered, merge
from annotator.analysis.records import (
    CodeRecord, DocumentRecord, PassageRecord, code_families, select_passages,
)

Measure = Literal["passages", "characters"]


@dataclass(frozen=True)
class CodeDocumentMatrix:
    """`cells[i][j]` is code `codes[i]` in document `documents[j]`."""

    codes: tuple[CodeRecord, ...]
    documents: tuple[DocumentRecord, ...]
    measure: Measure
    include_subcodes: bool
    cells: tuple[tuple[int, ...], ...]
    code_totals: tuple[int, ...]  # the total column, one per code
    document_totals: tuple[int, ...]  # the total row, one per document
    total: int


def code_document_matrix(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord],
    *,
    measure: Measure = "passages",
    include_subcodes: bool = False,
) -> CodeDocumentMatrix:
    """The matrix described in the module docstring. Raises ValueError for a passage outside
    the documents or codes given, or an unknown measure."""
    if measure not in ("passages", "characters"):
        raise ValueError(f"unknown measure {measure!r}: 'passages' or 'characters'")
    checked = select_passages(passages, documents, codes)
    # Ranges of each exact code in each document, and of all codes in each document.
    ranges: dict[tuple[int, int], list[Range]] = defaultdict(list)
    everything: dict[int, list[Range]] = defaultdict(list)
    for passage in checked:
        ranges[passage.code_id, passage.document_id].append((passage.start, passage.end))
        everything[passage.document_id].append((passage.start, passage.end))
    families = code_families(codes, include_subcodes)

    def amount(found: list[Range]) -> int:
        return len(found) if measure == "passages" else covered(merge(found))

    cells = []
    for code in codes:
        row = []
        for document in documents:
            found: list[Range] = []
            for member in families[code.id]:
                found.extend(ranges.get((member, document.id), ()))
            row.append(amount(found))
        cells.append(tuple(row))
    document_totals = tuple(amount(everything.get(document.id, [])) for document in documents)
    return CodeDocumentMatrix(
        codes=tuple(codes),
        documents=tuple(documents),
        measure=measure,
        include_subcodes=include_subcodes,
        cells=tuple(cells),
        code_totals=tuple(sum(row) for row in cells),
        document_totals=document_totals,
        total=sum(document_totals),
    )
