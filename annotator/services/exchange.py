"""REFI-QDA exchange with NVivo, MAXQDA, ATLAS.ti and QualCoder: a project (.qdpx) or its
codebook (.qdc) out of the store, and into it.

Export: the store becomes an `ExchangeProject` (annotator/interchange/records.py) whose GUIDs are
the stored identities, so exporting twice gives the same file; a passage filter narrows the
passages (and, naming documents, the sources) as it narrows the CSV. Every code is exported
(codings refer to them) and marked codable: our codes are all codable.

Import: the file is read and checked whole (a broken one is one ExchangeError, nothing changed;
the producers' habits, NVivo's UTF-16 positions, ATLAS.ti's CRLF counted as one, are the
interchange layer's), the texts not yet here are segmented outside the transaction, and the lot
is merged in one transaction by the merge of projects (services/merge.py): documents matched by
GUID, else by text SHA-256; codes by GUID, else by path; coders by GUID, else by name; passages
by GUID, else by place. What the file holds that this app cannot (media sources, sets, notes
about nothing we keep) is listed in the summary, never dropped silently; importing the same
file again adds nothing.
"""

from __future__ import annotations

import os
import stat
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import select

from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.interchange.producers import ORIGIN, producer_name
from annotator.interchange.qdc import read_qdc, write_qdc
from annotator.interchange.qdpx import read_qdpx, write_qdpx
from annotator.interchange.records import (
    ExchangeCode,
    ExchangeCodebook,
    ExchangeCoding,
    ExchangeNote,
    ExchangeProject,
    ExchangeSelection,
    ExchangeSource,
    ExchangeUser,
    Unsupported,
    derived_guid,
    iter_codes,
    passage_guid,
)
from annotator.plural import count
from annotator.project import Project, retrying
from annotator.services.annotations import default_coder_name, export_records
from annotator.services.codes import NEW_CODE_COLOURS, PATH_SEPARATOR, list_codes
from annotator.services.export import check_cancel, export_destination
from annotator.services.imports import (
    ImportCancelled, ImportOptions, PreparedDocument, Progress, SourceReading, prepare_from_reading,
    read_file_bytes,
)
from annotator.services.merge import MergeSummary, _Merger
from annotator.text.boundaries import encode_boundaries
from db import changes, queries
from db.models import Annotation, Code, Coder, Document, Memo, ParallelIndex, utc_now

# How a document brought by a REFI-QDA file records where its text came from.
EXCHANGE_ENCODING = "refi-qda"
# Stands for "no coder named" among the file's coders.
_NOBODY = UUID(int=0)


# -- export ------------------------------------------------------------------------------------


def project_name(project: Project) -> str:
    """What the exported project is called: the project file's name, or the team project's."""
    return project.path.stem if project.path is not None else project.location.label


def exchange_codes(project: Project) -> tuple[ExchangeCode, ...]:
    """The codebook as a tree of exchange codes, in the codebook's order, with the codes' GUIDs."""
    codes = list_codes(project)
    with project.read() as session:
        guids = dict(session.execute(select(Code.id, Code.uuid)).all())
    children: dict[int | None, list] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)

    def tree(parent: int | None) -> tuple[ExchangeCode, ...]:
        return tuple(
            ExchangeCode(guid=guids[code.id], name=code.name, color=code.color.upper(),
                         description=code.description, is_codable=True, children=tree(code.id))
            for code in children.get(parent, ())
        )

    return tree(None)


