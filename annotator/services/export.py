"""CSV export of coded passages: UTF-8 with BOM for Excel, RFC 4180 quoting, safe from formulas,
written atomically (a half-written export never replaces a good one).

An export writes a new file or replaces an ordinary, writable one, nothing else: never the
project itself or its `-wal`/`-shm`/`-lock` files, never anything in its backups folder (all
compared by what the paths are, not how they are spelt), never a folder, pipe or device, and a
symbolic link only when asked to (its target is then replaced, in the target's folder). The
temporary file is `.<name>.XXXXXXXX.annotator-export` beside the destination; one left by an
export that was killed is removed by the next export to that name.

An export can be cancelled (`cancel`, anything with `is_set()`): it is checked every
`CANCEL_CHECK_ROWS` rows, and a cancelled export removes its temporary file, so it leaves no
file behind and the one it would have replaced untouched.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import select

from annotator.context import sentence_context
from annotator.domain import Passage, PassageFilter
from annotator.services.annotations import ExportRecord, export_records
from annotator.interchange.atomic import atomic_path
from annotator.errors import UserError
from db.messages import Phrase
from annotator.project import Project
from annotator.services.documents import Boundaries, document_script_forms, document_text, load_boundaries
from db.backup import backup_folder, real_path
from db.models import Document
from db.presence import LOCK_SUFFIX

HEADER = (
    "annotation_id", "document_id", "document", "author", "date", "source_ref", "code", "code_path",
    "start", "end", "text",
    "text_simplified", "text_traditional", "context_before", "context_after", "memo", "coder",
    "created_at", "updated_at",
)
# A cell starting with one of these is a formula to Excel/LibreOffice (CSV injection). The
# apostrophe is there too so that neutralising stays reversible (see `restore_cell`).
FORMULA_STARTS = frozenset("=+-@\t\r'")
# An export in progress writes `.<name>.<8 random characters><TEMPORARY_SUFFIX>` beside the
# destination; one older than LEFTOVER_AGE_SECONDS was left by a killed export (a younger one
# may be another export writing right now).
TEMPORARY_SUFFIX = ".annotator-export"
LEFTOVER_AGE_SECONDS = 300
# A cancel is noticed within this many rows: often enough to stop at once, rarely enough to cost
# nothing beside writing them.
CANCEL_CHECK_ROWS = 500
# The project's own files, by their suffix on the project's real path.
PROJECT_FILE_SUFFIXES = {"": Phrase("phrase.project_file.itself"),
                         "-wal": Phrase("phrase.project_file.wal"),
                         "-shm": Phrase("phrase.project_file.shm"),
                         "-journal": Phrase("phrase.project_file.journal"),
                         LOCK_SUFFIX: Phrase("phrase.project_file.lock")}


class Cancel(Protocol):
    """What an export polls to learn that the user cancelled; threading.Event is one."""

    def is_set(self) -> bool: ...


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written or replaced."""


T = TypeVar("T")


def watched(items: Sequence[T], progress: Callable[[float], None] | None, cancel: Cancel | None,
            every: int = CANCEL_CHECK_ROWS) -> Iterator[T]:
    """`items`, reporting the fraction gone through and stopping with ExportCancelled when
    `cancel` is set (checked every `every` items: the check costs nothing then)."""
    total = len(items) or 1
    for number, item in enumerate(items):
        if number % every == 0:
            check_cancel(cancel)
            if progress is not None:
                progress(number / total)
        yield item
    if progress is not None:
        progress(1.0)


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("export cancelled; no file was written")


def neutralise(cell: str) -> str:
    return "'" + cell if cell[:1] in FORMULA_STARTS else cell


def _as_stored(cell: str) -> str:
    return cell


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


def passage_rows(project: Project, passages: Iterable[Passage | ExportRecord], *,
                 typed: bool = False) -> Iterable[list[object]]:
    """The CSV's rows of `passages`. `typed` (the workbook's typed cells): text as stored, not
    neutralised, and a Passage's timestamps as the aware datetimes it holds."""
    safe = _as_stored if typed else neutralise
    current: _DocumentForExport | None = None
    current_id = None
    for passage in passages:
        if isinstance(passage, Passage) and not typed:
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


def export_csv(project: Project, passage_filter: PassageFilter, destination: Path, *,
               follow_symlinks: bool = False, cancel: Cancel | None = None,
               progress: Callable[[float], None] | None = None) -> int:
    """Export the passages a filter selects (the command line's and the window's export)."""
    return write_csv(project, export_records(project, passage_filter), destination,
                     follow_symlinks=follow_symlinks, cancel=cancel, progress=progress)


