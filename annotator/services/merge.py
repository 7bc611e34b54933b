"""Merging a colleague's project into this one (`import OTHER.sqlite`): work done apart comes
together, nothing twice, nothing silently overwritten.

What is the same thing in both projects:
- a document: the same UUID, else the same text (its SHA-256; the texts never change);
- a coder: the same UUID, else the same name;
- a code: the same UUID, else the same path (the same name, compared as sibling names are,
  under the same parent);
- a passage: the same UUID, else the same document, code, coder, start and end;
- a memo: the same UUID;
- an entity correction: the same UUID, else the same place (the same text project-wide, or the
  same span of the same document): a correction made apart at the same place is a conflict
  when its kind differs.

Whatever the other project has that this one lacks is added, with its UUID, so that merging
the same file again adds nothing. Where both have the same thing in different versions (a code
renamed differently, a passage recoded, a memo rewritten), this project's version is kept and
the difference is listed for the user to settle. New documents bring their segmentation and
their parallel-passage index along (the same text, the same boundaries, the same index).
Dictionary words are not merged: adding one re-segments every text containing it, which
`words add` does and shows; they are listed instead.

All of it is one transaction: a merge that fails stores nothing. The other project is read
from a copy, so its file is never written to (no journal, no upgrade, no backup beside it).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select

from annotator.errors import UserError
from annotator.plural import count
from annotator.project import Project, retrying
from db import changes
from db.copy import parents_first
from db.errors import ProjectFileError
from db.health import read_only_uri
from db.location import Location
from db.migrate import check_is_sqlite_file, open_project_engine
from db.models import (
    Annotation,
    Code,
    Coder,
    DictionaryWord,
    Document,
    EntityCorrection,
    Memo,
    ParallelIndex,
    Segmentation,
    code_name_key,
)

KINDS = ("document", "code", "coder", "passage", "memo", "correction")


@dataclass(frozen=True)
class MergeConflict:
    kind: str  # one of KINDS
    description: str  # one line: what differs, and that this project's version was kept


@dataclass(frozen=True)
class MergeSummary:
    source: str
    added: dict[str, int] = field(default_factory=dict)  # kind -> new here
    matched: dict[str, int] = field(default_factory=dict)  # kind -> already here
    conflicts: tuple[MergeConflict, ...] = ()
    # Passages, memos and entity corrections left out because their document's text differs
    # here (a conflict).
    left_out: int = 0
    words_not_merged: tuple[str, ...] = ()

    def describe(self) -> str:
        nouns = {"document": "document", "code": "code", "coder": "coder", "passage": "passage",
                 "memo": "memo", "correction": "entity correction"}
        added = ", ".join(count(self.added.get(k, 0), nouns[k]) for k in KINDS)
        matched = ", ".join(count(self.matched.get(k, 0), nouns[k]) for k in KINDS)
        return f"added {added}; already here: {matched}"


@retrying
def merge_project(project: Project, other: Location | Path | str) -> MergeSummary:
    """Merge the project at `other` into `project` (see the module's docstring)."""
    other = Location.parse(other)
    if other.key == project.location.key:
        raise UserError("merge.project_itself", other=other)
    with _reading(other) as engine:
        theirs = _read(engine)
    with project.write() as session:
        merger = _Merger(session.connection(), theirs, str(other.path.name if other.is_file else other.label))
        summary = merger.run()
        for kind, entity in (("document", "document"), ("code", "code"), ("memo", "memo"),
                             ("entity", "correction")):
            if summary.added.get(entity):
                changes.record(session, project, kind, changes.ADDED)
        for document_id in sorted(merger.passages_added_in):
            changes.record(session, project, "passage", changes.ADDED, document_id=document_id)
    return summary


class _reading:
    """An engine on the other project, read from a checked copy when it is a file."""

    def __init__(self, location: Location) -> None:
        self._location = location
        self._folder: tempfile.TemporaryDirectory | None = None
        self._engine: Engine | None = None

    def __enter__(self) -> Engine:
        location = self._location
        if location.is_file:
            if not location.path.exists():
                raise ProjectFileError("db.no_such_project_file", path=location.path)
            check_is_sqlite_file(location.path)
            self._folder = tempfile.TemporaryDirectory(prefix="annotator-merge-")
            copy = Path(self._folder.name) / "other.sqlite"
            _snapshot(location.path, copy)
            location = Location(path=copy)
        try:
            self._engine = open_project_engine(location, create=False).engine
        except BaseException:
            self.__exit__()
            raise
        return self._engine

    def __exit__(self, *exc_info: object) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._folder is not None:
            self._folder.cleanup()


def _snapshot(source: Path, destination: Path) -> None:
    """A consistent copy of a project file that may be open elsewhere, read-only."""
    try:
        reading = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            writing = sqlite3.connect(destination)
            try:
                reading.backup(writing)
            finally:
                writing.close()
        finally:
            reading.close()
    except sqlite3.DatabaseError as error:
        raise ProjectFileError("merge.cannot_read_project", source=source, error=error) from None


def _read(engine: Engine) -> dict[str, list[dict]]:
    tables = {"coders": Coder, "codes": Code, "documents": Document, "segmentations": Segmentation,
              "annotations": Annotation, "memos": Memo, "dictionary_words": DictionaryWord,
              "entity_corrections": EntityCorrection, "parallel_indexes": ParallelIndex}
    with engine.connect() as connection:
        return {name: [row._asdict() for row in connection.execute(
                    select(model.__table__).order_by(*model.__table__.primary_key.columns))]
                for name, model in tables.items()}


class _Merger:
    def __init__(self, connection: Connection, theirs: dict[str, list[dict]], name: str) -> None:
        self.db = connection
        self.theirs = theirs
        self.name = name
        self.added: dict[str, int] = defaultdict(int)
        self.matched: dict[str, int] = defaultdict(int)
        self.conflicts: list[MergeConflict] = []
        self.left_out = 0
        self.passages_added_in: set[int] = set()
        self.coders: dict[int, int] = {}  # their id -> our id
        self.codes: dict[int, int] = {}
        self.documents: dict[int, int] = {}

    def run(self) -> MergeSummary:
        self._coders()
        self._codes()
        self._documents()
        self._passages()
        self._memos()
        self._corrections()
        ours = set(self.db.scalars(select(DictionaryWord.word)))
        words = tuple(row["word"] for row in self.theirs["dictionary_words"] if row["word"] not in ours)
        return MergeSummary(self.name, {kind: self.added[kind] for kind in KINDS},
                            {kind: self.matched[kind] for kind in KINDS}, tuple(self.conflicts),
                            self.left_out, words)

    def _conflict(self, kind: str, description: str) -> None:
        self.conflicts.append(MergeConflict(kind, description))

    def _coders(self) -> None:
        rows = self.db.execute(select(Coder.id, Coder.uuid, Coder.name)).all()
        by_uuid = {row.uuid: row.id for row in rows}
        by_name = {row.name: row.id for row in rows}
        for coder in self.theirs["coders"]:
            ours = by_uuid.get(coder["uuid"]) or by_name.get(coder["name"])
            if ours is not None:
                self.matched["coder"] += 1
            else:
                ours = self.db.execute(insert(Coder).values(uuid=coder["uuid"], name=coder["name"])
                                       .returning(Coder.id)).scalar_one()
                by_name[coder["name"]] = ours
                self.added["coder"] += 1
            self.coders[coder["id"]] = ours

    def _codes(self) -> None:
        table = Code.__table__
        ours = {row.id: row._asdict() for row in self.db.execute(select(table))}
        by_uuid = {code["uuid"]: code for code in ours.values()}
        by_place = {(code["parent_id"], code["name_key"]): code for code in ours.values()}
        shortcuts = {code["shortcut"] for code in ours.values() if code["shortcut"]}
        paths = _paths(ours)
        their_paths = _paths({code["id"]: code for code in self.theirs["codes"]})
        for code in parents_first(self.theirs["codes"]):
            parent = self.codes.get(code["parent_id"]) if code["parent_id"] is not None else None
            key = code_name_key(code["name"])
            same = by_uuid.get(code["uuid"])
            if same is not None:
                self.codes[code["id"]] = same["id"]
                self.matched["code"] += 1
                self._compare_codes(same, code, parent, paths, their_paths)
                continue
            same = by_place.get((parent, key))
            if same is not None:
                self.codes[code["id"]] = same["id"]
                self.matched["code"] += 1
                continue
            shortcut = code["shortcut"] if code["shortcut"] not in shortcuts else None
            values = {name: code[name] for name in ("uuid", "name", "color", "description",
                                                     "sort_order", "created_at")}
            new_id = self.db.execute(insert(table).values(
                **values, name_key=key, parent_id=parent, shortcut=shortcut).returning(table.c.id)).scalar_one()
            row = {**values, "id": new_id, "name_key": key, "parent_id": parent, "shortcut": shortcut}
            ours[new_id] = row
            by_place[(parent, key)] = row
            paths[new_id] = (paths[parent] + "/" if parent is not None else "") + code["name"]
            if shortcut:
                shortcuts.add(shortcut)
            self.codes[code["id"]] = new_id
            self.added["code"] += 1

    def _compare_codes(self, ours: dict, theirs: dict, parent: int | None,
                       paths: dict[int, str], their_paths: dict[int, str]) -> None:
        here, there = paths[ours["id"]], their_paths[theirs["id"]]
        if ours["name"] != theirs["name"]:
            self._conflict("code", f"the code “{here}” is named “{theirs['name']}” in {self.name}; "
                                   f"kept “{ours['name']}”")
        elif ours["parent_id"] != parent:
            self._conflict("code", f"the code “{here}” is “{there}” in {self.name}; kept “{here}”")
        for field_name, what in (("description", "description"), ("color", "colour")):
            if ours[field_name] != theirs[field_name]:
                self._conflict("code", f"the code “{here}” has another {what} in {self.name} "
                                       f"(“{theirs[field_name]}”); kept “{ours[field_name]}”")

    def _documents(self) -> None:
        rows = self.db.execute(select(Document.id, Document.uuid, Document.text_sha256, Document.title)
                               .order_by(Document.id)).all()
        by_uuid = {row.uuid: row for row in rows}
        by_text: dict[str, list[int]] = defaultdict(list)
        for row in rows:
            by_text[row.text_sha256].append(row.id)
        taken: set[int] = set()
        unmatched = []
        for document in self.theirs["documents"]:
            same = by_uuid.get(document["uuid"])
            if same is None:
                unmatched.append(document)
            elif same.text_sha256 != document["text_sha256"]:
                self._conflict("document", f"the document “{same.title}” has another text in "
                                           f"{self.name} (“{document['title']}”); kept this one, "
                                           "and left out its passages and memos from there")
                taken.add(same.id)
            else:
                self.documents[document["id"]] = same.id
                taken.add(same.id)
                self.matched["document"] += 1
        segmentations = {row["document_id"]: row for row in self.theirs["segmentations"]}
        indexes = {row["document_id"]: row for row in self.theirs["parallel_indexes"]}
        for document in unmatched:
            free = [ours for ours in by_text.get(document["text_sha256"], []) if ours not in taken]
            if free:
                self.documents[document["id"]] = free[0]
                taken.add(free[0])
                self.matched["document"] += 1
                continue
            new_id = self._add_document(document, segmentations.get(document["id"]),
                                        indexes.get(document["id"]))
            self.documents[document["id"]] = new_id
            taken.add(new_id)
            self.added["document"] += 1

    def _add_document(self, document: dict, segmentation: dict | None,
                      index: dict | None = None) -> int:
        """Insert a document of theirs that is not here, with its segmentation and parallel
        index; its new id. (The REFI-QDA import, services/exchange.py, segments the texts it
        brings and builds their indexes instead.)"""
        values = {key: value for key, value in document.items() if key != "id"}
        new_id = self.db.execute(insert(Document).values(**values).returning(Document.id)).scalar_one()
        if segmentation is not None:
            self.db.execute(insert(Segmentation).values(**{**segmentation, "document_id": new_id}))
        if index is not None:  # derived from the same folded text: no need to build it again
            self.db.execute(insert(ParallelIndex).values(**{**index, "document_id": new_id}))
        return new_id

    def _passages(self) -> None:
        columns = (Annotation.id, Annotation.uuid, Annotation.document_id, Annotation.code_id,
                   Annotation.coder_id, Annotation.start, Annotation.end, Annotation.memo)
        rows = self.db.execute(select(*columns)).all()
        by_uuid = {row.uuid: row for row in rows}
        by_place = {(row.document_id, row.code_id, row.coder_id, row.start, row.end): row for row in rows}
        titles = dict(self.db.execute(select(Document.id, Document.title)).all())
        new = []
        added_places: set[tuple] = set()
        for passage in self.theirs["annotations"]:
            document = self.documents.get(passage["document_id"])
            if document is None:
                self.left_out += 1
                continue
            code, coder = self.codes[passage["code_id"]], self.coders[passage["coder_id"]]
            place = (document, code, coder, passage["start"], passage["end"])
            where = f"{titles[document]} {passage['start']}-{passage['end']}"
            same = by_uuid.get(passage["uuid"])
            if same is not None:
                self.matched["passage"] += 1
                if (same.document_id, same.code_id, same.start, same.end) != place[:2] + place[3:]:
                    self._conflict("passage", f"passage {same.id} is coded otherwise in {self.name} "
                                              f"({where}, another code or other boundaries); kept this one")
                elif same.memo != passage["memo"]:
                    self._conflict("passage", f"passage {same.id} ({where}) has another memo in "
                                              f"{self.name} (“{_short(passage['memo'])}”); kept this one")
                continue
            if place in added_places:  # two of their coders are one coder here
                self.matched["passage"] += 1
                continue
            same = by_place.get(place)
            if same is not None:
                self.matched["passage"] += 1
                if same.memo != passage["memo"] and passage["memo"]:
                    self._conflict("passage", f"passage {same.id} ({where}) has another memo in "
                                              f"{self.name} (“{_short(passage['memo'])}”); kept this one")
                continue
            added_places.add(place)
            new.append({**{key: value for key, value in passage.items() if key != "id"},
                        "document_id": document, "code_id": code, "coder_id": coder})
            self.passages_added_in.add(document)
        if new:
            self.db.execute(insert(Annotation), new)
        self.added["passage"] += len(new)

    def _memos(self) -> None:
        rows = self.db.execute(select(Memo.id, Memo.uuid, Memo.title, Memo.text)).all()
        by_uuid = {row.uuid: row for row in rows}
        for memo in self.theirs["memos"]:
            same = by_uuid.get(memo["uuid"])
            if same is not None:
                self.matched["memo"] += 1
                if (same.title, same.text) != (memo["title"], memo["text"]):
                    self._conflict("memo", f"memo {same.id} reads otherwise in {self.name} "
                                           f"(“{_short(memo['text'])}”); kept this one")
                continue
            if memo["document_id"] is not None and memo["document_id"] not in self.documents:
                self.left_out += 1
                continue
            values = {key: value for key, value in memo.items() if key != "id"}
            values["document_id"] = self.documents.get(memo["document_id"]) if memo["document_id"] else None
            values["code_id"] = self.codes.get(memo["code_id"]) if memo["code_id"] else None
            values["coder_id"] = self.coders.get(memo["coder_id"]) if memo["coder_id"] else None
            self.db.execute(insert(Memo).values(**values))
            self.added["memo"] += 1

    def _corrections(self) -> None:
        table = EntityCorrection.__table__
        rows = [row._asdict() for row in self.db.execute(select(
            table.c.uuid, table.c.document_id, table.c.folded_text, table.c.kind, table.c.start, table.c.end))]
        # (kind, place) of each correction here, by identity and by place.
        by_uuid = {row["uuid"]: (row["kind"], _correction_place(row)) for row in rows}
        by_place = {_correction_place(row): (row["kind"], _correction_place(row)) for row in rows}
        titles = dict(self.db.execute(select(Document.id, Document.title)).all())
        for correction in self.theirs["entity_corrections"]:
            document = correction["document_id"]
            if document is not None:
                document = self.documents.get(document)
                if document is None:  # its document has another text here
                    self.left_out += 1
                    continue
            mapped = {**correction, "document_id": document}
            place = _correction_place(mapped)
            same = by_uuid.get(correction["uuid"]) or by_place.get(place)
            if same is not None:
                self.matched["correction"] += 1
                if same != (correction["kind"], place):
                    where = (f"“{correction['folded_text']}” in every document" if document is None
                             else f"{titles[document]} {correction['start']}-{correction['end']} "
                                  f"(“{correction['folded_text']}”)")
                    self._conflict("correction", f"the entity correction of {where} is "
                                                 f"“{correction['kind']}” in {self.name}; kept “{same[0]}”")
                continue
            values = {key: value for key, value in mapped.items() if key != "id"}
            values["coder_id"] = self.coders[correction["coder_id"]]
            self.db.execute(insert(EntityCorrection).values(**values))
            by_place[place] = (correction["kind"], place)
            self.added["correction"] += 1


def _correction_place(correction: dict) -> tuple:
    """Where a correction applies: one per text project-wide, one per span of a document."""
    if correction["document_id"] is None:
        return (None, correction["folded_text"])
    return (correction["document_id"], correction["start"], correction["end"])


def _paths(codes: dict[int, dict]) -> dict[int, str]:
    paths: dict[int, str] = {}

    def path(code_id: int, seen: frozenset[int] = frozenset()) -> str:
        if code_id not in paths:
            code = codes[code_id]
            parent = code["parent_id"]
            prefix = path(parent, seen | {code_id}) + "/" if parent is not None and parent not in seen else ""
            paths[code_id] = prefix + code["name"]
        return paths[code_id]

    for code_id in codes:
        path(code_id)
    return paths


def _short(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"
