"""Tagging: add, remove, restore, re-code, resize and annotate coded passages; list them."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from annotator.domain import Mark, Passage, PassageFilter
from annotator.errors import UserError
from annotator.project import Project, retrying
from annotator.services.codes import (PATH_SEPARATOR, code_paths, descendant_ids,
                                      parse_code_reference, resolve_code)
from annotator.text.script import fold
from annotator.services.documents import parse_document_reference, resolve_document
from db import changes, queries
from db.models import Annotation, Code, Coder, Document, utc_now

ENV_CODER = "ANNOTATOR_CODER"


def default_coder_name() -> str:
    name = os.environ.get(ENV_CODER, "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "coder"
    except (OSError, KeyError):
        return "coder"


def coder_id(session: Session, name: str | None) -> int:
    """The id of the named coder (the default coder when None), created on first use."""
    name = (name or default_coder_name()).strip()
    if not name:
        raise UserError("annotations.coder_needs_name")
    existing = session.scalar(select(Coder.id).where(Coder.name == name))
    if existing is not None:
        return existing
    coder = Coder(name=name)
    session.add(coder)
    session.flush()
    return coder.id


def coder_names(project: Project) -> list[str]:
    with project.read() as session:
        return list(session.scalars(select(Coder.name).order_by(Coder.name)))


def _quote(project: Project, document_id: int, start: int, end: int) -> str:
    text = project.stored_text(document_id)
    if text is None:
        raise UserError("documents.no_such_id", document_id=document_id)
    return text[start:end]


def _document_for_tag(session: Session, reference: str | int):
    """The document a passage goes in: its id, title and length, all a tag needs. By id (the
    window's way) one plain row: loading the ORM object cost a tag a millisecond."""
    if _is_id(reference):
        row = session.execute(
            select(Document.id, Document.title, Document.length).where(Document.id == reference)
        ).one_or_none()
        if row is None:
            raise UserError("documents.no_such_id", document_id=reference)
        return row
    return resolve_document(session, reference)


def _check_range(document: Document, start: int, end: int) -> None:
    _check_span(document.title, document.length, start, end)


def _check_span(title: str, length: int, start: int, end: int) -> None:
    if not (0 <= start < end <= length):
        raise UserError("documents.range_outside", start=start, end=end, title=title,
                        length=length)


def _check_not_duplicate(
    session: Session, document_id: int, code_id: int, start: int, end: int, coder: int,
    except_id: int | None = None,
) -> None:
    existing = session.scalar(
        select(Annotation.id).where(
            Annotation.document_id == document_id,
            Annotation.code_id == code_id,
            Annotation.start == start,
            Annotation.end == end,
            Annotation.coder_id == coder,
        )
    )
    if existing is not None and existing != except_id:
        raise UserError("annotations.passage_already_code_annotation", existing=existing)


def _is_id(reference: str | int) -> bool:
    """An id, as the window passes references (the command line writes strings)."""
    return isinstance(reference, int) and not isinstance(reference, bool)


@retrying
def tag(
    project: Project,
    document: str | int,
    start: int,
    end: int,
    code: str | int,
    *,
    memo: str = "",
    coder: str | None = None,
) -> Passage:
    """Code [start, end) of a document with a code, as `coder` (the default coder if None).

    The hot path of a team server, where every statement is a round trip and the other coders
    wait for those made under the write lock. The window's tag (ids) is one round trip there
    before COMMIT (queries.tag_at_once), and so is one of a code by name or path (the command
    line's, a script's: the statement resolves the name itself, under the lock, so nothing can
    go stale between a look-up and the write) and of a document by title (looked up before the
    lock, for its text, and checked again in the statement); otherwise, and whenever that
    stored nothing, the checked path: one statement reads all that is checked
    (queries.tag_facts), one writes the passage with its change-log entry. Its checks and
    their order (document, span, code, coder, twin) are those of the functions a failure
    falls back on to say what is wrong."""
    coder_name = (coder or default_coder_name()).strip()  # what coder_id looks up
    # Read before the write lock (on a cache miss, in a transaction of its own): a stored text
    # never changes and an id is never reused, so it cannot go stale; whether the document
    # still exists (and still has the title it was found by) is decided under the lock.
    known_id, title = _document_before_lock(project, document)
    text = project.stored_text(known_id) if known_id is not None else None
    now = utc_now()
    with project.write() as session:
        entry = changes.entry(project, "passage", changes.ADDED)
        values = {"uuid": uuid.uuid4(), "start": start, "end": end, "memo": memo,
                  "created_at": now, "updated_at": now}
        if text is not None and coder_name and not project.is_file:
            # A code by name (the command line's, a script's) too: the statement resolves it.
            reference = parse_code_reference(code)
            if reference is not None:
                by_name = not isinstance(reference, int)
                stored = queries.tag_at_once(
                    session, {**values, "document_id": known_id,
                              "code_id": None if by_name else reference,
                              "quote": text[start:end]}, entry, coder_name, PATH_SEPARATOR,
                    code_path=reference if by_name else None, title=title)
                if stored is not None:
                    return _new_passage(stored.id, known_id, stored.title, stored.code_id,
                                        stored.code_name, stored.code_path, stored.color,
                                        text[start:end], coder_name, values)
        # Names (the command line) resolved as ever; ids checked by the facts read below.
        document_id = document if _is_id(document) else resolve_document(session, document).id
        code_id = code if _is_id(code) else resolve_code(session, code).id
        facts = queries.tag_facts(session, document_id, code_id, coder_name, start, end,
                                  PATH_SEPARATOR)
        if facts.title is None:
            resolve_document(session, document_id)  # says there is no such document
        _check_span(facts.title, facts.length, start, end)
        if facts.code_name is None:
            resolve_code(session, code_id)  # says there is no such code
        # A coder's first tag adds them (a name left empty is refused there).
        coder_key = facts.coder_id if facts.coder_id is not None else coder_id(session, coder)
        if facts.twin_id is not None:
            raise UserError("annotations.passage_already_code_annotation", existing=facts.twin_id)
        if text is None or document_id != known_id:  # the title may now be another's
            text = project.stored_text(document_id)
            if text is None:
                raise UserError("documents.no_such_id", document_id=document_id)
        passage_id = queries.insert_passage_logged(
            session, {**values, "document_id": document_id, "code_id": code_id,
                      "coder_id": coder_key, "quote": text[start:end]}, entry)
    return _new_passage(passage_id, document_id, facts.title, code_id, facts.code_name,
                        facts.code_path, facts.color, text[start:end], coder_name, values)


def _document_before_lock(project: Project, reference: str | int) -> tuple[int | None, str | None]:
    """The id of the document a tag goes in, where it can be known before the write lock, and
    the title it was found by, if any (to be checked again under the lock): so that its text,
    which the passage quotes, is read from the cache or in a read of its own, not under the
    lock. An id as given (the window's; SQLite's path stops there); on a server a `#N` too, and
    a title, looked up in a read of its own. (None, None) where only resolve_document can tell."""
    if _is_id(reference):
        return reference, None
    if project.is_file:
        return None, None
    parsed = parse_document_reference(reference)
    if not isinstance(parsed, str):
        return parsed, None
    with project.read() as session:
        ids = session.scalars(select(Document.id).where(Document.title == parsed).limit(2)).all()
    return (ids[0], parsed) if len(ids) == 1 else (None, None)


def _new_passage(passage_id: int, document_id: int, title: str, code_id: int, code_name: str,
                 path: str, color: str, quote: str, coder: str, values: dict) -> Passage:
    # Built from what is at hand rather than read back: tagging is the app's hot path.
    return Passage(
        id=passage_id, document_id=document_id, document=title, code_id=code_id, code=code_name,
        code_path=path, color=color, start=values["start"], end=values["end"], text=quote,
        memo=values["memo"], coder=coder, created_at=values["created_at"],
        updated_at=values["updated_at"], uuid=values["uuid"],
    )


@retrying
def restore(project: Project, passage: Passage) -> Passage:
    """Put a removed passage back under its old id (undo of untag)."""
    with project.write() as session:
        if session.get(Annotation, passage.id) is not None:
            raise UserError("annotations.annotation_already_exists", id=passage.id)
        target = _document_for_tag(session, passage.document_id)
        _check_range(target, passage.start, passage.end)
        code_row = resolve_code(session, passage.code_id)
        coder_key = coder_id(session, passage.coder)
        _check_not_duplicate(session, target.id, code_row.id, passage.start, passage.end, coder_key)
        session.add(
            Annotation(
                id=passage.id,
                uuid=passage.uuid or uuid.uuid4(),
                document_id=target.id,
                code_id=code_row.id,
                coder_id=coder_key,
                start=passage.start,
                end=passage.end,
                quote=_quote(project, target.id, passage.start, passage.end),
                memo=passage.memo,
                created_at=passage.created_at,
                updated_at=passage.updated_at,
            )
        )
    return get_passage(project, passage.id)


@retrying
def untag(project: Project, annotation_id: int) -> Passage:
    """Remove a passage and return it as it was, so that it can be restored.

    Read and removed in one transaction, with one DELETE (logged as the flush listener would
    log it): on a team server every statement and every transaction is a round trip, and the
    read in a transaction of its own and the ORM's SELECT before its DELETE cost an undo there
    about 2 ms of 5."""
    with project.write() as session:
        removed = _passage_in(session, annotation_id)
        deleted = session.execute(delete(Annotation).where(Annotation.id == annotation_id)).rowcount
        if deleted != 1:  # cannot happen while we hold the write lock; never log what did not
            raise UserError("annotations.no_such_id", annotation_id=annotation_id)
        changes.record(session, project, "passage", changes.REMOVED, entity_id=annotation_id,
                       document_id=removed.document_id)
    return removed


# Ids per statement when deleting or looking up many: under SQLite's limit of bound parameters.
_ID_CHUNK = 5_000


def _chunks(items: list, size: int = _ID_CHUNK) -> Iterator[list]:
    for index in range(0, len(items), size):
        yield items[index:index + size]


@retrying
def tag_many(
    project: Project,
    spans: Iterable[tuple[int, int, int]],
    code: str | int,
    *,
    coder: str | None = None,
) -> list[Passage]:
    """Tag every (document id, start, end) span with one code, all in ONE transaction (tens of
    thousands of search results would take minutes one transaction each). Spans this coder
    already has with this code, and repeats, are skipped; the new passages come back in the
    order of `spans`. A span outside its document, or an unknown document, stores nothing."""
    wanted = list(dict.fromkeys(spans))
    with project.write() as session:
        code_row = resolve_code(session, code)
        coder_key = coder_id(session, coder)
        coder_name = session.get(Coder, coder_key).name
        document_ids = sorted({document_id for document_id, _, _ in wanted})
        documents = {}
        for chunk in _chunks(document_ids):
            for row in session.execute(
                select(Document.id, Document.title, Document.length).where(Document.id.in_(chunk))
            ):
                documents[row.id] = row
        for document_id, start, end in wanted:
            if document_id not in documents:
                raise UserError("documents.no_such_id", document_id=document_id)
            _check_range(documents[document_id], start, end)
        existing = set()
        for chunk in _chunks(document_ids):
            existing.update(tuple(row) for row in session.execute(
                select(Annotation.document_id, Annotation.start, Annotation.end).where(
                    Annotation.code_id == code_row.id,
                    Annotation.coder_id == coder_key,
                    Annotation.document_id.in_(chunk),
                )
            ))
        new = [span for span in wanted if span not in existing]
        if not new:
            return []
        texts = {document_id: project.stored_text(document_id) or ""
                 for document_id in {span[0] for span in new}}
        now = utc_now()
        rows = [
            {"uuid": uuid.uuid4(), "document_id": document_id, "code_id": code_row.id,
             "coder_id": coder_key, "start": start, "end": end,
             "quote": texts[document_id][start:end], "memo": "", "created_at": now, "updated_at": now}
            for document_id, start, end in new
        ]
        ids = session.scalars(
            insert(Annotation).returning(Annotation.id, sort_by_parameter_order=True), rows
        ).all()
        path = code_paths(list(session.scalars(select(Code))))[code_row.id]
        for document_id in sorted({row["document_id"] for row in rows}):
            changes.record(session, project, "passage", changes.ADDED, document_id=document_id)
    stamp = now
    return [
        Passage(
            id=annotation_id, document_id=row["document_id"],
            document=documents[row["document_id"]].title, code_id=code_row.id, code=code_row.name,
            code_path=path, color=code_row.color, start=row["start"], end=row["end"],
            text=row["quote"], memo="", coder=coder_name, created_at=stamp, updated_at=stamp,
            uuid=row["uuid"],
        )
        for annotation_id, row in zip(ids, rows)
    ]


@retrying
def untag_many(project: Project, annotation_ids: Iterable[int]) -> list[Passage]:
    """Remove passages in ONE transaction (undo of `tag_many`) and return them as they were.
    If any is missing, none is removed."""
    ids = list(dict.fromkeys(annotation_ids))
    removed = [passage for chunk in _chunks(ids) for passage in get_passages(project, chunk)]
    found = {passage.id for passage in removed}
    missing = next((annotation_id for annotation_id in ids if annotation_id not in found), None)
    if missing is not None:
        raise UserError("annotations.no_such_id", annotation_id=missing)
    with project.write() as session:
        deleted = 0
        for chunk in _chunks(ids):
            deleted += session.execute(delete(Annotation).where(Annotation.id.in_(chunk))).rowcount
        if deleted != len(ids):  # another program removed some meanwhile: change nothing
            raise UserError("annotations.some_these_passages_removed_meanwhile")
        for document_id in sorted({passage.document_id for passage in removed}):
            changes.record(session, project, "passage", changes.REMOVED, document_id=document_id)
    order = {annotation_id: position for position, annotation_id in enumerate(ids)}
    return sorted(removed, key=lambda passage: order[passage.id])


@retrying
def restore_many(project: Project, passages: Sequence[Passage]) -> list[Passage]:
    """Put removed passages back under their old ids in ONE transaction (redo of `tag_many`,
    undo of `untag_many`); if any cannot be restored, none is."""
    if not passages:
        return []
    with project.write() as session:
        ids = [passage.id for passage in passages]
        for chunk in _chunks(ids):
            taken = session.scalar(select(Annotation.id).where(Annotation.id.in_(chunk)).limit(1))
            if taken is not None:
                raise UserError("annotations.annotation_already_exists", id=taken)
        documents: dict[int, Document] = {}
        code_ids: dict[int, int] = {}
        coder_keys: dict[str, int] = {}
        rows = []
        for passage in passages:
            if passage.document_id not in documents:
                documents[passage.document_id] = resolve_document(session, passage.document_id)
            target = documents[passage.document_id]
            _check_range(target, passage.start, passage.end)
            if passage.code_id not in code_ids:
                code_ids[passage.code_id] = resolve_code(session, passage.code_id).id
            if passage.coder not in coder_keys:
                coder_keys[passage.coder] = coder_id(session, passage.coder)
            rows.append({
                "id": passage.id, "uuid": passage.uuid or uuid.uuid4(), "document_id": target.id,
                "code_id": code_ids[passage.code_id],
                "coder_id": coder_keys[passage.coder], "start": passage.start, "end": passage.end,
                "quote": _quote(project, target.id, passage.start, passage.end), "memo": passage.memo,
                "created_at": passage.created_at,
                "updated_at": passage.updated_at,
            })
        try:
            # The unique constraint refuses a span someone has coded the same way meanwhile.
            session.execute(insert(Annotation), rows)
        except IntegrityError:
            raise UserError("annotations.some_these_passages_coded_again") from None
        for document_id in sorted({row["document_id"] for row in rows}):
            changes.record(session, project, "passage", changes.ADDED, document_id=document_id)
    restored = [passage for chunk in _chunks(ids) for passage in get_passages(project, chunk)]
    order = {annotation_id: position for position, annotation_id in enumerate(ids)}
    return sorted(restored, key=lambda passage: order[passage.id])


@retrying
def set_memo(project: Project, annotation_id: int, memo: str) -> Passage:
    with project.write() as session:
        annotation = _get(session, annotation_id)
        annotation.memo = memo
        annotation.updated_at = utc_now()
    return get_passage(project, annotation_id)


@retrying
def recode(project: Project, annotation_id: int, code: str | int) -> Passage:
    with project.write() as session:
        annotation = _get(session, annotation_id)
        code_row = resolve_code(session, code)
        _check_not_duplicate(
            session, annotation.document_id, code_row.id, annotation.start, annotation.end,
            annotation.coder_id, except_id=annotation_id,
        )
        annotation.code_id = code_row.id
        annotation.updated_at = utc_now()
    return get_passage(project, annotation_id)


@retrying
def adjust(project: Project, annotation_id: int, start: int, end: int) -> Passage:
    """Move a passage's boundaries."""
    with project.write() as session:
        annotation = _get(session, annotation_id)
        document = resolve_document(session, annotation.document_id)
        _check_range(document, start, end)
        _check_not_duplicate(
            session, annotation.document_id, annotation.code_id, start, end,
            annotation.coder_id, except_id=annotation_id,
        )
        annotation.start, annotation.end = start, end
        annotation.quote = _quote(project, annotation.document_id, start, end)
        annotation.updated_at = utc_now()
    return get_passage(project, annotation_id)


def _get(session: Session, annotation_id: int) -> Annotation:
    annotation = session.get(Annotation, annotation_id)
    if annotation is None:
        raise UserError("annotations.no_such_id", annotation_id=annotation_id)
    return annotation


def passage_marks(project: Project, document_id: int, *, before: int | None = None,
                  coders: Sequence[str] | None = None) -> list[Mark]:
    """The spans and codes of a document's passages, cheaply (for painting a whole volume), in
    no particular order; only those that start before `before`, if given (a first screen's);
    only the passages of `coders` (names) when given."""
    with project.read() as session:
        rows = queries.passage_marks(session, document_id, before, coders)
    return list(map(Mark._make, rows))


class ExportRecord(NamedTuple):
    """A passage as the CSV export needs it: timestamps already in ISO 8601."""

    id: int
    document_id: int
    document: str
    code: str
    code_path: str
    start: int
    end: int
    memo: str
    coder: str
    created_at: str
    updated_at: str


def export_records(project: Project, passage_filter: PassageFilter = PassageFilter()) -> list[ExportRecord]:
    """What list_passages gives, lighter: no objects per passage beyond one tuple."""
    with project.read() as session:
        columns = (
            Annotation.id, Annotation.document_id, Document.title, Code.name, Annotation.code_id,
            Annotation.start, Annotation.end, Annotation.memo, Coder.name,
            Annotation.created_at, Annotation.updated_at, Annotation.quote,
        )
        rows = queries.fetch(session, _statement(session, columns, passage_filter))
        paths = code_paths(list(session.scalars(select(Code)).all()))
        iso = queries.iso_strings(session)
    if passage_filter.text_contains:
        rows = [row for row in rows if passage_filter.mentions(row[11], row[7])]
    return [
        ExportRecord(row[0], row[1], row[2], row[3], paths[row[4]], row[5], row[6], row[7], row[8],
                     iso(row[9]), iso(row[10]))
        for row in rows
    ]


def get_passages(project: Project, annotation_ids: Iterable[int], *,
                 identities: bool = True) -> list[Passage]:
    """The passages with these ids, in document order; with their identities (what restoring
    one needs) unless `identities` is False (for showing them: reading a UUID costs more than
    the rest of the row)."""
    wanted = tuple(annotation_ids)
    return _query(project, annotation_ids=wanted, identities=identities) if wanted else []


def passage_positions(project: Project, passage_filter: PassageFilter = PassageFilter()
                      ) -> list[tuple[int, int, int, int, str]]:
    """(document id, start, end, id, coder) of the passages a filter selects, in document
    order: what a list needs to count, order and find its rows before it shows any, at a
    fraction of the cost of whole passages (a window lists 100,000 and shows 20). A filter on
    text needs the passages' text and memo: use `list_passages` for it."""
    if passage_filter.text_contains:
        raise ValueError("passage_positions cannot filter on text")
    with project.read() as session:
        columns = (Annotation.document_id, Annotation.start, Annotation.end, Annotation.id, Annotation.coder_id)
        # Read through the unique index that holds every column asked for, unordered, and
        # sorted here: SQLite would otherwise visit each row of the table (100,000 rows:
        # 0.16 s + 0.02 s to sort against 0.27 s, and 0.54 s with the joins).
        rows = queries.fetch(session, _statement(session, columns, passage_filter, joined=False))
        coders = dict(session.execute(select(Coder.id, Coder.name)).all())
    rows.sort()
    return [(document_id, start, end, key, coders[coder]) for document_id, start, end, key, coder in rows]


def get_passage(project: Project, annotation_id: int) -> Passage:
    with project.read() as session:
        return _passage_in(session, annotation_id)


def _passage_in(session: Session, annotation_id: int) -> Passage:
    """One passage with its identity, read in the caller's transaction."""
    passages = _passages(session, annotation_ids=(annotation_id,), identities=True)
    if not passages:
        raise UserError("annotations.no_such_id", annotation_id=annotation_id)
    return passages[0]


def list_passages(project: Project, passage_filter: PassageFilter = PassageFilter()) -> list[Passage]:
    """Coded passages in document order, filtered by document, code (and sub-codes), coder, text."""
    return _query(project, passage_filter=passage_filter)


def _statement(session: Session, columns: tuple, passage_filter: PassageFilter,
               annotation_ids: tuple[int, ...] = (), *, joined: bool = True):
    """The passages selected by a filter, in document order, as the given columns: the
    filter's documents, codes and coders asked of the database (PassageFilter.matches is
    the same rule; its text part, `mentions`, is applied to the rows that come back).
    `joined=False`: columns of the annotations table only, in no particular order."""
    if joined:
        statement = (
            select(*columns)
            .join(Document, Document.id == Annotation.document_id)
            .join(Code, Code.id == Annotation.code_id)
            .join(Coder, Coder.id == Annotation.coder_id)
            .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
        )
    else:
        statement = select(*columns)
    if annotation_ids:
        statement = statement.where(Annotation.id.in_(annotation_ids))
    if passage_filter.document_ids:
        statement = statement.where(Annotation.document_id.in_(passage_filter.document_ids))
    if passage_filter.code_ids:  # the codebook is read only when the filter names codes
        parent_of = dict(session.execute(select(Code.id, Code.parent_id)).all())
        statement = statement.where(Annotation.code_id.in_(sorted(passage_filter.code_set(parent_of))))
    if passage_filter.coders:
        if joined:
            statement = statement.where(Coder.name.in_(passage_filter.coders))
        else:
            statement = statement.where(Annotation.coder_id.in_(
                select(Coder.id).where(Coder.name.in_(passage_filter.coders)).scalar_subquery()))
    return statement


def _query(
    project: Project,
    passage_filter: PassageFilter = PassageFilter(),
    annotation_ids: tuple[int, ...] = (),
    *,
    identities: bool = False,
) -> list[Passage]:
    """Passages as the window and the command line show them; with their UUIDs only when
    asked (`identities`): reading one costs more than the rest of a passage's row."""
    with project.read() as session:
        return _passages(session, passage_filter, annotation_ids, identities=identities)


def _passages(
    session: Session,
    passage_filter: PassageFilter = PassageFilter(),
    annotation_ids: tuple[int, ...] = (),
    *,
    identities: bool = False,
) -> list[Passage]:
    """As `_query`, in the caller's transaction."""
    columns = (
        Annotation.id, Annotation.document_id, Document.title, Annotation.code_id,
        Code.name, Code.color, Annotation.start, Annotation.end, Annotation.quote,
        Annotation.memo, Coder.name, Annotation.created_at, Annotation.updated_at,
    ) + ((Annotation.uuid,) if identities else ())
    rows = queries.fetch(session, _statement(session, columns, passage_filter, annotation_ids))
    paths = code_paths(list(session.scalars(select(Code)).all()))
    aware = queries.datetimes(session)
    identity = queries.identities(session)
    if passage_filter.text_contains:
        rows = [row for row in rows if passage_filter.mentions(row[8], row[9])]
    return [
        Passage(
            id=row[0], document_id=row[1], document=row[2], code_id=row[3], code=row[4],
            code_path=paths[row[3]], color=row[5], start=row[6], end=row[7], text=row[8],
            memo=row[9], coder=row[10], created_at=aware(row[11]), updated_at=aware(row[12]),
            uuid=identity(row[13]) if identities else None,
        )
        for row in rows
    ]
