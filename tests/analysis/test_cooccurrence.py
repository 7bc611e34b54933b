"""Co-occurrence: overlapping pairs of passages of two codes in the same document."""

from __future__ import annotations

import random

from annotator.analysis.cooccurrence import cooccurrence
from annotator.analysis.records import DocumentRecord
from tests.analysis.conftest import passage

LETTER = DocumentRecord(10, "毛致斯大林電", 100)
MINUTES = DocumentRecord(11, "會談記錄", 50)


def test_overlapping_pairs_are_counted_once_and_symmetrically(codebook) -> None:
    c = codebook
    codes = [c["diplomacy"], c["treaty"], c["security"]]
    coded = [
        passage(LETTER, c["diplomacy"], 0, 10),
        passage(LETTER, c["security"], 5, 7),  # overlaps diplomacy
        passage(LETTER, c["security"], 8, 12),  # overlaps diplomacy
        passage(LETTER, c["treaty"], 10, 11),  # touches diplomacy's end only: no; overlaps security
        passage(LETTER, c["diplomacy"], 9, 20, "王"),  # overlaps diplomacy, security [8, 12), treaty
        passage(MINUTES, c["treaty"], 0, 5),
        passage(MINUTES, c["security"], 30, 40),  # same document, no overlap
        passage(MINUTES, c["diplomacy"], 5, 8),  # touches treaty: no
    ]
    table = cooccurrence(coded, [LETTER, MINUTES], codes)
    assert table.counts == (
        (1, 1, 3),  # diplomacy with itself: the two coders' passages overlap once
        (1, 0, 1),
        (3, 1, 0),
    )


def test_passages_in_different_documents_never_co_occur(codebook) -> None:
    c = codebook
    coded = [passage(LETTER, c["diplomacy"], 0, 10), passage(MINUTES, c["security"], 0, 10)]
    assert cooccurrence(coded, [LETTER, MINUTES], [c["diplomacy"], c["security"]]).counts == ((0, 0), (0, 0))


def test_the_sweep_counts_what_comparing_every_pair_counts(codebook) -> None:
    generator = random.Random(8)
    codes = list(codebook.values())
    coded = []
    for _ in range(300):
        document = generator.choice([LETTER, MINUTES])
        start = generator.randrange(document.length - 1)
        end = generator.randint(start + 1, min(document.length, start + 15))
        coded.append(passage(document, generator.choice(codes), start, end))
    expected = [[0] * len(codes) for _ in codes]
    index = {code.id: i for i, code in enumerate(codes)}
    for i, first in enumerate(coded):
        for second in coded[i + 1:]:
            if first.document_id == second.document_id and first.start < second.end and second.start < first.end:
                a, b = index[first.code_id], index[second.code_id]
                expected[a][b] += 1
                if a != b:
                    expected[b][a] += 1
    assert cooccurrence(coded, [LETTER, MINUTES], codes).counts == tuple(map(tuple, expected))
