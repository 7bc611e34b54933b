"""Agreement per character: hand-computed cases, the `krippendorff` package, degenerate cases."""

from __future__ import annotations

import random
from collections import Counter

import krippendorff
import pytest

from annotator.analysis.agreement import (
    Contingency, Stretch, agreement, cohen_kappa, disagreements, krippendorff_alpha, percent_agreement,
)
from annotator.analysis.records import DocumentRecord
from tests.analysis.conftest import passage

LETTER = DocumentRecord(10, "毛致斯大林電", 10)
NOTE = DocumentRecord(11, "批示", 4)


def rows_by(rows):
    return {(row.code, row.document, row.coders): row for row in rows}


@pytest.fixture
def two_coders(codebook):
    c = codebook
    return [
        passage(LETTER, c["diplomacy"], 0, 4, "李"),
        passage(LETTER, c["diplomacy"], 2, 6, "王"),
        passage(NOTE, c["diplomacy"], 0, 4, "李"),
        passage(NOTE, c["diplomacy"], 0, 1, "王"),
        passage(NOTE, c["diplomacy"], 1, 2, "王"),  # touches the one before: [0, 2) for 王
    ]


def test_hand_computed_document_rows(codebook, two_coders) -> None:
    rows = rows_by(agreement(two_coders, [LETTER, NOTE], [codebook["diplomacy"]]))
    letter = rows["diplomacy", "毛致斯大林電", ("李", "王")]
    # 李 [0, 4), 王 [2, 6) of 10: both 2, only 李 2, only 王 2, neither 4.
    assert letter.table == Contingency(2, 2, 2, 4)
    assert letter.agreement == pytest.approx(60.0)
    # Pe = 0.4 * 0.4 + 0.6 * 0.6 = 0.52; kappa = (0.6 - 0.52) / 0.48 = 1/6.
    assert letter.kappa == pytest.approx(1 / 6)
    # n = 20 values, 8 applied, 12 not, 4 disagreeing units: 1 - 19 * 4 / (8 * 12) = 5/24.
    assert letter.alpha == pytest.approx(5 / 24)
    note = rows["diplomacy", "批示", ("李", "王")]
    assert note.table == Contingency(2, 2, 0, 0)
    assert note.agreement == pytest.approx(50.0)
    assert note.kappa == pytest.approx(0.0)  # Po = Pe = 0.5
    assert note.alpha == pytest.approx(1 - 7 * 2 / (6 * 2))


def test_totals_pool_the_tables_of_the_documents(codebook, two_coders) -> None:
    rows = rows_by(agreement(two_coders, [LETTER, NOTE], [codebook["diplomacy"]]))
    total = rows["diplomacy", None, ("李", "王")]
    assert total.document_id is None
    assert total.table == Contingency(4, 4, 2, 4)
    assert total.characters == 14
    # Weighted by length: (60 * 10 + 50 * 4) / 14.
    assert total.agreement == pytest.approx((60 * 10 + 50 * 4) / 14)
    # On the pooled table: a = 8, b = 6; N^2 = 196, chance = 8*6 + 6*8 = 96; (14*8 - 96) / 100.
    assert total.kappa == pytest.approx(0.16)
    assert total.alpha == pytest.approx(1 - 27 * 6 / (14 * 14))
    assert total.as_json() == {
        "code": "diplomacy", "document": None, "coders": ["李", "王"],
        "agreement": total.agreement, "kappa": total.kappa, "alpha": total.alpha, "characters": 14,
    }


def test_kappa_is_not_qualcoders_yes_times_no(codebook, two_coders) -> None:
    letter = rows_by(agreement(two_coders, [LETTER], [codebook["diplomacy"]]))["diplomacy", "毛致斯大林電", ("李", "王")]
    wrong_chance = 0.4 * 0.6
    assert letter.kappa != pytest.approx((0.6 - wrong_chance) / (1 - wrong_chance))


def per_character(document, ranges_a, ranges_b):
    a = [int(any(start <= i < end for start, end in ranges_a)) for i in range(document.length)]
    b = [int(any(start <= i < end for start, end in ranges_b)) for i in range(document.length)]
    return a, b


def kappa_one_by_one(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[v] / n * cb[v] / n for v in (0, 1))
    return (po - pe) / (1 - pe)


