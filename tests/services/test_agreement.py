"""Agreement read from a stored project, on a file and on a server: hand-computed cases, the
`krippendorff` package on every row, the filters, and one clear line for a bad choice."""

from __future__ import annotations

from pathlib import Path

import krippendorff
import pytest

from annotator.errors import UserError
from annotator.project import Project
from annotator.services import agreement as service
from annotator.services import annotations, codes
from annotator.services.imports import import_file

# 20 and 10 characters.
LETTER = "毛澤東到莫斯科史達林接見了他兩人談判條約。"[:20]
NOTE = "批示同意照辦即可並告知外交部"[:10]


@pytest.fixture
def coded(location: str, tmp_path: Path):
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    with Project(location) as project:
        for name in ("diplomacy", "security", "treaty"):
            codes.add_code(project, name)
        letter = import_file(project, tmp_path / "letter.txt").document
        note = import_file(project, tmp_path / "note.txt").document
        assert (letter.length, note.length) == (20, 10)
        tag = annotations.tag
        tag(project, letter.id, 0, 8, "diplomacy", coder="李")
        tag(project, letter.id, 4, 12, "diplomacy", coder="王")
        tag(project, letter.id, 12, 14, "diplomacy", coder="王")  # touches the one before: [4, 14)
        tag(project, letter.id, 15, 20, "security", coder="王")
        tag(project, note.id, 0, 5, "diplomacy", coder="李")
        tag(project, note.id, 0, 5, "diplomacy", coder="王")
        tag(project, note.id, 6, 9, "security", coder="張")  # 張 coded only the note
        yield project, letter, note


def by_key(rows):
    return {(row.code, row.document, row.coders): row for row in rows}


def test_hand_computed_rows_and_totals_weighted_by_length(coded) -> None:
    project, letter, note = coded
    rows = by_key(service.agreement(project))
    # diplomacy, letter, 李 [0, 8) 王 [4, 14) of 20: both 4, only 李 4, only 王 6, neither 6.
    row = rows["diplomacy", "letter", ("李", "王")]
    assert row.table == (4, 4, 6, 6) and row.characters == 20
    assert row.agreement == pytest.approx(50.0)
    # Pe = (8/20)(10/20) + (12/20)(10/20) = 0.5: kappa = (0.5 - 0.5) / 0.5 = 0.
    assert row.kappa == pytest.approx(0.0)
    # alpha = 1 - (2N - 1)(4 + 6) / (n0 n1), n1 = 18, n0 = 22: 1 - 39 * 10 / 396.
    assert row.alpha == pytest.approx(1 - 390 / 396)
    # The note: both [0, 5) of 10: full agreement, kappa and alpha 1.
    row = rows["diplomacy", "note", ("李", "王")]
    assert (row.agreement, row.kappa, row.alpha) == (100.0, 1.0, 1.0)
    # Totals pool the two tables, (4, 4, 6, 6) + (5, 0, 0, 5): the length-weighted agreement.
    total = rows["diplomacy", None, ("李", "王")]
    assert total.table == (9, 4, 6, 11) and total.characters == 30
    assert total.agreement == pytest.approx((50.0 * 20 + 100.0 * 10) / 30)
    # Pe = (13/30)(15/30) + (17/30)(15/30) = 0.5; Po = 20/30: kappa = (2/3 - 1/2) / (1/2) = 1/3.
    assert total.kappa == pytest.approx(1 / 3)
    # 張 coded only the note: compared there with each of the others, not on the letter.
    assert {key for key in rows if "張" in key[2]} == {
        (code, document, pair) for code in ("diplomacy", "security", "treaty")
        for document in ("note", None) for pair in (("張", "李"), ("張", "王"))}
    assert rows["security", "note", ("張", "王")].table == (0, 3, 0, 7)
    # A code neither applied: full agreement, kappa and alpha undefined, not a made-up number.
    none = rows["treaty", "letter", ("李", "王")]
    assert (none.agreement, none.kappa, none.alpha) == (100.0, None, None)


def characters(project: Project, document_id: int, code: str, coder: str, length: int) -> list[int]:
    marks = [0] * length
    for passage in annotations.list_passages(project):
        if (passage.document_id, passage.code, passage.coder) == (document_id, code, coder):
            marks[passage.start:passage.end] = [1] * (passage.end - passage.start)
    return marks


def test_every_row_matches_the_krippendorff_package(coded) -> None:
    project, letter, note = coded
    lengths = {letter.id: 20, note.id: 10}
    for row in service.agreement(project):
        documents = [row.document_id] if row.document_id is not None else sorted(
            {other.document_id for other in service.agreement(project, code=row.code, coders=row.coders)
             if other.document_id is not None})
        a, b = [], []
        for document_id in documents:  # a total reads the documents as one long text
            a += characters(project, document_id, row.code, row.coders[0], lengths[document_id])
            b += characters(project, document_id, row.code, row.coders[1], lengths[document_id])
        assert row.characters == len(a)
        assert row.agreement == pytest.approx(100 * sum(x == y for x, y in zip(a, b)) / len(a))
        if len(set(a + b)) == 1:
            assert row.alpha is None and row.kappa is None
        else:
            expected = krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
            assert row.alpha == pytest.approx(expected)


def test_code_document_and_coders_narrow_the_comparison(coded) -> None:
    project, letter, note = coded
    rows = service.agreement(project, code="security", document="note", coders=["張", "王"])
    assert [(r.code, r.document, r.coders, r.table) for r in rows] == [
        ("security", "note", ("張", "王"), (0, 3, 0, 7)),
        ("security", None, ("張", "王"), (0, 3, 0, 7)),
    ]
    assert service.agreement(project, document="letter", coders=["張", "李"]) == []


@pytest.mark.parametrize("choice, line", [
    ({"coders": ["李"]}, "--coders needs two coders or more to compare (given: 李)"),
    ({"coders": ["李", "趙"]}, "no coder named “趙” in this project"),
    ({"code": "economy"}, "no code named “economy”"),
    ({"document": "nothing"}, None),
])
def test_a_bad_choice_is_one_line(coded, choice, line) -> None:
    project = coded[0]
    with pytest.raises(UserError) as raised:
        service.agreement(project, **choice)
    assert "\n" not in str(raised.value)
    if line is not None and line.startswith("no code"):
        assert str(raised.value).startswith(line)
    elif line is not None:
        assert str(raised.value) == line and raised.value.key.startswith("agreement.")


def test_disagreements_are_the_stretches_one_coder_coded_alone(coded) -> None:
    project, letter, _ = coded
    found = service.disagreements(project, code="diplomacy", coders=["李", "王"])
    assert [(d.document, [tuple(s) for s in d.stretches]) for d in found] == [
        ("letter", [(0, 4, "李"), (8, 14, "王")])]


def test_both_tables_from_one_read_are_those_of_the_two_calls(coded) -> None:
    project, _, _ = coded
    rows, found = service.agreement_and_disagreements(project, code="diplomacy")
    assert rows == service.agreement(project, code="diplomacy")
    assert found == service.disagreements(project, code="diplomacy")
    assert found  # the fixture has disagreements: the comparison is not of two empty lists
