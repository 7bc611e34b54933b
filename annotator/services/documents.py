"""Documents: list, look up by id or title, read text and boundaries, edit metadata, delete and
restore."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from annotator.domain import (
    DocumentDeletion,
    DocumentInfo,
    MetadataEdit,
    StoredCorrection,
    StoredDocument,
    StoredMemo,
    StoredParallelIndex,
    StoredPassage,
    StoredSegmentation,
)
from annotator.errors import UserError
from annotator.project import Project, retrying
from annotator.services import stored
from annotator.text.boundaries import decode_boundaries
from annotator.text.forms import SIMPLIFIED, TRADITIONAL, own_forms
from annotator.text.display import visible
from annotator.services.references import ID_PREFIX, is_number, parse_reference
from db import queries
from db.models import Annotation, Coder, Document, EntityCorrection, Memo, ParallelIndex, Segmentation

EDITABLE_METADATA = ("title", "author", "date", "source_ref", "notes")
# A reference that is always a title (see resolve_document).
TITLE_PREFIX = "title:"
# The text columns are large; looking a document up never needs them. Nor its identity: in a
# file upgraded by schema 0003 the uuid column was appended after the texts (ALTER TABLE ADD
# COLUMN puts it last), and SQLite reaches it only by walking the text's overflow pages, which
# made reading one document's row 1.5 ms for a 1M-character volume (every tag reads it).
WITHOUT_TEXT = (defer(Document.text), defer(Document.folded_text), defer(Document.traditional_text),
                defer(Document.uuid))


@dataclass(frozen=True)
class Boundaries:
    """A document's stored segmentation: sorted code-point offsets including 0 and its length."""

    words: array
    sentences: array
    method: str