def exchange_project(project: Project, passage_filter: PassageFilter = PassageFilter()) -> ExchangeProject:
    """The project (its passages as the filter selects them) as REFI-QDA records."""
    codes = exchange_codes(project)
    # Every passage unless the filter narrows them (the filter's rule is the export's).
    wanted = (None if passage_filter == PassageFilter()
              else {record.id for record in export_records(project, passage_filter)})
    with project.read() as session:
        coders = {row.id: row.uuid for row in session.execute(select(Coder.id, Coder.uuid))}
        users = tuple(ExchangeUser(guid=row.uuid, name=row.name)
                      for row in session.execute(select(Coder.uuid, Coder.name)))
        code_guids = dict(session.execute(select(Code.id, Code.uuid)).all())
        statement = select(Document.id, Document.uuid, Document.title, Document.text, Document.notes,
                           Document.author, Document.date, Document.source_ref,
                           Document.imported_at).order_by(Document.id)
        if passage_filter.document_ids:
            statement = statement.where(Document.id.in_(passage_filter.document_ids))
        documents = session.execute(statement).all()
        # Raw rows, converted here: the ORM's per-value conversions were most of the time.
        # Each row becomes its selection (and memo note) directly: no row object between.
        aware, identity = queries.datetimes(session), queries.identities(session)
        selections_of: dict[int, list[ExchangeSelection]] = {}
        notes: list[ExchangeNote] = []
        for (annotation_id, stored_uuid, document_id, code_id, coder_id, start, end, quote, memo,
             created_at, updated_at) in queries.fetch(session, (
            select(Annotation.id, Annotation.uuid, Annotation.document_id, Annotation.code_id,
                   Annotation.coder_id, Annotation.start, Annotation.end, Annotation.quote,
                   Annotation.memo, Annotation.created_at, Annotation.updated_at)
            .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
        )):
            if wanted is not None and annotation_id not in wanted:
                continue
            guid, coder = identity(stored_uuid), coders.get(coder_id)
            created, modified = aware(created_at), aware(updated_at)
            selection = ExchangeSelection(
                guid, start, end,
                (ExchangeCoding(derived_guid(guid, "coding"), code_guids[code_id], coder, created),),
                quote, "", coder, created, coder, modified,
            )
            selections = selections_of.get(document_id)
            if selections is None:
                selections = selections_of[document_id] = []
            selections.append(selection)
            if memo:
                notes.append(ExchangeNote(
                    guid=derived_guid(guid, "memo"), name=_short(memo), text=memo,
                    targets=(guid,), creating_user=coder, created=created,
                    modifying_user=coder, modified=modified,
                ))
        memos = session.execute(
            select(Memo.uuid, Memo.document_id, Memo.code_id, Memo.coder_id, Memo.title, Memo.text,
                   Memo.created_at, Memo.updated_at).order_by(Memo.id)
        ).all()
    document_guids = {row.id: row.uuid for row in documents}
    sources = []
    for document in documents:
        selections = selections_of.get(document.id, ())
        sources.append(ExchangeSource(
            guid=document.uuid, name=document.title, text=document.text,
            description=document.notes, author=document.author, date=document.date,
            source_ref=document.source_ref, selections=tuple(selections),
            created=document.imported_at, modified=document.imported_at,
        ))
    for memo in memos:
        if memo.document_id is not None:
            target = document_guids.get(memo.document_id)
            if target is None:  # a document the filter left out
                continue
        else:
            target = code_guids[memo.code_id]
        coder = coders.get(memo.coder_id) if memo.coder_id is not None else None
        notes.append(ExchangeNote(
            guid=memo.uuid, name=memo.title or _short(memo.text), text=memo.text, targets=(target,),
            creating_user=coder, created=memo.created_at, modifying_user=coder,
            modified=memo.updated_at,
        ))
    return ExchangeProject(name=project_name(project), origin=ORIGIN, users=users, codes=codes,
                           sources=tuple(sources), notes=tuple(notes))


def _short(text: str, limit: int = 50) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


@dataclass(frozen=True)
class ExchangeExport:
    """What an export wrote: counts for the one line the user reads, and warnings."""

    documents: int
    codes: int
    passages: int
    memos: int
    warnings: tuple[str, ...] = ()

    def describe(self) -> str:
        return (f"{count(self.documents, 'document')}, {count(self.codes, 'code')}, "
                f"{count(self.passages, 'passage')}, {count(self.memos, 'memo')}")