def write_csv(project: Project, passages: Iterable[Passage | ExportRecord], destination: Path, *,
              follow_symlinks: bool = False, cancel: Cancel | None = None,
              progress: Callable[[float], None] | None = None) -> int:
    """Write the passages to `destination` atomically; return the number of rows. What may be
    replaced is in the module docstring; `follow_symlinks` replaces a link's target."""
    total = len(passages) if isinstance(passages, Sequence) else None
    return write_table_csv(project, HEADER, passage_rows(project, passages), destination,
                           follow_symlinks=follow_symlinks, cancel=cancel, progress=progress,
                           total=total)


def write_table_csv(project: Project, header: Sequence[str], rows: Iterable[Sequence[object]],
                    destination: Path, *, follow_symlinks: bool = False,
                    cancel: Cancel | None = None, progress: Callable[[float], None] | None = None,
                    total: int | None = None) -> int:
    """Write a table (a header and rows whose text is already neutralised) as the export's CSV,
    atomically, to what `destination` may replace (module docstring); return the rows. Raises
    ExportCancelled once `cancel` is set, having written nothing. `progress` gets the share
    of the `total` rows written, every CANCEL_CHECK_ROWS rows."""
    count = 0
    with export_destination(project, destination, follow_symlinks=follow_symlinks) as temporary:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                if count % CANCEL_CHECK_ROWS == 0:
                    if cancel is not None and cancel.is_set():
                        raise ExportCancelled("export cancelled; no file was written")
                    if progress is not None and total:
                        progress(count / total)
                writer.writerow(row)
                count += 1
            if cancel is not None and cancel.is_set():  # not replaced once the user said no
                raise ExportCancelled("export cancelled; no file was written")
    return count


@contextmanager
def export_destination(project: Project, destination: Path, *,
                       follow_symlinks: bool = False) -> Iterator[Path]:
    """A temporary file to write an export of any format to (the CSV's name and place); when
    the block ends without an error it is flushed to disk and replaces what `destination` may
    replace (the module docstring: checked before anything is written), else it is removed
    and the destination is as it was."""
    destination = Path(destination)
    target = checked_destination(project, destination, follow_symlinks=follow_symlinks)
    _remove_leftovers(target.parent, target.name)
    with atomic_path(target, suffix=TEMPORARY_SUFFIX, named=destination) as temporary:
        yield temporary


def checked_destination(project: Project, destination: Path, *, follow_symlinks: bool = False) -> Path:
    """The file an export to `destination` creates or replaces (a link's target, with
    `follow_symlinks`), after refusing what it must not replace (module docstring)."""
    return _export_target(project, destination, follow_symlinks=follow_symlinks)


def _export_target(project: Project, destination: Path, *, follow_symlinks: bool) -> Path:
    """The file the export replaces or creates, after refusing whatever it must not replace."""
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("db.no_such_folder", folder=folder)
    target, status = destination, _status(destination)
    if status is not None and stat.S_ISLNK(status.st_mode):
        if not follow_symlinks:
            raise UserError(
                "export.symbolic_link_export_replaces_files", destination=destination,
                link=os.readlink(destination)
            )
        try:
            target = destination.resolve()
        except (OSError, RuntimeError):  # a loop of links
            raise UserError("export.symbolic_link_leads_nowhere_loop", destination=destination) from None
        if not target.parent.is_dir():
            raise UserError("export.symbolic_link_into_folder_does", destination=destination,
                            parent=target.parent)
        status = _status(target)
    if status is not None:
        if not stat.S_ISREG(status.st_mode):
            raise UserError("export.not_regular_file_export_writes", destination=destination,
                            kind=_kind(status.st_mode))
        if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise UserError("export.read_only_export_does_not", destination=destination)
    _refuse_the_projects_files(project, destination, target, status)
    return target


