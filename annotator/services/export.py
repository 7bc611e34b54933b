"""CSV export of coded passages: UTF-8 with BOM for Excel, RFC 4180 quoting, safe from formulas,
written atomically (a half-written export never replaces a good one)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from annotator.context import sentence_context
from annotator.domain import Passage
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import document_text, load_boundaries
from annotator.text.script import to_simplified, to_traditional

HEADER = (
    "annotation_id", "document_id", "document", "code", "code_path", "start", "end", "text",
    "text_simplified", "text_traditional", "context_before", "context_after", "memo", "coder",
    "created_at", "updated_at",
)
# A cell starting with one of these is a formula to Excel/LibreOffice (CSV injection). The
# apostrophe is there too so that neutralising stays reversible (see `restore_cell`).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def restore_cell(cell: str) -> str:
    """Undo `neutralise`: the exact stored text of a cell read back from an export."""
    return cell[1:] if cell.startswith("'") else cell


def passage_rows(project: Project, passages: Iterable[Passage]) -> Iterable[list[str]]:
    texts: dict[int, tuple[str, object]] = {}
    for passage in passages:
        if passage.document_id not in texts:
            texts.clear()  # Passages come in document order: hold one document at a time.
            texts[passage.document_id] = (
                document_text(project, passage.document_id),
                load_boundaries(project, passage.document_id),
            )
        text, boundaries = texts[passage.document_id]
        quoted = text[passage.start:passage.end]
        before, after = sentence_context(
            text, boundaries.sentences, boundaries.words, passage.start, passage.end
        )
        yield [
            str(passage.id), str(passage.document_id), neutralise(passage.document),
            neutralise(passage.code), neutralise(passage.code_path), str(passage.start),
            str(passage.end), neutralise(quoted), neutralise(to_simplified(quoted)),
            neutralise(to_traditional(quoted)), neutralise(before), neutralise(after),
            neutralise(passage.memo), neutralise(passage.coder),
            passage.created_at.isoformat(timespec="seconds"),
            passage.updated_at.isoformat(timespec="seconds"),
        ]


def write_csv(project: Project, passages: Iterable[Passage], destination: Path) -> int:
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
