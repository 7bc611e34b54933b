"""The Excel workbook export: coded passages and the analyses of them, in typed cells.

`write_workbook` writes one .xlsx file with these sheets, in this order and named exactly:

- ``Passages``: the CSV export's columns (the header is given by the caller), one row per
  passage; the header row is frozen and has filters, text wraps, and each row is tinted with
  its code's colour as the reading view tints a passage (the colour at 60/255 opacity on white,
  so black text stays readable).
- ``Matrix``: A1 ``code``, then one column per document headed by its title; column A the code
  paths (``parent/child``); each cell the matrix's count (the caller passes passages with
  exactly that code); a ``total`` row and column.
- ``Codes``: path, colour (the cell filled with it), description, passages, documents, coders
  (how many), characters coded.
- ``Co-occurrence``: code by code, the overlapping pairs of passages of the two codes.
- ``Memos``: the project's memos.

Cells are typed: a str stays text whatever it looks like (a memo ``=1+1`` is the string
``=1+1``, never a formula; ``007`` stays ``007``; a URL is not a link), an int or float is a
number, a datetime is an Excel date. Excel dates have no time zone: every timestamp is written
in UTC and shown as ``2026-11-22 01:42:44 UTC``, as the CSV's ``+00:00`` timestamps, so a
workbook reads the same wherever it was made or opened.

Fonts: an .xlsx cell names one font, with no fallback list. Every cell uses Microsoft YaHei,
which has the simplified and traditional characters and comes with every Windows Excel runs
on; where it is missing (LibreOffice on Linux, macOS) the application substitutes an
installed CJK font such as Noto Sans CJK or PingFang, and characters beyond a font (𠮷, in
Unicode's Extension B) are drawn from a fallback font by Excel and LibreOffice alike.

Excel holds at most 32,767 characters (UTF-16 units) in a cell: a longer text is cut to fit
and ends with ``[…]``; the CSV export has it whole. Rows are streamed (xlsxwriter's
constant-memory mode), so 100,000 passages do not sit in memory twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import xlsxwriter
import xlsxwriter.exceptions

from annotator.errors import UserError
from db.messages import Phrase
from annotator.interchange.atomic import atomic_path

if TYPE_CHECKING:  # the tables are plain data from the analyses; nothing else is used
    from annotator.analysis.cooccurrence import CoOccurrence
    from annotator.analysis.matrix import CodeDocumentMatrix
    from annotator.analysis.records import MemoRecord
    from annotator.analysis.summary import CodeSummary

SHEETS = ("Passages", "Matrix", "Codes", "Co-occurrence", "Memos")
CODES_HEADER = ("path", "colour", "description", "passages", "documents", "coders", "characters coded")
MEMOS_HEADER = (
    "memo_id", "document", "code_path", "title", "text", "coder", "created_at", "updated_at",
)
TOTAL = "total"
FONT = "Microsoft YaHei"
DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
# The reading view's passage tint (annotator/ui/reader.py PASSAGE_FILL_ALPHA).
TINT_ALPHA = 60 / 255
MAX_CELL_UNITS = 32767
CUT_MARK = "[…]"
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# Columns of long text in the Passages and Memos sheets, made wide; the others stay narrow.
WIDE_COLUMNS = frozenset(
    ("text", "text_simplified", "text_traditional", "context_before", "context_after", "memo")
)
WIDTHS = {"document": 24, "code": 16, "code_path": 22, "coder": 12, "created_at": 24, "updated_at": 24,
          "source_ref": 18, "title": 24, "author": 14, "date": 12}


class PassageRow(NamedTuple):
    """One row of the Passages sheet: a value per header column, and its code's colour.
    Values as stored, not neutralised as in the CSV: a typed text cell is never a formula;
    timestamps as timezone-aware datetimes."""

    cells: Sequence[object]
    color: str


def tint(color: str) -> str:
    """`color` ("#RRGGBB") as the reading view tints with it: at 60/255 opacity on white."""
    channels = (int(color[index:index + 2], 16) for index in (1, 3, 5))
    return "#" + "".join(f"{round(255 + (channel - 255) * TINT_ALPHA):02X}" for channel in channels)


def _readable_on(color: str) -> str:
    """Black or white, whichever reads better on `color` (by its luminance)."""
    red, green, blue = (int(color[index:index + 2], 16) for index in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue >= 140 else "#FFFFFF"


def _fits(text: str) -> str:
    """`text`, cut to Excel's cell limit (counted in UTF-16 units) with [...] at the end."""
    if len(text) <= MAX_CELL_UNITS // 2:  # cannot exceed the limit even if all astral: fast path
        return text
    units = len(text.encode("utf-16-le")) // 2
    if units <= MAX_CELL_UNITS:
        return text
    budget = MAX_CELL_UNITS - len(CUT_MARK)
    kept = []
    for character in text:
        budget -= 2 if ord(character) > 0xFFFF else 1
        if budget < 0:
            break
        kept.append(character)
    return "".join(kept) + CUT_MARK


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"timestamp {moment.isoformat()} has no time zone: pass an aware datetime")
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


