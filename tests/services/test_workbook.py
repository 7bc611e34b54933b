"""The Excel workbook of a project, read back with openpyxl: the sheets a user opens, in typed
cells, with the numbers the analysis view shows."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from annotator.domain import PassageFilter
from annotator.interchange.xlsx import SHEETS
from annotator.services.analysis import code_matrix
from annotator.services.export import HEADER, export_to
from tests.interchange.helpers import QUOTES, TEXT, span
from tests.services.test_exchange import coded  # noqa: F401 - the fixture


def _sheet(book, name):
    return [[cell.value for cell in row] for row in book[name].iter_rows()]


def test_the_workbook_has_its_sheets_typed_cells_and_the_analysis_numbers(project, coded, tmp_path) -> None:
    out = tmp_path / "project.xlsx"
    outcome = export_to(project, PassageFilter(), out)
    assert outcome.format == "Excel workbook" and outcome.passages == 4
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    passages = _sheet(book, "Passages")
    assert passages[0] == list(HEADER)
    rows = [dict(zip(HEADER, row)) for row in passages[1:]]
    start, end = span(QUOTES[2])
    diplomacy = next(row for row in rows if row["code"] == "diplomacy" and row["document"] == "電報")
    assert (diplomacy["start"], diplomacy["end"], diplomacy["text"]) == (start, end, TEXT[start:end])
    assert isinstance(diplomacy["created_at"], datetime)
    formula = next(row for row in rows if row["memo"] == "=1+1")  # text, never a formula
    assert book["Passages"].cell(row=passages.index(list(formula.values())) + 1,
                                 column=HEADER.index("memo") + 1).data_type == "s"
    assert book["Passages"].freeze_panes == "A2" and book["Passages"].auto_filter.ref
    matrix = _sheet(book, "Matrix")
    stored = code_matrix(project)
    assert matrix[0] == ["code", "電報", "second", "total"]
    assert [row[0] for row in matrix[1:-1]] == [code.path for code in stored.codes]
    assert [row[1:-1] for row in matrix[1:-1]] == [list(cells) for cells in stored.cells]
    assert matrix[-1][0] == "total" and matrix[-1][-1] == 4
    codes = {row[0]: row for row in _sheet(book, "Codes")[1:]}
    assert codes["diplomacy"][3:6] == [2, 2, 2]  # passages, documents, coders
    memos = _sheet(book, "Memos")
    assert {row[4] for row in memos[1:]} == {"來源：𠮷", "包括軍事援助"}
    assert "Co-occurrence" in book.sheetnames and _sheet(book, "Co-occurrence")[0][0] == "code"


def test_the_workbook_follows_the_filter(project, coded, tmp_path) -> None:
    out = tmp_path / "one.xlsx"
    _, second = coded
    assert export_to(project, PassageFilter(document_ids=(second.id,)), out).passages == 1
    book = openpyxl.load_workbook(out)
    assert _sheet(book, "Matrix")[0] == ["code", "second", "total"]
    assert [row[2] for row in _sheet(book, "Passages")[1:]] == ["second"]
