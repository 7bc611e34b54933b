"""Persons, places, organisations, titles and dates in a document, with the user's corrections.

Entities are found by annotator.text.entities on a document's folded text and its stored word
boundaries (never re-cut), so either script; offsets are the stored text's, and each mention's
``text`` is the stored (original-script) text. Corrections are kept in the project
(`entity_corrections`), each made and undone in one transaction:

- `set_entity_kind`, `reject_entity`: a text takes a kind, or is no entity, in every document
  (keyed by its folded text, so in either script);
- `add_entity`, `reject_mention`: a span of one document is an entity of a kind, or the
  mention there is none;
- every call returns a CorrectionChange, which `undo_correction` reverses (and the change it
  returns reverses that: redo); `remove_correction` removes one, undone the same way.

`code_entity_occurrences` codes every mention of an entity in one undoable step (its passages
are what `annotations.untag_many` removes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.domain import CorrectionChange, EntityCorrection, Passage
from annotator.errors import UserError
from annotator.project import Project, retrying
from annotator.services.annotations import coder_id, tag_many
from annotator.services.documents import load_boundaries, resolve_document
from annotator.text.entities import (
    DATE,
    KINDS,
    ORGANIZATION,
    PERSON,
    PLACE,
    REJECTED,
    TITLE,
    EntityMention,
    EntitySummary,
    default_lexicon,
    find_entities,
    summarize,
)
from annotator.text.script import fold
from db.messages import Phrase
from db.models import Coder, Document
from db.models import EntityCorrection as CorrectionRow

MAX_TEXT = 500  # characters of an entity's text (the column's size)


@dataclass(frozen=True)
class DocumentCorrections:
    """The project's corrections as they bear on one document: what find_entities takes, and
    the spans rejected there."""

    kinds: dict[str, str]  # folded text -> kind or REJECTED, project-wide
    added: list[tuple[int, int, str]]
    rejected: set[tuple[int, int]]


def document_corrections(session: Session, document_id: int) -> DocumentCorrections:
    """The project-wide corrections and those of the document, read in ``session``."""
    rows = session.execute(
        select(CorrectionRow.document_id, CorrectionRow.folded_text, CorrectionRow.kind,
               CorrectionRow.start, CorrectionRow.end)
        .where((CorrectionRow.document_id.is_(None)) | (CorrectionRow.document_id == document_id))
    ).all()
    kinds = {row.folded_text: row.kind for row in rows if row.document_id is None}
    spans = [row for row in rows if row.document_id is not None]
    return DocumentCorrections(
        kinds,
        [(row.start, row.end, row.kind) for row in spans if row.kind != REJECTED],
        {(row.start, row.end) for row in spans if row.kind == REJECTED},
    )


@dataclass(frozen=True)
class FoundEntities:
    """A document's entities with the texts they were found in (for exports and listings)."""

    document_id: int
    title: str
    text: str
    folded: str
    mentions: list[EntityMention]


def found_entities(project: Project, reference: str | int) -> FoundEntities:
    """The entities of a document (by id or title), the project's corrections applied."""
    with project.read() as session:
        document = resolve_document(session, reference)
        document_id, title = document.id, document.title
        folded = session.scalar(select(Document.folded_text).where(Document.id == document_id))
        corrections = document_corrections(session, document_id)
    text = project.stored_text(document_id)
    if text is None or folded is None:
        raise UserError("documents.no_such_id", document_id=document_id)
    words = load_boundaries(project, document_id).words
    mentions = find_entities(text, folded, words, corrections=corrections.kinds,
                             added=corrections.added, lexicon=default_lexicon())
    if corrections.rejected:
        mentions = [m for m in mentions if (m.start, m.end) not in corrections.rejected]
    return FoundEntities(document_id, title, text, folded, mentions)


def document_entities(project: Project, document: str | int, *,
                      kinds: Iterable[str] = ()) -> list[EntityMention]:
    """The entities of a document in order of position, the project's corrections applied;
    only those of ``kinds`` when given."""
    wanted = set(checked_kinds(kinds))
    mentions = found_entities(project, document).mentions
    return [m for m in mentions if m.kind in wanted] if wanted else mentions


def entity_summaries(project: Project, document: str | int, *,
                     kinds: Iterable[str] = ()) -> list[EntitySummary]:
    """The document's entities grouped by folded text and kind, with counts and positions:
    kinds in their order (person, place, organization, title, date), most mentioned first."""
    wanted = set(checked_kinds(kinds))
    found = found_entities(project, document)
    mentions = [m for m in found.mentions if m.kind in wanted] if wanted else found.mentions
    return summarize(mentions, found.folded)


