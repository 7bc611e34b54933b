"""The Excel workbook, read back with openpyxl as a spreadsheet user would see it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest

from annotator.analysis.cooccurrence import cooccurrence
from annotator.analysis.matrix import code_document_matrix
from annotator.analysis.records import CodeRecord, DocumentRecord, MemoRecord, PassageRecord
from annotator.analysis.summary import code_summaries
from annotator.errors import UserError
from annotator.interchange.xlsx import FONT, MAX_CELL_UNITS, SHEETS, PassageRow, tint, write_workbook
from annotator.services.export import HEADER

LETTER = DocumentRecord(10, "毛致斯大林電", 200, "毛澤東", "1949-12-18", "檔案 1")
MINUTES = DocumentRecord(11, "會談記錄", 100)
DIPLOMACY = CodeRecord(1, "diplomacy", None, "#1F77B4", "外交")
TREATY = CodeRecord(2, "diplomacy/treaty", 1, "#FF7F0E", "條約 =SUM(A1)")
SECURITY = CodeRecord(3, "security", None, "#D62728", "")
CODES = [DIPLOMACY, TREATY, SECURITY]
BEIJING = timezone(timedelta(hours=8))
CODED_AT = datetime(2026, 11, 22, 9, 42, 44, tzinfo=BEIJING)  # 01:42:44 UTC


def record(pid, document, code, start, end, memo="", coder="李", text="毛澤東訪蘇"):
    return PassageRecord(pid, document.id, document.title, code.id, code.path, start, end, coder,
                         text=text, memo=memo, created_at=CODED_AT, updated_at=CODED_AT)


PASSAGES = [
    record(1, LETTER, DIPLOMACY, 0, 10, memo="=1+1"),
    record(2, LETTER, TREATY, 5, 15, memo="007", coder="王", text="𠮷野\x07_x0041_"),
    record(3, LETTER, DIPLOMACY, 12, 20, memo="http://example.org"),
    record(4, MINUTES, SECURITY, 0, 5, memo="多行\n備註"),
]
CODE_COLORS = {code.id: code.color for code in CODES}


def row_of(passage: PassageRecord) -> PassageRow:
    by_column = {
        "annotation_id": passage.id, "document_id": passage.document_id, "document": passage.document,
        "author": "", "date": "", "source_ref": "", "code": passage.code_path.rsplit("/", 1)[-1],
        "code_path": passage.code_path, "start": passage.start, "end": passage.end, "text": passage.text,
        "text_simplified": passage.text, "text_traditional": passage.text, "context_before": "「",
        "context_after": None, "memo": passage.memo, "coder": passage.coder,
        "created_at": passage.created_at, "updated_at": passage.updated_at,
    }
    return PassageRow([by_column[name] for name in HEADER], CODE_COLORS[passage.code_id])


def write(path: Path, passages=PASSAGES, memos=()) -> int:
    documents = [LETTER, MINUTES]
    return write_workbook(
        path, header=HEADER, passages=(row_of(p) for p in passages),
        matrix=code_document_matrix(passages, documents, CODES),
        codes=code_summaries(passages, documents, CODES),
        cooccurrence=cooccurrence(passages, documents, CODES),
        memos=memos,
    )


def excel_text(value: str) -> str:
    """What Excel shows for a stored string: _xHHHH_ escapes decoded (openpyxl leaves them)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda match: chr(int(match.group(1), 16)), value)


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "passages.xlsx"
    memo = MemoRecord(7, "談判策略", "+先談條約", "李", document="毛致斯大林電", code_path=None,
                      created_at=CODED_AT, updated_at=CODED_AT)
    assert write(path, memos=[memo]) == 4
    return openpyxl.load_workbook(path)


def test_the_sheets_are_named_exactly(book) -> None:
    assert book.sheetnames == list(SHEETS) == ["Passages", "Matrix", "Codes", "Co-occurrence", "Memos"]


def test_passages_have_the_csv_header_frozen_with_filters(book) -> None:
    sheet = book["Passages"]
    assert [cell.value for cell in sheet[1]] == list(HEADER)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(HEADER)).column_letter}5"
    assert sheet.cell(2, HEADER.index("text") + 1).alignment.wrap_text


def test_cells_are_typed_and_text_never_becomes_a_formula(book) -> None:
    sheet = book["Passages"]
    column = {name: index + 1 for index, name in enumerate(HEADER)}
    memo = sheet.cell(2, column["memo"])
    assert (memo.value, memo.data_type) == ("=1+1", "s")
    assert (sheet.cell(3, column["memo"]).value, sheet.cell(3, column["memo"]).data_type) == ("007", "s")
    assert sheet.cell(4, column["memo"]).value == "http://example.org"
    assert sheet.cell(4, column["memo"]).hyperlink is None
    assert sheet.cell(5, column["memo"]).value == "多行\n備註"
    start = sheet.cell(3, column["start"])
    assert (start.value, start.data_type) == (5, "n")
    assert sheet.cell(2, column["annotation_id"]).value == 1
    created = sheet.cell(2, column["created_at"])
    assert created.data_type == "d"
    assert created.value == datetime(2026, 11, 22, 1, 42, 44)  # UTC
    assert "UTC" in created.number_format
    assert sheet.cell(2, column["context_after"]).value is None
    assert excel_text(sheet.cell(3, column["text"]).value) == "𠮷野\x07_x0041_"