class _Writer:
    """The open workbook and the formats it reuses (one pair per code colour)."""

    def __init__(self, path: Path) -> None:
        self.book = xlsxwriter.Workbook(str(path), {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_format_properties": {"font_name": FONT, "font_size": 11},
        })
        self.header = self.book.add_format({"bold": True, "bottom": 1, "valign": "top"})
        self.bold = self.book.add_format({"bold": True})
        self.wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.date = self.book.add_format({"num_format": DATE_FORMAT, "valign": "top"})
        self._tinted: dict[str, tuple[Any, Any]] = {}
        self._swatches: dict[str, Any] = {}

    def tinted(self, color: str) -> tuple[Any, Any]:
        """The formats of a row of this colour: for text and numbers, and for dates."""
        formats = self._tinted.get(color)
        if formats is None:
            fill = tint(color)
            formats = (
                self.book.add_format({"text_wrap": True, "valign": "top", "bg_color": fill}),
                self.book.add_format({"num_format": DATE_FORMAT, "valign": "top", "bg_color": fill}),
            )
            self._tinted[color] = formats
        return formats

    def swatch(self, color: str) -> Any:
        found = self._swatches.get(color)
        if found is None:
            found = self.book.add_format({"bg_color": color, "font_color": _readable_on(color)})
            self._swatches[color] = found
        return found

    def cell(self, sheet: Any, row: int, column: int, value: object, text_format: Any,
             date_format: Any) -> None:
        kind = type(value)
        if kind is str:
            sheet.write_string(row, column, _fits(value), text_format)  # type: ignore[arg-type]
        elif kind is int or kind is float:
            sheet.write_number(row, column, value, text_format)
        elif value is None:
            sheet.write_blank(row, column, None, text_format)
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, _utc(value), date_format)
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value, text_format)
        elif isinstance(value, date):
            sheet.write_datetime(row, column, datetime(value.year, value.month, value.day), date_format)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, column, value, text_format)
        elif isinstance(value, str):
            sheet.write_string(row, column, _fits(str(value)), text_format)
        else:
            raise TypeError(f"a workbook cell cannot hold {kind.__name__}: {value!r}")

    def header_row(self, sheet: Any, header: Sequence[str]) -> None:
        if len(header) > MAX_COLUMNS:
            raise UserError("exchange.columns_excel_sheet_holds_at", count=len(header),
                            limit=MAX_COLUMNS)
        for column, name in enumerate(header):
            sheet.write_string(0, column, _fits(name), self.header)


def _check_rows(count: int, what: Phrase) -> None:
    if count >= MAX_ROWS:
        raise UserError("exchange.more_than_excel_sheet_holds", limit=MAX_ROWS - 1, what=what)


def _passages_sheet(writer: _Writer, header: Sequence[str], passages: Iterable[PassageRow]) -> int:
    sheet = writer.book.add_worksheet("Passages")
    for column, name in enumerate(header):
        sheet.set_column(column, column, 40 if name in WIDE_COLUMNS else WIDTHS.get(name, 10))
    sheet.freeze_panes(1, 0)
    writer.header_row(sheet, header)
    width = len(header)
    cell = writer.cell
    row = 0
    for row, (cells, color) in enumerate(passages, start=1):
        _check_rows(row, Phrase("phrase.exchange.passages"))
        if len(cells) != width:
            raise ValueError(f"passage row {row} has {len(cells)} cells for {width} columns")
        text_format, date_format = writer.tinted(color)
        for column, value in enumerate(cells):
            cell(sheet, row, column, value, text_format, date_format)
    sheet.autofilter(0, 0, row, width - 1)
    return row


def _square_sheet(writer: _Writer, name: str, columns: Sequence[str], rows: Sequence[str],
                  cells: Sequence[Sequence[int]], column_totals: Sequence[int] | None = None,
                  row_totals: Sequence[int] | None = None, total: int | None = None) -> None:
    """A table with A1 `code`, `columns` across, `rows` down, and optional totals."""
    sheet = writer.book.add_worksheet(name)
    header = ["code", *columns] + ([TOTAL] if row_totals is not None else [])
    _check_rows(len(rows) + 1, Phrase("phrase.exchange.codes"))
    sheet.set_column(0, 0, max([len(label) for label in rows] + [10]) * 1.6)
    sheet.set_column(1, len(header) - 1, 14)
    sheet.freeze_panes(1, 1)
    writer.header_row(sheet, header)
    for index, (label, values) in enumerate(zip(rows, cells), start=1):
        sheet.write_string(index, 0, _fits(label))
        for column, value in enumerate(values, start=1):
            sheet.write_number(index, column, value)
        if row_totals is not None:
            sheet.write_number(index, len(values) + 1, row_totals[index - 1], writer.bold)
    if column_totals is not None:
        last = len(rows) + 1
        sheet.write_string(last, 0, TOTAL, writer.bold)
        for column, value in enumerate(column_totals, start=1):
            sheet.write_number(last, column, value, writer.bold)
        if total is not None:
            sheet.write_number(last, len(column_totals) + 1, total, writer.bold)