def export_qdpx(project: Project, passage_filter: PassageFilter, destination: Path, *,
                follow_symlinks: bool = False, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> ExchangeExport:
    """Write the project as a REFI-QDA project file, as every export: atomically, to what
    services/export.py lets an export replace. `cancel` stops it (ExportCancelled) before
    the file is written."""
    exchanged = exchange_project(project, passage_filter)
    check_cancel(cancel)
    if progress is not None:
        progress(0.5)  # the store read; the file to write
    with export_destination(project, destination, follow_symlinks=follow_symlinks) as temporary:
        with temporary.open("wb") as handle:
            warnings = write_qdpx(exchanged, handle)
    passages = sum(len(source.selections) for source in exchanged.sources)
    return ExchangeExport(len(exchanged.sources), sum(1 for _ in iter_codes(exchanged.codes)),
                          passages, len(exchanged.notes), warnings)


def export_qdc(project: Project, destination: Path, *, follow_symlinks: bool = False) -> ExchangeExport:
    """Write the codebook as a REFI-QDA codebook file (the export's safety and atomic write)."""
    codebook = ExchangeCodebook(codes=exchange_codes(project), origin=ORIGIN)
    with export_destination(project, destination, follow_symlinks=follow_symlinks) as temporary:
        if not codebook.codes:  # after the destination's checks: those come first for every format
            raise UserError("exchange.empty_codebook")
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(write_qdc(codebook))
    return ExchangeExport(0, sum(1 for _ in iter_codes(codebook.codes)), 0, 0)


# -- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeSummary:
    """What an import took: the merge's counts and conflicts, what the file held that cannot be
    taken (listed for the user), and how the file was read (warnings)."""

    source: str
    producer: str
    merge: MergeSummary
    unsupported: tuple[Unsupported, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def added(self) -> dict[str, int]:
        return self.merge.added

    @property
    def matched(self) -> dict[str, int]:
        return self.merge.matched

    def describe(self) -> str:
        return self.merge.describe()

    def lines(self) -> list[str]:
        """The summary as the command line prints it and the window shows it."""
        lines = [f"imported {self.source}" + (f" (from {self.producer})" if self.producer else "")
                 + f": {self.describe()}"]
        lines += [f"  conflict: {conflict.description}" for conflict in self.merge.conflicts]
        if self.merge.left_out:
            lines.append(f"  left out {count(self.merge.left_out, 'passage or memo', 'passages or memos')} "
                         "of documents whose text differs here")
        lines += [f"  not taken: {item}" for item in self.unsupported]
        lines += [f"  note: {warning}" for warning in self.warnings]
        return lines


def read_exchange_file(path: Path) -> ExchangeProject | ExchangeCodebook:
    """A .qdpx or .qdc read and checked whole (ExchangeError for a broken one)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".qdc":
        return read_qdc(read_file_bytes(path), path.name)
    if suffix == ".qdpx":
        # Read from the file itself: a project's archive may be larger than an import of one
        # text accepts (the archive's own limits guard against zip bombs).
        _check_regular_file(path)
        return read_qdpx(path)
    raise UserError("exchange.unknown_format", name=path.name)


def _check_regular_file(path: Path) -> None:
    """Refuse what is no file to read (a pipe would block for ever) before it is opened."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError("exchange.no_such_file", path=str(path)) from None
    except OSError as error:
        raise UserError("exchange.unreadable", name=path.name, reason=error.strerror or str(error)) from None
    if not stat.S_ISREG(mode):
        raise UserError("exchange.not_a_file", name=path.name)


def is_exchange_file(path: Path) -> bool:
    return Path(path).suffix.lower() in (".qdpx", ".qdc")


@dataclass(frozen=True)
class PreparedExchange:
    """A REFI-QDA file read, checked and its new texts segmented: all the slow part of an
    import, done without touching the project (the window does it in the background)."""

    source: str
    exchanged: ExchangeProject
    theirs: dict[str, list[dict]]
    prepared: dict[UUID, PreparedDocument]
    unsupported: tuple[Unsupported, ...]
    warnings: tuple[str, ...]


def import_exchange(project: Project, path: Path) -> ExchangeSummary:
    """Merge a REFI-QDA project or codebook into the project (module docstring)."""
    return store_exchange(project, prepare_exchange(project, path))


def prepare_exchange(project: Project, path: Path, *, progress: Progress | None = None,
                     cancel: threading.Event | None = None,
                     parallel: bool | None = None) -> PreparedExchange:
    """Read and check the file and segment the texts not yet here (ImportCancelled when
    `cancel` is set); `parallel` as in Segmenter.segment (the window passes True)."""
    path = Path(path)
    read = read_exchange_file(path)
    if isinstance(read, ExchangeCodebook):
        exchanged = ExchangeProject(name=path.stem, origin=read.origin, codes=read.codes,
                                    unsupported=read.unsupported, warnings=read.warnings)
    else:
        exchanged = read
    theirs, unsupported, warnings = _their_rows(project, exchanged)
    prepared = _prepare_new_texts(project, exchanged, progress=progress, cancel=cancel,
                                  parallel=parallel)
    return PreparedExchange(path.name, exchanged, theirs, prepared,
                            exchanged.unsupported + tuple(unsupported),
                            exchanged.warnings + tuple(warnings))


def store_exchange(project: Project, prepared: PreparedExchange) -> ExchangeSummary:
    """Merge a prepared file in one transaction; what it took."""
    sources = {source.guid: source for source in prepared.exchanged.sources}
    summary = _merge(project, prepared.theirs, sources, prepared.prepared, prepared.source)
    return ExchangeSummary(source=prepared.source, producer=producer_name(prepared.exchanged.origin),
                           merge=summary, unsupported=prepared.unsupported,
                           warnings=prepared.warnings)


def _prepare_new_texts(project: Project, exchanged: ExchangeProject, *,
                       progress: Progress | None = None, cancel: threading.Event | None = None,
                       parallel: bool | None = None) -> dict[UUID, PreparedDocument]:
    """Segment (outside any transaction: the slow part) the texts not yet in the project."""
    with project.read() as session:
        known = {(row.uuid, row.text_sha256) for row in session.execute(
            select(Document.uuid, Document.text_sha256))}
    guids = {guid for guid, _ in known}
    hashes = {sha for _, sha in known}
    new = [source for source in exchanged.sources
           if source.guid not in guids and source.text_sha256 not in hashes]
    total = sum(len(source.text) for source in new) or 1
    done = 0
    prepared = {}
    for source in new:
        if source.text_sha256 in hashes:  # the same text twice in the file: segmented once
            continue
        if cancel is not None and cancel.is_set():
            raise ImportCancelled("import cancelled; nothing was stored")

        def part(fraction: float, before: int = done, length: int = len(source.text)) -> None:
            if progress is not None:
                progress((before + fraction * length) / total)

        prepared[source.guid] = _prepare(project, source, progress=part, cancel=cancel,
                                         parallel=parallel)
        hashes.add(source.text_sha256)
        done += len(source.text)
    return prepared


def _prepare(project: Project, source: ExchangeSource, *, progress: Progress | None = None,
             cancel: threading.Event | None = None, parallel: bool | None = None) -> PreparedDocument:
    # The text exactly as the file has it (line ends made LF by the reader): every selection's
    # position is on it, so neither the web clean-up nor un-segmenting may touch it.
    reading = SourceReading(source_name=source.name, format="text", encoding=EXCHANGE_ENCODING,
                            text=source.text, presegmented=False, boundaries=None, cleanup={})
    options = ImportOptions(title=_title(source.name), author=source.author, date=source.date,
                            source_ref=source.source_ref, notes=_notes(source))
    return prepare_from_reading(reading, options, project.segmenter, progress=progress,
                                cancel=cancel, parallel=parallel)


def _title(name: str) -> str:
    return name.strip() or "untitled"


def _notes(source: ExchangeSource) -> str:
    """The document's notes: its description, then any other variables (kept, not dropped)."""
    extra = "\n".join(f"{variable.name}: {variable.value}" for variable in source.variables)
    return "\n\n".join(part for part in (source.description, extra) if part)


def _their_rows(project: Project, exchanged: ExchangeProject) -> tuple[dict[str, list[dict]], list, list]:
    """The file as the rows services/merge.py merges (their ids numbered here)."""
    unsupported: list[Unsupported] = []
    warnings: list[str] = []
    now = utc_now()
    with project.read() as session:
        our_colours = dict(session.execute(select(Code.uuid, Code.color)).all())
        default_coder = session.execute(select(Coder.uuid, Coder.name)
                                        .where(Coder.name == default_coder_name())).first()
    # Coders.
    coders: list[dict] = []
    coder_ids: dict[UUID, int] = {}
    for number, user in enumerate(exchanged.users, start=1):
        coders.append({"id": number, "uuid": user.guid, "name": user.name.strip() or "unnamed coder"})
        coder_ids[user.guid] = number

    def coder_of(guid: UUID | None) -> int:
        if guid is not None and guid in coder_ids:
            return coder_ids[guid]
        if _NOBODY not in coder_ids:  # what the file says nobody coded, the importer did
            mine = default_coder or (uuid.uuid4(), default_coder_name())
            coders.append({"id": -1, "uuid": mine[0], "name": mine[1]})
            coder_ids[_NOBODY] = -1
        return coder_ids[_NOBODY]

    # Codes, parents first, with the codebook's order among siblings.
    codes: list[dict] = []
    code_ids: dict[UUID, int] = {}
    siblings: dict[UUID | None, int] = {}
    palette = 0
    for number, (code, parent, path) in enumerate(iter_codes(exchanged.codes), start=1):
        name = code.name.strip()
        if PATH_SEPARATOR in name:
            name = name.replace(PATH_SEPARATOR, "／")
            warnings.append(f"the code “{'/'.join(path)}”: “/” separates a code's path here; "
                            f"named “{name}”")
        colour = code.color or our_colours.get(code.guid)
        if colour is None:
            colour, palette = NEW_CODE_COLOURS[palette % len(NEW_CODE_COLOURS)], palette + 1
        order = siblings.get(parent, 0)
        siblings[parent] = order + 1
        codes.append({"id": number, "uuid": code.guid, "name": name, "color": colour.upper(),
                      "description": code.description, "sort_order": order, "created_at": now,
                      "parent_id": code_ids.get(parent) if parent is not None else None,
                      "shortcut": None})
        code_ids[code.guid] = number
    # Documents, their passages and memos.
    notes_by_target: dict[UUID, list[ExchangeNote]] = {}
    for note in exchanged.notes:
        for target in note.targets:
            notes_by_target.setdefault(target, []).append(note)
    documents: list[dict] = []
    passages: list[dict] = []
    memos: list[dict] = []
    used_notes: set[UUID] = set()
    document_ids: dict[UUID, int] = {}
    for number, source in enumerate(exchanged.sources, start=1):
        document_ids[source.guid] = number
        documents.append({"id": number, "uuid": source.guid, "text_sha256": source.text_sha256,
                          "title": _title(source.name)})
        for selection in source.selections:
            if not 0 <= selection.start < selection.end <= len(source.text):
                unsupported.append(Unsupported(
                    "selection", f"{source.name} {selection.start}-{selection.end}",
                    "empty or outside its text"))
                continue
            selection_notes = notes_by_target.get(selection.guid, [])
            for coding in selection.codings:
                coding_notes = selection_notes + notes_by_target.get(coding.guid, [])
                used_notes.update(note.guid for note in coding_notes)
                memo = "\n\n".join([selection.description] * bool(selection.description)
                                   + [note.text for note in coding_notes if note.text])
                created = coding.created or selection.created or now
                passages.append({
                    "id": len(passages) + 1, "uuid": passage_guid(selection, coding),
                    "document_id": number, "code_id": code_ids[coding.code_guid],
                    "coder_id": coder_of(coding.creating_user or selection.creating_user),
                    "start": selection.start, "end": selection.end,
                    "quote": source.text[selection.start:selection.end], "memo": memo,
                    "created_at": created, "updated_at": selection.modified or created,
                })
    for note in exchanged.notes:
        if note.guid in used_notes:
            continue
        document = next((document_ids[t] for t in note.targets if t in document_ids), None)
        code = next((code_ids[t] for t in note.targets if t in code_ids), None)
        if document is None and code is None:
            unsupported.append(Unsupported(
                "note", note.name or str(note.guid),
                "a memo about the project as a whole or about nothing kept here: memos here "
                "belong to a document, a code or a passage"))
            continue
        created = note.created or now
        memos.append({
            "id": len(memos) + 1, "uuid": note.guid,
            "document_id": document, "code_id": None if document is not None else code,
            "coder_id": coder_of(note.creating_user) if note.creating_user else None,
            # A memo without a title is exported named by its opening words (other programs
            # list notes by name): that name read back is no title.
            "title": "" if note.name == _short(note.text) else note.name.strip(), "text": note.text,
            "created_at": created, "updated_at": note.modified or created,
        })
    theirs = {"coders": coders, "codes": codes, "documents": documents, "segmentations": [],
              "annotations": passages, "memos": memos, "dictionary_words": [],
              # REFI-QDA carries no entity corrections; the indexes are built from the texts.
              "entity_corrections": [], "parallel_indexes": []}
    return theirs, unsupported, warnings


class _ExchangeMerger(_Merger):
    """The merge of projects, its new documents segmented here rather than copied."""

    def __init__(self, connection: Any, theirs: dict[str, list[dict]], name: str,
                 sources: dict[UUID, ExchangeSource], prepared: dict[UUID, PreparedDocument],
                 project: Project) -> None:
        super().__init__(connection, theirs, name)
        self.sources = sources
        self.prepared = prepared
        self.project = project

    def _add_document(self, document: dict, segmentation: dict | None,
                      index: dict | None = None) -> int:
        source = self.sources[document["uuid"]]
        prepared = self.prepared.get(source.guid)
        if prepared is None:  # matched when it was read, no longer: segmented now, rarely
            prepared = _prepare(self.project, source)
        row = _document_row(source.guid, prepared, source.created)
        new_id = super()._add_document(row, {
            "method": prepared.method,
            "word_boundaries": encode_boundaries(prepared.word_boundaries),
            "sentence_boundaries": encode_boundaries(prepared.sentence_boundaries),
        })
        if prepared.parallel_index is not None:
            from annotator.services.parallels import index_format

            self.db.execute(ParallelIndex.__table__.insert().values(
                document_id=new_id, format=index_format(), data=prepared.parallel_index))
        return new_id


def _document_row(guid: UUID, prepared: PreparedDocument, created: datetime | None) -> dict:
    options = prepared.options
    return {
        "uuid": guid, "title": prepared.title, "source_name": prepared.source_name,
        "encoding": prepared.encoding, "script": prepared.script, "presegmented": False,
        "length": len(prepared.text), "text_sha256": prepared.sha256, "author": options.author,
        "date": options.date, "source_ref": options.source_ref, "notes": options.notes,
        "cleanup_report": "", "imported_at": created or utc_now(), "text": prepared.text,
        "folded_text": prepared.folded_text, "traditional_text": prepared.traditional_text,
    }


@retrying
def _merge(project: Project, theirs: dict[str, list[dict]], sources: dict[UUID, ExchangeSource],
           prepared: dict[UUID, PreparedDocument], name: str) -> MergeSummary:
    """The merge, in one transaction, and the change log's entries for the window."""
    with project.write() as session:
        merger = _ExchangeMerger(session.connection(), theirs, name, sources, prepared, project)
        summary = merger.run()
        for kind in ("document", "code", "memo"):
            if summary.added.get(kind):
                changes.record(session, project, kind, changes.ADDED)
        for document_id in sorted(merger.passages_added_in):
            changes.record(session, project, "passage", changes.ADDED, document_id=document_id)
    return summary