def test_each_row_is_tinted_with_its_codes_colour(book) -> None:
    sheet = book["Passages"]
    fills = [{cell.fill.fgColor.rgb for cell in row} for row in sheet.iter_rows(min_row=2)]
    expected = [tint(color) for color in ("#1F77B4", "#FF7F0E", "#1F77B4", "#D62728")]
    assert fills == [{"FF" + color[1:]} for color in expected]
    # 60/255 of the colour on white, as the reading view: 255 + (31 - 255) * 60 / 255 = 202.3.
    assert tint("#1F77B4") == "#CADFED"
    assert tint("#FFFFFF") == "#FFFFFF"


def test_the_matrix_counts_passages_per_code_and_document_with_totals(book) -> None:
    sheet = book["Matrix"]
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        ["code", "毛致斯大林電", "會談記錄", "total"],
        ["diplomacy", 2, 0, 2],
        ["diplomacy/treaty", 1, 0, 1],
        ["security", 0, 1, 1],
        ["total", 3, 1, 4],
    ]
    assert sheet["B2"].data_type == "n"


def test_codes_and_co_occurrence(book) -> None:
    codes = book["Codes"]
    assert [[cell.value for cell in row] for row in codes.iter_rows()] == [
        ["path", "colour", "description", "passages", "documents", "coders", "characters coded"],
        ["diplomacy", "#1F77B4", "外交", 2, 1, 1, 18],
        ["diplomacy/treaty", "#FF7F0E", "條約 =SUM(A1)", 1, 1, 1, 10],
        ["security", "#D62728", "", 1, 1, 1, 5],
    ]
    assert codes["B2"].fill.fgColor.rgb == "FF1F77B4"
    assert codes["C3"].data_type == "s"
    pairs = book["Co-occurrence"]
    assert [[cell.value for cell in row] for row in pairs.iter_rows()] == [
        ["code", "diplomacy", "diplomacy/treaty", "security"],
        ["diplomacy", 0, 2, 0],
        ["diplomacy/treaty", 2, 0, 0],
        ["security", 0, 0, 0],
    ]


def test_memos_keep_their_text_and_dates(book) -> None:
    sheet = book["Memos"]
    header, row = ([cell.value for cell in r] for r in sheet.iter_rows())
    assert header == ["memo_id", "document", "code_path", "title", "text", "coder", "created_at", "updated_at"]
    assert row == [7, "毛致斯大林電", None, "談判策略", "+先談條約", "李",
                   datetime(2026, 11, 22, 1, 42, 44), datetime(2026, 11, 22, 1, 42, 44)]
    assert sheet["E2"].data_type == "s"


def test_every_cell_uses_a_font_with_chinese_characters(book) -> None:
    for name in SHEETS:
        for row in book[name].iter_rows():
            assert {cell.font.name for cell in row} == {FONT}


def test_a_text_longer_than_a_cell_holds_is_cut_and_marked(tmp_path) -> None:
    long = "𠮷" * 20000 + "訪" * 10  # 40,010 UTF-16 units
    path = tmp_path / "long.xlsx"
    write(path, [record(1, LETTER, DIPLOMACY, 0, 10, text=long)])
    text = openpyxl.load_workbook(path)["Passages"].cell(2, HEADER.index("text") + 1).value
    assert text.endswith("[…]") and long.startswith(text[:-3])
    assert len(text.encode("utf-16-le")) // 2 <= MAX_CELL_UNITS


def test_a_failed_export_leaves_the_earlier_workbook_and_no_temporary_file(tmp_path) -> None:
    path = tmp_path / "passages.xlsx"
    write(path)
    before = path.read_bytes()

    def failing():
        yield row_of(PASSAGES[0])
        raise RuntimeError("the database went away")

    documents = [LETTER, MINUTES]
    with pytest.raises(RuntimeError):
        write_workbook(path, header=HEADER, passages=failing(),
                       matrix=code_document_matrix(PASSAGES, documents, CODES),
                       codes=code_summaries(PASSAGES, documents, CODES),
                       cooccurrence=cooccurrence(PASSAGES, documents, CODES))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["passages.xlsx"]


def test_a_missing_folder_is_one_clear_error(tmp_path) -> None:
    with pytest.raises(UserError, match="no such folder"):
        write(tmp_path / "absent" / "passages.xlsx")


def test_a_timestamp_without_a_time_zone_is_refused(tmp_path) -> None:
    naive = PassageRecord(1, LETTER.id, LETTER.title, 1, "diplomacy", 0, 1, "李",
                          created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="no time zone"):
        write(tmp_path / "naive.xlsx", [naive])
    assert list(tmp_path.iterdir()) == []


def test_a_single_table_is_one_sheet_of_typed_cells(tmp_path) -> None:
    from annotator.interchange.xlsx import write_table

    out = tmp_path / "table.xlsx"
    rows = [[1, "=1+1", "毛澤東", CODED_AT], [2, "007", "𠮷野", None]]
    assert write_table(out, "Entities", ("id", "text", "name", "at"), rows, wide=("name",)) == 2
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Entities"]
    sheet = book["Entities"]
    assert list(sheet.iter_rows(values_only=True)) == [
        ("id", "text", "name", "at"), (1, "=1+1", "毛澤東", datetime(2026, 11, 22, 1, 42, 44)),
        (2, "007", "𠮷野", None)]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3"
    with pytest.raises(ValueError, match="2 cells for 4 columns"):
        write_table(out, "Entities", ("id", "text", "name", "at"), [[1, "x"]])
    assert openpyxl.load_workbook(out)["Entities"].max_row == 3  # the earlier file is kept
    assert [path.name for path in tmp_path.iterdir()] == ["table.xlsx"]