def _info(document: Document, words_blob_len: int, sentences_blob_len: int, passages: int) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        title=document.title,
        source_name=document.source_name,
        encoding=document.encoding,
        script=document.script,
        presegmented=document.presegmented,
        length=document.length,
        text_sha256=document.text_sha256,
        author=document.author,
        date=document.date,
        source_ref=document.source_ref,
        notes=document.notes,
        cleanup_report=document.cleanup_report,
        imported_at=document.imported_at,
        # Boundaries are packed uint32 offsets including both ends: n segments, n + 1 offsets.
        segments=max(words_blob_len // 4 - 1, 0),
        sentences=max(sentences_blob_len // 4 - 1, 0),
        passages=passages,
    )


def _info_query(coders: Sequence[str] | None = None):
    counting = select(func.count(Annotation.id)).where(Annotation.document_id == Document.id)
    if coders is not None:  # only the passages of these coders (names) are counted
        counting = counting.where(Annotation.coder_id.in_(
            select(Coder.id).where(Coder.name.in_(list(coders)))))
    passages = counting.correlate(Document).scalar_subquery()
    return (
        select(
            Document,
            func.coalesce(func.length(Segmentation.word_boundaries), 0),
            func.coalesce(func.length(Segmentation.sentence_boundaries), 0),
            passages,
        )
        .outerjoin(Segmentation, Segmentation.document_id == Document.id)
        .options(*WITHOUT_TEXT)
    )


def list_documents(project: Project, *, coders: Sequence[str] | None = None) -> list[DocumentInfo]:
    """Every document, with its passage count: of every coder's passages, or only of those of
    `coders` (names) when given (what the window shows; one query either way)."""
    with project.read() as session:
        rows = session.execute(_info_query(coders).order_by(Document.id)).all()
        return [_info(*row) for row in rows]


def resolve_document(session: Session, reference: str | int) -> Document:
    """A document by id or by exact title, as the command line writes it (the window passes
    ints: ids).

    `#N` is always the document with id N, and `title:X` always the document titled X. A bare
    reference means the document with that title; a bare number that is no document's title
    means the id. A bare number that is both a title and another document's id, and a title
    that several documents have, are refused, naming the candidates and how to write each."""
    if isinstance(reference, int) and not isinstance(reference, bool):
        return _with_id(session, reference)
    text = str(reference).strip()
    if text.startswith(ID_PREFIX):
        number = text[len(ID_PREFIX):]
        if not is_number(number):
            raise UserError("references.not_an_id", text=visible(text), id_prefix=ID_PREFIX)
        return _with_id(session, int(number))
    prefixed = text.startswith(TITLE_PREFIX)
    title = text[len(TITLE_PREFIX):].strip() if prefixed else text
    titled = session.scalars(
        select(Document).where(Document.title == title).order_by(Document.id).options(*WITHOUT_TEXT)
    ).all()
    if len(titled) > 1:
        ids = " or ".join(f"{ID_PREFIX}{match.id}" for match in titled)
        raise UserError("documents.several_documents_titled_write", title=visible(title),
                        ids=ids)
    with_id = None
    if not prefixed and is_number(text):
        with_id = session.get(Document, int(text), options=WITHOUT_TEXT)
    if titled and with_id is not None and titled[0].id != with_id.id:
        raise UserError(
            "documents.both_title_document_id_document", text=text, titled_id=titled[0].id,
            title=visible(with_id.title), title_prefix=TITLE_PREFIX, id_prefix=ID_PREFIX
        )
    document = titled[0] if titled else with_id
    if document is None:
        raise UserError("documents.no_such_title" if prefixed or not is_number(text)
                        else "documents.no_such_id_or_title", title=visible(title))
    return document


def parse_document_reference(reference: str | int) -> int | str | None:
    """What resolve_document looks a reference up by, read without the database: the id, or
    the title, or None where only resolve_document can tell (see references.parse_reference)."""
    return parse_reference(reference, TITLE_PREFIX)


def _with_id(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id, options=WITHOUT_TEXT)
    if document is None:
        raise UserError("documents.no_such_id", document_id=document_id)
    return document


def get_document(project: Project, reference: str | int) -> DocumentInfo:
    with project.read() as session:
        document_id = resolve_document(session, reference).id
        row = session.execute(_info_query().where(Document.id == document_id)).one()
        return _info(*row)


def document_text(project: Project, document_id: int) -> str:
    text = project.stored_text(document_id)
    if text is None:
        raise UserError("documents.no_such_id", document_id=document_id)
    return text


def document_script_forms(project: Project, document_id: int) -> tuple[str, str]:
    """The document's text in simplified and in traditional characters (each the same length
    as the stored text, character for character). The form in the script the document is
    written in is its stored text itself: converting a traditional text to traditional would
    rewrite characters that are already traditional (秘→祕), and a quotation must not differ
    from its source (see `annotator.text.forms`)."""
    with project.read() as session:
        script = session.scalar(select(Document.script).where(Document.id == document_id))
        if script is None:
            raise UserError("documents.no_such_id", document_id=document_id)
        # The stored form stands in for its own script: only the other column is read.
        simplified = "" if script == SIMPLIFIED else session.scalar(
            select(Document.folded_text).where(Document.id == document_id))
        traditional = "" if script == TRADITIONAL else session.scalar(
            select(Document.traditional_text).where(Document.id == document_id))
    return own_forms(document_text(project, document_id), script, simplified, traditional)


def load_boundaries(project: Project, document_id: int) -> Boundaries:
    with project.read() as session:
        # Megabytes of packed offsets: read as the driver's bytes (in binary from a server).
        rows = queries.fetch_binary(session, select(
            Segmentation.method, Segmentation.word_boundaries, Segmentation.sentence_boundaries,
        ).where(Segmentation.document_id == int(document_id)))
    if not rows:
        raise UserError("documents.document_no_segmentation", document_id=document_id)
    method, words, sentences = rows[0]
    return Boundaries(words=decode_boundaries(words), sentences=decode_boundaries(sentences),
                      method=method)


@retrying
def update_metadata(project: Project, document_id: int, **fields: str) -> MetadataEdit:
    """Edit a document's details (EDITABLE_METADATA); the values before and after, for undo."""
    unknown = set(fields) - set(EDITABLE_METADATA)
    if unknown:
        raise UserError("documents.cannot_edit_document", fields=', '.join(sorted(unknown)))
    if "title" in fields and not fields["title"].strip():
        raise UserError("documents.document_needs_title")
    with project.write() as session:
        document = session.get(Document, document_id, options=WITHOUT_TEXT)
        if document is None:
            raise UserError("documents.no_such_id", document_id=document_id)
        old = {name: getattr(document, name) for name in fields}
        for name, value in fields.items():
            setattr(document, name, value.strip() if name == "title" else value)
        new = {name: getattr(document, name) for name in fields}
    return MetadataEdit(get_document(project, document_id), old, new)


@retrying
def delete_document(project: Project, document_id: int) -> DocumentDeletion:
    """Delete a document with its segmentation, passages and memos, in one transaction; what
    comes back is all of it, for `restore_document`."""
    with project.write() as session:
        saved = stored.save(session, StoredDocument, Document.id == document_id)
        if not saved:
            raise UserError("documents.no_such_id", document_id=document_id)
        segmentation = stored.save(session, StoredSegmentation, Segmentation.document_id == document_id)
        passages = stored.save(session, StoredPassage, Annotation.document_id == document_id)
        memos = stored.save(session, StoredMemo, Memo.document_id == document_id)
        corrections = stored.save(session, StoredCorrection, EntityCorrection.document_id == document_id)
        index = stored.save(session, StoredParallelIndex, ParallelIndex.document_id == document_id)
        stored.remove(session, project, corrections)
        stored.remove(session, project, index)
        stored.remove(session, project, passages)
        stored.remove(session, project, memos)
        stored.remove(session, project, segmentation)
        stored.remove(session, project, saved)
    project.forget_text(document_id)
    return DocumentDeletion(saved[0], segmentation[0] if segmentation else None, passages, memos,
                            corrections, index[0] if index else None)


@retrying
def restore_document(project: Project, deletion: DocumentDeletion) -> DocumentInfo:
    """Put a deleted document back exactly, in one transaction (undo of `delete_document`):
    the same id and identity, text, segmentation, passages, memos, entity corrections and
    parallel-passage index."""
    document = deletion.document
    with project.write() as session:
        if session.get(Document, document.id, options=WITHOUT_TEXT) is not None:
            raise UserError("documents.document_already_exists", id=document.id)
        twin = session.scalar(select(Document.id).where(Document.uuid == document.uuid))
        if twin is not None:
            raise UserError("documents.project_again_document_nothing_restored",
                            title=document.title, twin=twin)
        stored.put_back(session, project, [document])
        if deletion.segmentation is not None:
            stored.put_back(session, project, [deletion.segmentation])
        stored.put_back(session, project, deletion.passages)
        stored.put_back(session, project, deletion.memos)
        stored.put_back(session, project, deletion.corrections)
        if deletion.parallel_index is not None:
            stored.put_back(session, project, [deletion.parallel_index])
    return get_document(project, document.id)