def _codes_sheet(writer: _Writer, codes: Sequence[CodeSummary]) -> None:
    sheet = writer.book.add_worksheet("Codes")
    sheet.set_column(0, 0, max([len(code.path) for code in codes] + [10]) * 1.6)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 40)
    sheet.set_column(3, 6, 12)
    sheet.freeze_panes(1, 0)
    writer.header_row(sheet, CODES_HEADER)
    for row, code in enumerate(codes, start=1):
        sheet.write_string(row, 0, _fits(code.path))
        sheet.write_string(row, 1, code.color, writer.swatch(code.color))
        sheet.write_string(row, 2, _fits(code.description), writer.wrap)
        sheet.write_number(row, 3, code.passages)
        sheet.write_number(row, 4, code.documents)
        sheet.write_number(row, 5, len(code.coders))
        sheet.write_number(row, 6, code.characters)
    sheet.autofilter(0, 0, len(codes), len(CODES_HEADER) - 1)


def _memos_sheet(writer: _Writer, memos: Iterable[MemoRecord]) -> None:
    sheet = writer.book.add_worksheet("Memos")
    for column, name in enumerate(MEMOS_HEADER):
        sheet.set_column(column, column, 60 if name == "text" else WIDTHS.get(name, 10))
    sheet.freeze_panes(1, 0)
    writer.header_row(sheet, MEMOS_HEADER)
    row = 0
    for row, memo in enumerate(memos, start=1):
        _check_rows(row, Phrase("phrase.exchange.memos"))
        values = (memo.id, memo.document, memo.code_path, memo.title, memo.text, memo.coder,
                  memo.created_at, memo.updated_at)
        for column, value in enumerate(values):
            writer.cell(sheet, row, column, value, writer.wrap, writer.date)
    sheet.autofilter(0, 0, row, len(MEMOS_HEADER) - 1)


def write_workbook(
    destination: Path | str,
    *,
    header: Sequence[str],
    passages: Iterable[PassageRow],
    matrix: CodeDocumentMatrix,
    codes: Sequence[CodeSummary],
    cooccurrence: CoOccurrence,
    memos: Iterable[MemoRecord] = (),
) -> int:
    """Write the workbook (see the module docstring) atomically to `destination`; return the
    number of passage rows. `passages` may be a generator: rows are written as they come.
    Raises UserError when the file cannot be written or a sheet would exceed Excel's size,
    and then leaves `destination` as it was."""
    if len(matrix.documents) + 2 > MAX_COLUMNS or len(cooccurrence.codes) + 1 > MAX_COLUMNS:
        raise UserError("exchange.more_than_documents_codes_excel", limit=MAX_COLUMNS - 2)
    with atomic_path(destination) as temporary:
        writer = _Writer(temporary)
        try:
            count = _passages_sheet(writer, header, passages)
            _square_sheet(
                writer, "Matrix", [document.title for document in matrix.documents],
                [code.path for code in matrix.codes], matrix.cells,
                column_totals=matrix.document_totals, row_totals=matrix.code_totals, total=matrix.total,
            )
            _codes_sheet(writer, codes)
            paths = [code.path for code in cooccurrence.codes]
            _square_sheet(writer, "Co-occurrence", paths, paths, cooccurrence.counts)
            _memos_sheet(writer, memos)
        except BaseException:
            # Close the half-made workbook so its streaming temporary files go too.
            try:
                writer.book.close()
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass
            raise
        try:
            writer.book.close()
        except xlsxwriter.exceptions.FileCreateError as error:
            raise UserError("exchange.workbook_could_not_written", destination=destination,
                            error=error) from None
    return count


def write_table(destination: Path | str, sheet_name: str, header: Sequence[str],
                rows: Iterable[Sequence[object]], *, wide: Iterable[str] = ()) -> int:
    """Write one sheet of typed cells (as the workbook's: text stays text, numbers numbers),
    its header frozen and filtered, atomically to `destination`; return the rows written.
    Columns named in `wide` are made wide and wrap. Raises UserError as write_workbook does."""
    wide = frozenset(wide)
    with atomic_path(destination) as temporary:
        writer = _Writer(temporary)
        try:
            sheet = writer.book.add_worksheet(sheet_name)
            for column, name in enumerate(header):
                sheet.set_column(column, column, 40 if name in wide else WIDTHS.get(name, 12))
            sheet.freeze_panes(1, 0)
            writer.header_row(sheet, header)
            row = 0
            for row, cells in enumerate(rows, start=1):
                _check_rows(row, Phrase("phrase.exchange.rows"))
                if len(cells) != len(header):
                    raise ValueError(f"row {row} has {len(cells)} cells for {len(header)} columns")
                for column, value in enumerate(cells):
                    text_format = writer.wrap if header[column] in wide else None
                    writer.cell(sheet, row, column, value, text_format, writer.date)
            sheet.autofilter(0, 0, row, len(header) - 1)
        except BaseException:
            try:
                writer.book.close()
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass
            raise
        try:
            writer.book.close()
        except xlsxwriter.exceptions.FileCreateError as error:
            raise UserError("exchange.workbook_could_not_written", destination=destination,
                            error=error) from None
    return row