def test_random_codings_match_the_krippendorff_package_and_kappa_per_character(codebook) -> None:
    generator = random.Random(11)
    code = codebook["security"]
    for trial in range(40):
        document = DocumentRecord(trial + 100, f"doc {trial}", generator.randint(5, 300))
        coded, ranges = [], {"甲": [], "乙": []}
        for coder in ranges:
            for _ in range(generator.randint(1, 6)):
                start = generator.randrange(document.length)
                end = generator.randint(start + 1, min(document.length, start + 60))
                coded.append(passage(document, code, start, end, coder))
                ranges[coder].append((start, end))
        [row] = [r for r in agreement(coded, [document], [code]) if r.document is not None]
        a, b = per_character(document, ranges["乙"], ranges["甲"])  # pairs are ordered by name
        assert row.coders == ("乙", "甲")
        assert row.agreement == pytest.approx(100 * sum(x == y for x, y in zip(a, b)) / len(a))
        if len(set(a) | set(b)) == 1:
            assert row.kappa is None and row.alpha is None
            continue
        assert row.kappa == pytest.approx(kappa_one_by_one(a, b))
        expected = krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
        assert row.alpha == pytest.approx(expected)


def test_a_code_neither_coder_applied_agrees_fully_with_kappa_and_alpha_undefined(codebook, two_coders) -> None:
    rows = rows_by(agreement(two_coders, [LETTER, NOTE], [codebook["diplomacy"], codebook["security"]]))
    unused = rows["security", "毛致斯大林電", ("李", "王")]
    assert unused.table == Contingency(0, 0, 0, 10)
    assert unused.agreement == 100.0
    assert unused.kappa is None and unused.alpha is None
    assert rows["security", None, ("李", "王")].kappa is None


def test_full_agreement_on_part_of_a_document_is_one_and_everywhere_is_undefined(codebook) -> None:
    code = codebook["diplomacy"]
    same = [passage(LETTER, code, 3, 7, "李"), passage(LETTER, code, 3, 7, "王")]
    [row, _] = agreement(same, [LETTER], [code])
    assert (row.agreement, row.kappa, row.alpha) == (100.0, 1.0, 1.0)
    everywhere = [passage(LETTER, code, 0, 10, "李"), passage(LETTER, code, 0, 10, "王")]
    [row, _] = agreement(everywhere, [LETTER], [code])
    assert (row.agreement, row.kappa, row.alpha) == (100.0, None, None)
    assert percent_agreement(Contingency(0, 0, 0, 0)) is None
    assert cohen_kappa(Contingency(0, 0, 0, 0)) is None
    assert krippendorff_alpha(Contingency(0, 0, 0, 0)) is None


def test_only_coders_who_coded_a_document_are_compared_on_it(codebook) -> None:
    c = codebook
    coded = [
        passage(LETTER, c["diplomacy"], 0, 4, "李"),
        passage(LETTER, c["security"], 5, 6, "王"),  # 王 coded the letter, with another code
        passage(NOTE, c["diplomacy"], 0, 4, "李"),
        passage(NOTE, c["diplomacy"], 0, 2, "張"),
    ]
    rows = agreement(coded, [LETTER, NOTE], [c["diplomacy"]])
    assert [(row.document, row.coders) for row in rows] == [
        ("毛致斯大林電", ("李", "王")),
        ("批示", ("張", "李")),
        (None, ("張", "李")),
        (None, ("李", "王")),
    ]
    letter = rows[0]
    assert letter.table == Contingency(0, 4, 0, 6)  # 王 did not apply diplomacy anywhere
    only = agreement(coded, [LETTER, NOTE], [c["diplomacy"]], coders=["李", "王"])
    assert {row.coders for row in only} == {("李", "王")}


def test_counting_does_not_depend_on_the_documents_length(codebook) -> None:
    # Per-character lists of a trillion characters would never finish: only the passages count.
    volume = DocumentRecord(99, "長編", 10**12)
    code = codebook["diplomacy"]
    coded = [passage(volume, code, 0, 5 * 10**11, "李"), passage(volume, code, 10**11, 10**12, "王")]
    [row, total] = agreement(coded, [volume], [code])
    assert row.table == Contingency(4 * 10**11, 10**11, 5 * 10**11, 0)
    assert row.agreement == pytest.approx(40.0)
    assert total.table == row.table


def test_disagreement_stretches_say_who_coded_them(codebook, two_coders) -> None:
    found = disagreements(two_coders, [LETTER, NOTE], [codebook["diplomacy"], codebook["security"]])
    assert [(d.code, d.document, d.coders, d.stretches) for d in found] == [
        ("diplomacy", "毛致斯大林電", ("李", "王"), (Stretch(0, 2, "李"), Stretch(4, 6, "王"))),
        ("diplomacy", "批示", ("李", "王"), (Stretch(2, 4, "李"),)),
    ]
