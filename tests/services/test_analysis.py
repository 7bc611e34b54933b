"""The analyses over the stored passages: the tables the command line, workbook and window show."""

from __future__ import annotations

from annotator.domain import PassageFilter
from annotator.services import annotations
from annotator.services.analysis import cell_filter, code_cooccurrence, code_matrix, code_summary
from tests.services.conftest import TEXT


def _row(table, path):
    return next(cells for code, cells in zip(table.codes, table.cells) if code.path == path)


def test_the_matrix_counts_passages_or_characters_with_sub_codes_folded_in_or_not(world) -> None:
    project = world.project
    exact = code_matrix(project)
    assert [d.id for d in exact.documents] == [world.first, world.second]
    assert _row(exact, "security") == (1, 0) and _row(exact, "security/army") == (0, 1)
    assert exact.total == 4
    folded = code_matrix(project, include_subcodes=True)
    assert _row(folded, "security") == (1, 1)
    characters = code_matrix(project, measure="characters")
    assert _row(characters, "diplomacy") == (3, 3)


def test_co_occurrence_and_summary_from_the_stored_passages(world) -> None:
    project = world.project
    table = code_cooccurrence(project)
    index = {code.path: number for number, code in enumerate(table.codes)}
    # The twins in the first document: security and diplomacy on the same characters.
    assert table.counts[index["security"]][index["diplomacy"]] == 1
    assert table.counts[index["security/army"]][index["diplomacy"]] == 0
    summary = {row.path: row for row in code_summary(project)}
    assert (summary["diplomacy"].passages, summary["diplomacy"].documents) == (2, 2)


def test_a_cell_opens_exactly_the_passages_it_counts(world) -> None:
    project = world.project
    folded = code_matrix(project, include_subcodes=True)
    chosen = cell_filter(PassageFilter(), code_id=world.security, document_id=world.second,
                         include_subcodes=True)
    passages = annotations.list_passages(project, chosen)
    assert len(passages) == _row(folded, "security")[1] == 1
    assert passages[0].text == TEXT[5:8] or passages[0].code_path == "security/army"


def test_a_filter_narrows_the_tables(world) -> None:
    narrowed = code_matrix(world.project, PassageFilter(document_ids=(world.second,)))
    assert [d.id for d in narrowed.documents] == [world.second] and narrowed.total == 2
