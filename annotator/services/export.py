"""CSV export of coded passages: UTF-8 with BOM for Excel, RFC 4180 quoting, safe from formulas,
written atomically (a half-written export never replaces a good one)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from annotator.context import sentence_context
from annotator.domain import Passage, PassageFilter
from annotator.services.annotations import ExportRecord, export_records
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import Boundaries, document_script_forms, document_text, load_boundaries
from db.models import Document

HEADER = (
    "annotation_id", "document_id", "document", "author", "date", "source_ref", "code", "code_path",
    "start", "end", "text",
    "text_simplified", "text_traditional", "context_before", "context_after", "memo", "coder",
    "created_at", "updated_at",
)
# A cell starting with one of these is a formula to Excel/LibreOffice (CSV injection). The
# apostrophe is there too so that neutralising stays reversible (see `restore_cell`).
FORMULA_STARTS = frozenset("=+-@\t\r'")


def neutralise(cell: str) -> str:
    return "'" + cell if cell[:1] in FORMULA_STARTS else cell


def restore_cell(cell: str) -> str:
    """Undo `neutralise`: the exact stored text of a cell read back from an export."""
    return cell[1:] if cell.startswith("'") else cell


@dataclass
class _DocumentForExport:
    """One document's texts in every script, converted once rather than once per passage."""

    text: str
    simplified: str
    traditional: str
    boundaries: Boundaries


def _load(project: Project, document_id: int) -> _DocumentForExport:
    # Both script forms are stored at import, converted with the whole text as context; the
    # form in the document's own script is its text itself, so that column quotes the source.
    simplified, traditional = document_script_forms(project, document_id)
    return _DocumentForExport(
        text=document_text(project, document_id),
        simplified=simplified,
        traditional=traditional,
        boundaries=load_boundaries(project, document_id),
    )


def _citation(project: Project, document_id: int) -> tuple[str, str, str]:
    """The document's author, date and source reference, as given at import: what a citation needs."""
    with project.read() as session:
        row = session.execute(
            select(Document.author, Document.date, Document.source_ref).where(Document.id == document_id)
        ).one()
    return row.author, row.date, row.source_ref


def _record(passage: Passage) -> ExportRecord:
    return ExportRecord(
        passage.id, passage.document_id, passage.document, passage.code, passage.code_path,
        passage.start, passage.end, passage.memo, passage.coder,
        passage.created_at.isoformat(timespec="seconds"), passage.updated_at.isoformat(timespec="seconds"),
    )


def passage_rows(project: Project, passages: Iterable[Passage | ExportRecord]) -> Iterable[list[object]]:
    safe = neutralise
    current: _DocumentForExport | None = None
    current_id = None
    for passage in passages:
        if isinstance(passage, Passage):
            passage = _record(passage)
        if passage.document_id != current_id:
            # Passages come in document order: hold one document at a time.
            current, current_id = _load(project, passage.document_id), passage.document_id
            author, date, source_ref = (safe(cell) for cell in _citation(project, current_id))
        assert current is not None
        start, end = passage.start, passage.end
        before, after = sentence_context(
            current.text, current.boundaries.sentences, current.boundaries.words, start, end
        )
        text = current.text
        # Numbers go to the csv writer as they are; it formats them faster than str() here.
        yield [
            passage.id, passage.document_id, safe(passage.document), author, date, source_ref,
            safe(passage.code),
            safe(passage.code_path), start, end, safe(text[start:end]),
            safe(current.simplified[start:end]), safe(current.traditional[start:end]),
            safe(before), safe(after), safe(passage.memo), safe(passage.coder),
            passage.created_at, passage.updated_at,
        ]


def export_csv(project: Project, passage_filter: PassageFilter, destination: Path) -> int:
    """Export the passages a filter selects (the command line's and the window's export)."""
    return write_csv(project, export_records(project, passage_filter), destination)


def write_csv(project: Project, passages: Iterable[Passage | ExportRecord], destination: Path) -> int:
    """Write the passages to `destination` atomically; return the number of rows."""
    destination = Path(destination)
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    count = 0
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", dir=folder)
    except OSError as error:
        raise UserError(f"{destination}: cannot write here ({error.strerror})") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(HEADER)
            for row in passage_rows(project, passages):
                writer.writerow(row)
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file.
        os.replace(temporary, destination)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"{destination}: the export could not be written ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read an export back, cells restored to the stored text (for checks and re-import)."""
    with io.open(path, encoding="utf-8-sig", newline="") as handle:
        return [
            {key: restore_cell(value) for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]
