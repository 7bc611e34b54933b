"""Per code: how much it was used, by how many coders, in how many documents.

`code_summaries` gives one row per code, in the order given: its path, colour and description,
the number of passages coded with it, of documents with at least one of them, the coders who
applied it (names, sorted) and the characters coded (per document the union of its passages'
ranges, summed over documents), exactly the code or with sub-codes folded in (as in
`annotator.analysis.matrix`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.analysis.intervals import Range, covered, merge
from annotator.analysis.records import (
    CodeRecord, DocumentRecord, PassageRecord, code_families, select_passages,
)


@dataclass(frozen=True)
class CodeSummary:
    code_id: int
    path: str
    color: str
    description: str
    passages: int
    documents: int
    coders: tuple[str, ...]
    characters: int


def code_summaries(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord],
    *,
    include_subcodes: bool = False,
) -> list[CodeSummary]:
    checked = select_passages(passages, documents, codes)
    by_code: dict[int, list[PassageRecord]] = defaultdict(list)
    for passage in checked:
        by_code[passage.code_id].append(passage)
    families = code_families(codes, include_subcodes)
    summaries = []
    for code in codes:
        found = [passage for member in families[code.id] for passage in by_code.get(member, ())]
        per_document: dict[int, list[Range]] = defaultdict(list)
        for passage in found:
            per_document[passage.document_id].append((passage.start, passage.end))
        summaries.append(CodeSummary(
            code_id=code.id,
            path=code.path,
            color=code.color,
            description=code.description,
            passages=len(found),
            documents=len(per_document),
            coders=tuple(sorted({passage.coder for passage in found})),
            characters=sum(covered(merge(ranges)) for ranges in per_document.values()),
        ))
    return summaries