def checked_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``kinds``, each checked to be a kind of entity (a UserError names the kinds)."""
    return tuple(_kind(kind) for kind in kinds)


# A kind of entity as a message says it (the window translates it with the message).
KIND_PHRASES = {PERSON: "phrase.entities.person", PLACE: "phrase.entities.place",
                ORGANIZATION: "phrase.entities.organization", TITLE: "phrase.entities.title",
                DATE: "phrase.entities.date"}


def _kind_phrase(kind: str) -> Phrase | str:
    return Phrase(KIND_PHRASES[kind]) if kind in KIND_PHRASES else kind


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError("entities.not_kind_entity", kind=kind, kinds=', '.join(KINDS))
    return kind


# -- coding every occurrence -------------------------------------------------------------------

def entity_occurrences(project: Project, document_ids: Iterable[int] | None, text: str, *,
                       kind: str | None = None) -> list[tuple[int, int, int]]:
    """(document id, start, end) of every mention of the entity ``text`` (either script) in
    the documents (all when None), of ``kind`` when given."""
    key = _key(text)
    if kind is not None:
        _kind(kind)
    if document_ids is None:
        with project.read() as session:
            document_ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    spans = []
    for document_id in document_ids:
        found = found_entities(project, document_id)
        spans += [(found.document_id, m.start, m.end) for m in found.mentions
                  if found.folded[m.start:m.end] == key and (kind is None or m.kind == kind)]
    return spans


def code_entity_occurrences(project: Project, document_ids: Iterable[int] | None, text: str,
                            code: str | int, *, kind: str | None = None,
                            coder: str | None = None) -> list[Passage]:
    """Code every mention of the entity ``text`` in the documents (all when None) with
    ``code``, in ONE transaction; mentions this coder has coded so already are skipped. The
    new passages come back: `annotations.untag_many` of their ids undoes it, and
    `annotations.restore_many` of them redoes it."""
    spans = entity_occurrences(project, document_ids, text, kind=kind)
    if not spans:
        if kind:
            raise UserError("entities.not_found_as_kind", text=text, kind=_kind_phrase(kind))
        raise UserError("entities.not_found", text=text)
    return tag_many(project, spans, code, coder=coder)


# -- corrections -------------------------------------------------------------------------------

def _key(text: str) -> str:
    key = fold(text.strip())
    if not key:
        raise UserError("entities.entity_needs_text")
    if len(key) > MAX_TEXT:
        raise UserError("entities.entity_text_at_most", limit=MAX_TEXT)
    if "\n" in key:
        raise UserError("entities.entity_text_one_line")
    return key


def _domain(session: Session, row: CorrectionRow, coder: str | None = None) -> EntityCorrection:
    if coder is None:
        coder = session.scalar(select(Coder.name).where(Coder.id == row.coder_id)) or ""
    return EntityCorrection(row.id, row.uuid, row.document_id, row.folded_text, row.kind,
                            row.start, row.end, coder, row.created_at)


def list_corrections(project: Project, document: str | int | None = None) -> list[EntityCorrection]:
    """The project-wide corrections, and a document's own when one is given (all documents'
    when None), project-wide first, then by document and position."""
    with project.read() as session:
        statement = select(CorrectionRow)
        if document is not None:
            document_id = resolve_document(session, document).id
            statement = statement.where((CorrectionRow.document_id.is_(None))
                                        | (CorrectionRow.document_id == document_id))
        rows = session.scalars(statement).all()
        coders = dict(session.execute(select(Coder.id, Coder.name)).all())
        corrections = [_domain(session, row, coders.get(row.coder_id, "")) for row in rows]
    return sorted(corrections, key=lambda c: (c.document_id is not None, c.document_id or 0,
                                               c.start or 0, c.text))


def _project_wide(session: Session, key: str) -> CorrectionRow | None:
    return session.scalar(select(CorrectionRow).where(CorrectionRow.document_id.is_(None),
                                                       CorrectionRow.folded_text == key))


def _at(session: Session, document_id: int, start: int, end: int) -> CorrectionRow | None:
    return session.scalar(select(CorrectionRow).where(CorrectionRow.document_id == document_id,
                                                       CorrectionRow.start == start,
                                                       CorrectionRow.end == end))


def _replace(session: Session, old: CorrectionRow | None, new: CorrectionRow) -> CorrectionChange:
    replaced = _domain(session, old) if old is not None else None
    if old is not None:
        session.delete(old)
        session.flush()  # before the insert: the unique indexes allow one row per text or span
    session.add(new)
    session.flush()
    return CorrectionChange(_domain(session, new), replaced)


@retrying
def _set_kind(project: Project, text: str, kind: str, coder: str | None) -> CorrectionChange:
    key = _key(text)
    with project.write() as session:
        old = _project_wide(session, key)
        if old is not None and old.kind == kind:
            said = Phrase("phrase.entities.no_entity") if kind == REJECTED else _kind_phrase(kind)
            raise UserError("entities.corrected_everywhere_already", text=text.strip(), said=said)
        return _replace(session, old, CorrectionRow(folded_text=key, kind=kind,
                                                    coder_id=coder_id(session, coder)))


def set_entity_kind(project: Project, text: str, kind: str, *,
                    coder: str | None = None) -> CorrectionChange:
    """Every mention of ``text`` (either script) in every document takes ``kind``; so does
    every occurrence of it on word boundaries, found or not. Replaces an earlier correction
    of the same text."""
    return _set_kind(project, text, _kind(kind), coder)


def reject_entity(project: Project, text: str, *, coder: str | None = None) -> CorrectionChange:
    """``text`` (either script) is no entity, in any document."""
    return _set_kind(project, text, REJECTED, coder)


@retrying
def _set_span(project: Project, document: str | int, start: int, end: int, kind: str,
              coder: str | None) -> CorrectionChange:
    with project.write() as session:
        target = resolve_document(session, document)
        if not (0 <= start < end <= target.length):
            raise UserError("documents.range_outside", start=start, end=end, title=target.title,
                            length=target.length)
        if end - start > MAX_TEXT:
            raise UserError("entities.entity_at_most_characters_long", limit=MAX_TEXT)
        folded = session.scalar(select(Document.folded_text).where(Document.id == target.id))
        key = folded[start:end]
        if "\n" in key:
            raise UserError("entities.entity_does_not_run_over")
        old = _at(session, target.id, start, end)
        if old is not None and old.kind == kind:
            said = (Phrase("phrase.entities.rejected") if kind == REJECTED
                    else Phrase("phrase.entities.marked", kind=_kind_phrase(kind)))
            raise UserError("entities.span_corrected_already", start=start, end=end, title=target.title,
                            said=said)
        return _replace(session, old, CorrectionRow(document_id=target.id, folded_text=key,
                                                    kind=kind, start=start, end=end,
                                                    coder_id=coder_id(session, coder)))


def add_entity(project: Project, document: str | int, start: int, end: int, kind: str, *,
               coder: str | None = None) -> CorrectionChange:
    """[start, end) of the document is an entity of ``kind``; mentions found overlapping it
    give way. Replaces an earlier correction of the same span."""
    return _set_span(project, document, start, end, _kind(kind), coder)


def reject_mention(project: Project, document: str | int, start: int, end: int, *,
                   coder: str | None = None) -> CorrectionChange:
    """The mention at [start, end) of the document is no entity (elsewhere its text still is)."""
    return _set_span(project, document, start, end, REJECTED, coder)


@retrying
def remove_correction(project: Project, correction_id: int) -> CorrectionChange:
    """Remove a correction: what it changed is found again as before."""
    with project.write() as session:
        row = session.get(CorrectionRow, correction_id)
        if row is None:
            raise UserError("entities.no_entity_correction_id", correction_id=correction_id)
        removed = _domain(session, row)
        session.delete(row)
    return CorrectionChange(None, removed)


def find_correction(project: Project, text: str | None = None, *, document: str | int | None = None,
                    start: int | None = None, end: int | None = None) -> EntityCorrection | None:
    """The project-wide correction of ``text``, or the one at [start, end) of ``document``."""
    with project.read() as session:
        if text is not None:
            row = _project_wide(session, _key(text))
        else:
            if document is None or start is None or end is None:
                raise ValueError("a text, or a document with a start and an end")
            row = _at(session, resolve_document(session, document).id, start, end)
        return _domain(session, row) if row is not None else None


@retrying
def undo_correction(project: Project, change: CorrectionChange) -> CorrectionChange:
    """Reverse a change in one transaction: remove the correction it made, put back the one
    it replaced or removed (under its old id). Returns the reverse change, whose undo redoes
    the first. Refused, changing nothing, if the project no longer holds what it made."""
    with project.write() as session:
        if change.made is not None:
            row = session.get(CorrectionRow, change.made.id)
            if row is None:
                raise UserError("entities.entity_correction_removed_meanwhile_nothing")
            session.delete(row)
            session.flush()
        if change.replaced is not None:
            old = change.replaced
            if session.get(CorrectionRow, old.id) is not None or (
                    _project_wide(session, old.text) if old.document_id is None
                    else _at(session, old.document_id, old.start, old.end)) is not None:
                raise UserError("entities.entity_corrected_again_meanwhile_nothing")
            if old.document_id is not None and session.get(Document, old.document_id) is None:
                raise UserError("entities.no_document_id_nothing_changed",
                                document_id=old.document_id)
            session.add(CorrectionRow(id=old.id, uuid=old.uuid, document_id=old.document_id,
                                      folded_text=old.text, kind=old.kind, start=old.start,
                                      end=old.end, coder_id=coder_id(session, old.coder),
                                      created_at=old.created_at))
    return CorrectionChange(change.replaced, change.made)