def _status(path: Path) -> os.stat_result | None:
    """The path's own status (a link's, not its target's), or None when nothing is there."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UserError("export.cannot_looked_at", path=path, reason=error.strerror) from None


def _kind(mode: int) -> Phrase:
    if stat.S_ISDIR(mode):
        return Phrase("phrase.file.folder")
    if stat.S_ISFIFO(mode):
        return Phrase("phrase.file.pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Phrase("phrase.file.device")
    if stat.S_ISSOCK(mode):
        return Phrase("phrase.file.socket")
    return Phrase("phrase.file.not_a_file")


def _refuse_the_projects_files(project: Project, destination: Path, target: Path,
                               status: os.stat_result | None) -> None:
    """The project, its -wal/-shm/-lock files and its backups, whatever the spelling of the path:
    compared by real path (links and `..` resolved) and, for existing files, by identity (a hard
    link is the same file). A team project on a server has no files here."""
    if project.path is None:
        return
    real = target.resolve()
    project_file = real_path(project.path)

    def same(other: Path) -> bool:
        if real == other:
            return True
        try:
            return status is not None and os.path.samefile(target, other)
        except OSError:  # `other` does not exist
            return False

    for suffix, what in PROJECT_FILE_SUFFIXES.items():
        if same(Path(f"{project_file}{suffix}")):
            raise UserError("export.export_another_file", destination=destination, what=what)
    backups = backup_folder(project.path).resolve()
    inside = real == backups or backups in real.parents
    if not inside and status is not None and backups.is_dir():
        inside = any(same(backup) for backup in backups.iterdir())
    if inside:
        raise UserError("export.project_backups_folder_export", destination=destination,
                        backups=backups)


def _remove_leftovers(folder: Path, name: str) -> None:
    """Delete the temporary files that killed exports to `name` left in `folder`."""
    pattern = re.compile(re.escape(f".{name}.") + r"[A-Za-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX))
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            pass  # another export removed it, or it is not ours to remove: the export goes on


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read an export back, cells restored to the stored text (for checks and re-import)."""
    with io.open(path, encoding="utf-8-sig", newline="") as handle:
        return [
            {key: restore_cell(value) for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]
# -- every format, by the destination's extension -------------------------------------------

# Extension -> the format's name as the user reads it (the window's file-type filter too).
FORMATS = {".csv": "CSV", ".xlsx": "Excel workbook", ".qdpx": "REFI-QDA project",
           ".qdc": "REFI-QDA codebook", ".html": "HTML report"}


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote, for its one line: the format and what it holds."""

    format: str
    passages: int
    what: str  # "3 passages", or "2 documents, 5 codes, 3 passages, 1 memo"
    warnings: tuple[str, ...] = ()


def export_format(destination: Path) -> str:
    """The destination's extension, when it is one an export writes (else UserError)."""
    suffix = Path(destination).suffix.lower()
    if suffix == ".htm":
        suffix = ".html"
    if suffix not in FORMATS:
        raise UserError("export.unknown_format", name=Path(destination).name,
                        formats=", ".join(FORMATS))
    return suffix


def export_to(project: Project, passage_filter: PassageFilter, destination: Path, *,
              follow_symlinks: bool = False, script: str = "traditional",
              progress: Callable[[float], None] | None = None,
              cancel: Cancel | None = None) -> ExportOutcome:
    """Export in the format `destination`'s extension names (FORMATS); every format written as
    the CSV is (the module docstring: what may be replaced, atomically)."""
    from annotator.plural import count

    destination = Path(destination)
    # What the destination is comes first: "is the project itself" says more than its extension.
    checked_destination(project, destination, follow_symlinks=follow_symlinks)
    suffix = export_format(destination)
    name = FORMATS[suffix]
    if suffix == ".csv":
        written = export_csv(project, passage_filter, destination, follow_symlinks=follow_symlinks,
                             progress=progress, cancel=cancel)
        return ExportOutcome(name, written, count(written, "passage"))
    if suffix == ".xlsx":
        from annotator.services.workbook import export_workbook

        written = export_workbook(project, passage_filter, destination, follow_symlinks=follow_symlinks,
                                  progress=progress, cancel=cancel)
        return ExportOutcome(name, written, count(written, "passage"))
    if suffix == ".html":
        from annotator.services.report import export_report

        written = export_report(project, passage_filter, destination, script=script,
                                follow_symlinks=follow_symlinks, cancel=cancel)
        return ExportOutcome(name, written, count(written, "passage"))
    from annotator.services.exchange import export_qdc, export_qdpx

    if suffix == ".qdc":
        result = export_qdc(project, destination, follow_symlinks=follow_symlinks)
    else:
        result = export_qdpx(project, passage_filter, destination, follow_symlinks=follow_symlinks,
                             progress=progress, cancel=cancel)
    return ExportOutcome(name, result.passages, result.describe() if suffix == ".qdpx"
                         else count(result.codes, "code"), result.warnings)
