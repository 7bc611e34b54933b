"""Code-by-document matrix: passages or characters, with or without sub-codes, and totals."""

from __future__ import annotations

import pytest

from annotator.analysis.matrix import code_document_matrix
from annotator.analysis.records import DocumentRecord
from tests.analysis.conftest import passage

LETTER = DocumentRecord(10, "毛致斯大林電", 100)
MINUTES = DocumentRecord(11, "會談記錄", 50)


@pytest.fixture
def coded(codebook):
    c = codebook
    return [
        passage(LETTER, c["diplomacy"], 0, 10),
        passage(LETTER, c["diplomacy"], 5, 15, "王"),  # overlaps the first: 15 characters, not 20
        passage(LETTER, c["treaty"], 12, 20),
        passage(LETTER, c["draft"], 40, 42),
        passage(MINUTES, c["security"], 0, 5),
        passage(MINUTES, c["treaty"], 3, 8),
    ]


def test_passages_with_exactly_each_code_and_totals(codebook, coded) -> None:
    matrix = code_document_matrix(coded, [LETTER, MINUTES], list(codebook.values()))
    assert matrix.cells == ((2, 0), (1, 1), (1, 0), (0, 1))
    assert matrix.code_totals == (2, 2, 1, 1)
    assert matrix.document_totals == (4, 2)
    assert matrix.total == 6


def test_characters_are_the_union_of_a_codes_passages(codebook, coded) -> None:
    matrix = code_document_matrix(coded, [LETTER, MINUTES], list(codebook.values()), measure="characters")
    assert matrix.cells == ((15, 0), (8, 5), (2, 0), (0, 5))
    assert matrix.code_totals == (15, 13, 2, 5)
    # The letter: [0, 20) and [40, 42) coded; the minutes: [0, 8). Shared characters count once.
    assert matrix.document_totals == (22, 8)
    assert matrix.total == 30


def test_sub_codes_folded_in_count_under_every_ancestor(codebook, coded) -> None:
    codes = list(codebook.values())
    passages = code_document_matrix(coded, [LETTER, MINUTES], codes, include_subcodes=True)
    assert passages.cells == ((4, 1), (2, 1), (1, 0), (0, 1))
    assert passages.document_totals == (4, 2)  # each passage once, though under two or three codes
    characters = code_document_matrix(coded, [LETTER, MINUTES], codes, measure="characters",
                                      include_subcodes=True)
    assert characters.cells == ((22, 5), (10, 5), (2, 0), (0, 5))
    assert characters.document_totals == (22, 8)


def test_rows_and_columns_follow_the_order_given(codebook, coded) -> None:
    codes = [codebook["security"], codebook["diplomacy"]]
    in_order = [p for p in coded if p.code_id in {code.id for code in codes}]
    matrix = code_document_matrix(in_order, [MINUTES, LETTER], codes)
    assert [code.path for code in matrix.codes] == ["security", "diplomacy"]
    assert matrix.cells == ((1, 0), (0, 2))


def test_passages_of_other_documents_or_codes_are_left_out(codebook) -> None:
    codes = [codebook["security"]]
    coded = [passage(MINUTES, codebook["security"], 0, 1), passage(LETTER, codebook["security"], 0, 1),
             passage(MINUTES, codebook["diplomacy"], 0, 1)]
    matrix = code_document_matrix(coded, [MINUTES], codes)
    assert matrix.cells == ((1,),) and matrix.total == 1


def test_a_passage_outside_its_document_is_refused(codebook) -> None:
    codes = list(codebook.values())
    with pytest.raises(ValueError, match=r"\[40, 51\) is not a non-empty range inside document 11 of 50"):
        code_document_matrix([passage(MINUTES, codebook["security"], 40, 51)], [LETTER, MINUTES], codes)
    with pytest.raises(ValueError, match="not a non-empty range"):
        code_document_matrix([passage(MINUTES, codebook["security"], 3, 3)], [LETTER, MINUTES], codes)
    with pytest.raises(ValueError, match="unknown measure"):
        code_document_matrix([], [MINUTES], codes, measure="words")  # type: ignore[arg-type]
