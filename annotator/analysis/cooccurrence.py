"""Code co-occurrence: how often passages of two codes overlap in the same document.

The count for codes A and B is the number of pairs (a passage coded A, a passage coded B) in
the same document that share at least one character ([0, 5) and [5, 9) touch but do not
overlap). This is how we read the "intersection of codes" of MAXQDA's Code Relations Browser,
whose cells count the segments coded with both codes: each overlapping pair of coded segments
makes one such intersection. The table is symmetric (A with B is B with A). On the diagonal,
A with A counts the pairs of two different passages of A that overlap (two coders marking the
same words, say); a passage never pairs with itself.

Codes are exact: a passage coded with a sub-code counts for the sub-code only. One sweep per
document over the passages sorted by start, keeping how many passages of each code are still
open, so the cost grows with the passages and the codes open at once, not with the pairs.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.analysis.records import CodeRecord, DocumentRecord, PassageRecord, select_passages


@dataclass(frozen=True)
class CoOccurrence:
    """`counts[i][j]` is the number of overlapping pairs of `codes[i]` and `codes[j]`."""

    codes: tuple[CodeRecord, ...]
    counts: tuple[tuple[int, ...], ...]


def cooccurrence(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord],
) -> CoOccurrence:
    """The co-occurrence table of `codes` (in the order given) over the passages given.
    Raises ValueError for a passage outside the documents or codes given."""
    checked = select_passages(passages, documents, codes)
    index = {code.id: position for position, code in enumerate(codes)}
    counts = [[0] * len(codes) for _ in codes]
    by_document: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for passage in checked:
        by_document[passage.document_id].append((passage.start, passage.end, index[passage.code_id]))
    for spans in by_document.values():
        spans.sort()
        open_ends: list[tuple[int, int]] = []  # (end, code) of passages begun and not yet ended
        open_codes: dict[int, int] = {}  # code -> how many of its passages are open
        for start, end, code in spans:
            while open_ends and open_ends[0][0] <= start:
                _, closed = heapq.heappop(open_ends)
                open_codes[closed] -= 1
                if not open_codes[closed]:
                    del open_codes[closed]
            # Every open passage began at or before `start` and ends after it: it overlaps.
            row = counts[code]
            for other, many in open_codes.items():
                row[other] += many
                if other != code:
                    counts[other][code] += many
            heapq.heappush(open_ends, (end, code))
            open_codes[code] = open_codes.get(code, 0) + 1
    return CoOccurrence(codes=tuple(codes), counts=tuple(tuple(row) for row in counts))
