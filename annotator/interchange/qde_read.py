"""Reading a QDA-XML project (`.qde`) into an `ExchangeProject`, as real producers write it.

Lenient where producers deviate harmlessly (namespaces, GUIDs in braces or lower case, empty
containers, dates without a time zone, a Description instead of a note), each time with a
warning; strict where meaning would be lost (a CodeRef to no code, a source whose text is not in
the archive, a colour that is no colour, a GUID that is no GUID): an ExchangeError, and nothing
is taken. What this app cannot hold (PDF, picture, audio and video sources, sets, graphs, links,
cases, selections that cannot be placed on their text) is listed in `unsupported`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from lxml import etree

from annotator.interchange.codebook import CodeReader
from annotator.interchange.errors import ExchangeError
from db.messages import Phrase
from annotator.interchange.positions import Placement, SourceText, Span, names_hold_text, place_spans
from annotator.interchange.producers import default_reading
from annotator.interchange.qde_write import PROJECT_NS
from annotator.interchange.records import (
    ExchangeCoding,
    ExchangeNote,
    ExchangeProject,
    ExchangeSelection,
    ExchangeSource,
    ExchangeUser,
    ExchangeVariable,
    Unsupported,
    iter_codes,
)
from annotator.interchange.values import parse_datetime, parse_guid
from annotator.interchange.xmlsafe import child, child_text, children, local_name, namespace
from annotator.text.normalize import normalize_text

# Reads the text of an archive member named by a path attribute ("internal://x.txt"); raises
# ExchangeError when it is not there.
ReadText = Callable[[str, str], str]

_MEDIA = {"PDFSource": "PDF source", "PictureSource": "picture source",
          "AudioSource": "audio source", "VideoSource": "video source"}
_VALUES = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")
# What project-level NoteRefs are recorded as being about (a note about the project has no target).
_PROJECT = UUID(int=0)
_METADATA = {"author": "author", "date": "date", "source reference": "source_ref",
             "source_ref": "source_ref"}


def is_internal(path: str) -> bool:
    return path.strip().lower().startswith("internal:")


@dataclass
class _Coding:
    guid: UUID
    code: UUID
    user: UUID | None
    created: datetime | None


@dataclass
class _Selection:
    guid: UUID
    span: Span
    description: str
    codings: list[_Coding]
    user: UUID | None
    created: datetime | None
    modifier: UUID | None
    modified: datetime | None
    notes: list[UUID] = field(default_factory=list)
    whole: bool = False  # a coding of the whole source, not a selection


@dataclass
class _Source:
    guid: UUID
    name: str
    written: SourceText
    description: str
    selections: list[_Selection]
    user: UUID | None
    created: datetime | None
    modifier: UUID | None
    modified: datetime | None
    notes: list[UUID] = field(default_factory=list)
    values: list[tuple[str, str]] = field(default_factory=list)


class _Reader:
    def __init__(self, root: etree._Element, label: str, read_text: ReadText) -> None:
        self.root = root
        self.label = label
        self.read_text = read_text
        self.warnings: list[str] = []
        self.unsupported: list[Unsupported] = []
        self.note_refs: dict[UUID, list[UUID]] = {}  # note GUID -> GUIDs of what it is about
        self.users: dict[UUID, str] = {}
        self.unknown_users = 0
        self.bad_guids = 0
        self.naive_times = 0
        self.bad_times = 0
        self.variables: dict[UUID, str] = {}
        self.selection_guids: set[UUID] = set()
        self.memos_from_descriptions: list[ExchangeNote] = []
        # Users, codes and times repeat on every selection: each distinct value is parsed once.
        self._refs: dict[str, UUID | None] = {}
        self._times: dict[str, tuple[datetime | None, bool]] = {}

    # -- small values ----------------------------------------------------------------------

    def ref(self, value: str) -> UUID | None:
        """A GUID referred to (a user, a code), parsed once for all its uses."""
        try:
            return self._refs[value]
        except KeyError:
            guid = self._refs[value] = parse_guid(value)
            return guid

    def user(self, element: etree._Element, attribute: str) -> UUID | None:
        value = element.get(attribute)
        if value is None or not value.strip():
            return None
        guid = self.ref(value)
        if guid is None:
            self.bad_guids += 1
            return None
        if guid not in self.users:
            self.unknown_users += 1
            return None
        return guid

    def when(self, element: etree._Element, attribute: str) -> datetime | None:
        value = element.get(attribute)
        if value is None:
            return None
        parsed = self._times.get(value)
        if parsed is None:
            parsed = self._times[value] = parse_datetime(value)
        moment, zoned = parsed
        if moment is None:
            self.bad_times += bool(value.strip())
        elif not zoned:
            self.naive_times += 1
        return moment

    def guid(self, element: etree._Element, what: Phrase) -> UUID:
        guid = parse_guid(element.get("guid", ""))
        if guid is None:
            raise ExchangeError("exchange.no_valid_guid", label=self.label, what=what,
                                guid=element.get('guid'))
        return guid

    def refs(self, element: etree._Element, owner: UUID) -> list[UUID]:
        """The notes an element's NoteRefs point to, recorded as being about `owner`."""
        notes = []
        for ref in children(element, "NoteRef"):
            note = parse_guid(ref.get("targetGUID", ""))
            if note is None:
                self.bad_guids += 1
                continue
            self.note_refs.setdefault(note, []).append(owner)
            notes.append(note)
        return notes

    # -- the document ----------------------------------------------------------------------

    def read(self) -> ExchangeProject:
        root = self.root
        if local_name(root) != "Project":
            raise ExchangeError("exchange.not_refi_qda_project_root", label=self.label,
                                root=local_name(root))
        if namespace(root) != PROJECT_NS:
            self.warnings.append(f"{self.label}: the project is not in the QDA-XML namespace "
                                 f"({namespace(root) or 'none'}); read all the same")
        origin = root.get("origin", "")
        name = root.get("name") or ""
        if not name.strip():
            self.warnings.append(f"{self.label}: the project has no name")
        for users in children(root, "Users"):
            self._users(users)
        codes = self._codes()
        self._check_code_refs(codes)
        self._variables()
        file_values = self._cases()
        sources = [source for element in children(root, "Sources") for source in self._sources(element)]
        for source in sources:
            source.values[:0] = file_values.pop(source.guid, [])
        notes = [note for element in children(root, "Notes") for note in self._notes(element)]
        self._other_unsupported()
        self.refs(root, _PROJECT)
        placed = self._place(sources, origin)
        known = self._known_targets(placed, codes)
        notes = self._target_notes(notes, known)
        creating_user, modifying_user = self.user(root, "creatingUserGUID"), self.user(root, "modifyingUserGUID")
        created, modified = self.when(root, "creationDateTime"), self.when(root, "modifiedDateTime")
        self._summarise()
        return ExchangeProject(
            name=name, origin=origin,
            users=tuple(ExchangeUser(guid, user) for guid, user in self.users.items()),
            codes=codes, sources=tuple(placed), notes=tuple(notes),
            description=child_text(root, "Description"),
            creating_user=creating_user, created=created, modifying_user=modifying_user, modified=modified,
            unsupported=tuple(self.unsupported), warnings=tuple(self.warnings),
        )

    def _users(self, element: etree._Element) -> None:
        found = children(element, "User")
        if not found:
            self.warnings.append(f"{self.label}: an empty <Users/> (the schema wants at least one "
                                 "user) read as no users")
        for user in found:
            guid = self.guid(user, Phrase("phrase.exchange.user"))
            name = user.get("name") or user.get("id") or ""
            name = name if name.strip() else f"user {str(guid)[:8]}"
            self.users.setdefault(guid, name)

    def _codes(self) -> tuple:
        reader = CodeReader(self.label, self.warnings)
        codes: tuple = ()
        for book in children(self.root, "CodeBook"):
            for codes_element in children(book, "Codes"):
                codes += reader.read(codes_element)
        for note, owners in reader.note_refs.items():
            self.note_refs.setdefault(note, []).extend(owners)
        return codes

    def _variables(self) -> None:
        for variables in children(self.root, "Variables"):
            for variable in children(variables, "Variable"):
                guid = parse_guid(variable.get("guid", ""))
                if guid is not None:
                    self.variables[guid] = (variable.get("name") or "").strip()

    def _values(self, element: etree._Element) -> list[tuple[str, str]]:
        values = []
        for value in children(element, "VariableValue"):
            ref = child(value, "VariableRef")
            guid = parse_guid(ref.get("targetGUID", "")) if ref is not None else None
            if guid not in self.variables:
                self.warnings.append(f"{self.label}: a variable value refers to no variable; left out")
                continue
            kind = next((kind for kind in _VALUES if child(value, kind) is not None), None)
            written = child_text(value, kind) if kind else ""
            # Text is kept as written; typed values (dates, numbers) lose stray spaces.
            values.append((self.variables[guid], written if kind == "TextValue" else written.strip()))
        return values

    def _cases(self) -> dict[UUID, list[tuple[str, str]]]:
        """Document variables that MAXQDA and Quirkos keep in a nameless Case with one
        SourceRef; every other case is listed as not taken."""
        file_values: dict[UUID, list[tuple[str, str]]] = {}
        for cases in children(self.root, "Cases"):
            for case in children(cases, "Case"):
                sources = [parse_guid(ref.get("targetGUID", "")) for ref in children(case, "SourceRef")]
                if case.get("name") is None and len(sources) == 1 and sources[0] is not None:
                    file_values.setdefault(sources[0], []).extend(self._values(case))
                else:
                    self.unsupported.append(Unsupported(
                        "case", case.get("name") or case.get("guid", "?"),
                        "cases are not kept; their documents and passages are imported without them"))
        return file_values

    # -- sources ---------------------------------------------------------------------------

    def _sources(self, element: etree._Element) -> list[_Source]:
        found = []
        kinds = list(element)
        if not [kind for kind in kinds if local_name(kind)]:
            self.warnings.append(f"{self.label}: an empty <Sources/> read as no documents")
        for source in kinds:
            kind = local_name(source)
            if kind == "TextSource":
                text_source = self._text_source(source)
                if text_source is not None:
                    found.append(text_source)
            elif kind in _MEDIA:
                codings = sum(1 for _ in source.iter("{*}Coding"))
                self.unsupported.append(Unsupported(
                    _MEDIA[kind], source.get("name") or source.get("guid", "?"),
                    f"only text sources can be taken ({_count(codings, 'coding')} not taken with it)"))
        return found

    def _text_source(self, element: etree._Element) -> _Source | None:
        guid = self.guid(element, Phrase("phrase.exchange.text_source"))
        name = element.get("name") or ""
        name = name if name.strip() else "untitled document"
        written = self._source_text(element, name)
        if written is None:
            return None
        source = _Source(
            guid=guid, name=name, written=SourceText(written),
            description=child_text(element, "Description"), selections=[],
            user=self.user(element, "creatingUser"), created=self.when(element, "creationDateTime"),
            modifier=self.user(element, "modifyingUser"), modified=self.when(element, "modifiedDateTime"),
        )
        for selection in children(element, "PlainTextSelection"):
            parsed = self._selection(selection, name)
            if parsed is not None:
                source.selections.append(parsed)
        # A coding of the source itself codes all of its text.
        whole = [self._coding(coding) for coding in children(element, "Coding")]
        for coding in whole:
            source.selections.append(_Selection(
                guid=coding.guid, span=Span(0, len(source.written.written)), description="",
                codings=[coding], user=coding.user, created=coding.created, modifier=None, modified=None,
                whole=True,
            ))
        source.notes = self.refs(element, guid)
        source.values = self._values(element)
        return source

    def _source_text(self, element: etree._Element, name: str) -> str | None:
        path = element.get("plainTextPath")
        if path and path.strip():
            if not is_internal(path):
                self.unsupported.append(Unsupported(
                    "text source", name, f"its text is not in the archive but at {path.strip()}"))
                return None
            return self.read_text(path, Phrase("phrase.exchange.text_of", name=name))
        inline = child(element, "PlainTextContent")
        if inline is not None:
            return "".join(inline.itertext())
        rich = element.get("richTextPath")
        self.unsupported.append(Unsupported(
            "text source", name, "it has no plain text" + (f", only rich text ({rich})" if rich else "")))
        return None

    def _selection(self, element: etree._Element, source_name: str) -> _Selection | None:
        guid = self.guid(element, Phrase("phrase.exchange.selection_in", source=source_name))
        if guid in self.selection_guids:
            raise ExchangeError("exchange.two_selections_same_guid", label=self.label, guid=guid)
        self.selection_guids.add(guid)
        name = element.get("name") or ""
        try:
            span = Span(int(element.get("startPosition", "")), int(element.get("endPosition", "")), name)
        except ValueError:
            self.unsupported.append(Unsupported(
                "selection", _selection_label(name, element.get("startPosition"),
                                              element.get("endPosition"), source_name),
                "its positions are not whole numbers"))
            return None
        selection = _Selection(
            guid=guid, span=span, description=child_text(element, "Description"),
            codings=[self._coding(coding) for coding in children(element, "Coding")],
            user=self.user(element, "creatingUser"), created=self.when(element, "creationDateTime"),
            modifier=self.user(element, "modifyingUser"), modified=self.when(element, "modifiedDateTime"),
        )
        selection.notes = self.refs(element, guid)
        return selection

    def _coding(self, element: etree._Element) -> _Coding:
        guid = self.guid(element, Phrase("phrase.exchange.coding"))
        ref = child(element, "CodeRef")
        code = self.ref(ref.get("targetGUID", "")) if ref is not None else None
        if code is None:
            raise ExchangeError("exchange.coding_names_no_code", label=self.label, guid=guid)
        self.refs(element, guid)
        return _Coding(guid, code, self.user(element, "creatingUser"), self.when(element, "creationDateTime"))

    def _place(self, sources: list[_Source], origin: str) -> list[ExchangeSource]:
        """Selections onto the stored texts (see positions.py); the unplaceable listed."""
        reading = default_reading(origin)
        check = names_hold_text([(s.written, [sel.span for sel in s.selections]) for s in sources])
        placed_sources = []
        seen: set[UUID] = set()
        for source in sources:
            if source.guid in seen:
                raise ExchangeError("exchange.two_sources_same_guid", label=self.label,
                                    guid=source.guid)
            seen.add(source.guid)
            spans = [s for s in source.selections if not s.whole]
            result = place_spans(source.written, [s.span for s in spans], reading, check,
                                 f"document {source.name!r}")
            self.warnings.extend(result.warnings)
            placements = dict(zip((s.guid for s in spans), result.placements))
            length = len(source.written.text)
            selections = []
            for selection in source.selections:
                placement = placements.get(selection.guid) or (
                    Placement(0, length) if length else Placement(reason="the text is empty"))
                label = _selection_label(selection.span.name, selection.span.start,
                                         selection.span.end, source.name)
                if not placement.placed:
                    self.unsupported.append(Unsupported(
                        "selection", label, f"it cannot be placed on the text: {placement.reason}"))
                    continue
                if not selection.codings:
                    self._uncoded(selection, source, label)
                    continue
                selections.append(ExchangeSelection(
                    guid=selection.guid, start=placement.start, end=placement.end,
                    codings=tuple(ExchangeCoding(c.guid, c.code, c.user, c.created)
                                  for c in selection.codings),
                    name=selection.span.name, description=selection.description,
                    creating_user=selection.user, created=selection.created,
                    modifying_user=selection.modifier, modified=selection.modified,
                ))
            author, date, source_ref, others = _metadata(source.values)
            placed_sources.append(ExchangeSource(
                guid=source.guid, name=source.name, text=source.written.text,
                description=source.description, author=author, date=date, source_ref=source_ref,
                selections=tuple(selections), variables=others,
                creating_user=source.user, created=source.created,
                modifying_user=source.modifier, modified=source.modified,
            ))
        return placed_sources

    def _uncoded(self, selection: _Selection, source: _Source, label: str) -> None:
        """A selection without a code (a MAXQDA or QualCoder memo on a span) is no passage: its
        memo and notes are kept as the document's, and the span is listed."""
        for note in selection.notes:
            self.note_refs[note] = [source.guid if target == selection.guid else target
                                    for target in self.note_refs.get(note, [])]
        if selection.description:
            self.memos_from_descriptions.append(ExchangeNote(
                guid=selection.guid, name=f"Memo on {label}", text=normalize_text(selection.description),
                targets=(source.guid,), creating_user=selection.user, created=selection.created,
                modifying_user=selection.modifier, modified=selection.modified,
            ))
        kept = " (its memo is kept as a memo of the document)" if selection.description or selection.notes else ""
        self.unsupported.append(Unsupported("selection", label, f"it has no code{kept}"))

    # -- notes -----------------------------------------------------------------------------

    def _notes(self, element: etree._Element) -> list[ExchangeNote]:
        notes = []
        for note in children(element, "Note"):
            guid = self.guid(note, Phrase("phrase.exchange.note"))
            name = note.get("name") or ""
            path = note.get("plainTextPath")
            if path and path.strip() and is_internal(path):
                text = self.read_text(path, Phrase("phrase.exchange.the_note", name=name or guid))
            elif (inline := child(note, "PlainTextContent")) is not None:
                text = "".join(inline.itertext())
            else:
                text = child_text(note, "Description")
            if children(note, "PlainTextSelection"):
                self.warnings.append(f"{self.label}: the note {name or str(guid)!r} marks a span of "
                                     "text; it is kept as a note without the span")
            notes.append(ExchangeNote(
                guid=guid, name=name, text=normalize_text(text),
                creating_user=self.user(note, "creatingUser"), created=self.when(note, "creationDateTime"),
                modifying_user=self.user(note, "modifyingUser"), modified=self.when(note, "modifiedDateTime"),
            ))
        return notes

    def _target_notes(self, notes: list[ExchangeNote], known: set[UUID]) -> list[ExchangeNote]:
        """Each note with the GUIDs of what it is about (what NoteRefs elsewhere say), kept
        only where that is taken; a note about nothing taken is the project's."""
        result = []
        seen: set[UUID] = set()
        lost = 0
        for note in notes + self.memos_from_descriptions:
            if note.guid in seen:
                self.warnings.append(f"{self.label}: two notes have the GUID {note.guid}; the "
                                     "second is left out")
                continue
            seen.add(note.guid)
            targets = list(note.targets)
            for target in self.note_refs.get(note.guid, []):
                if target in known and target not in targets:
                    targets.append(target)
                elif target not in known and target != _PROJECT:
                    lost += 1
            result.append(_with_targets(note, tuple(targets)))
        dangling = sum(1 for note in self.note_refs if note not in seen)
        if dangling:
            self.warnings.append(f"{self.label}: {_count(dangling, 'note reference')} to notes "
                                 "that are not in the file, left out")
        if lost:
            self.warnings.append(f"{self.label}: {_count(lost, 'note')} about something not taken "
                                 "(see the list of what was not taken) kept without it")
        return result

    # -- the rest --------------------------------------------------------------------------

    def _other_unsupported(self) -> None:
        for container, item, kind, reason in (
            ("Sets", "Set", "set", "sets (groups of documents or codes) are not kept; their "
                                   "members are imported on their own"),
            ("Graphs", "Graph", "graph", "graphs are not kept"),
            ("Links", "Link", "link", "links between items are not kept"),
        ):
            for element in children(self.root, container):
                found = children(element, item)
                if not found:
                    self.warnings.append(f"{self.label}: an empty <{container}/> (the schema wants at "
                                         f"least one {item}) read as none")
                for entry in found:
                    self.unsupported.append(Unsupported(
                        kind, entry.get("name") or entry.get("guid", "?"), reason))

    def _check_code_refs(self, codes: tuple) -> None:
        known = {code.guid for code, _, _ in iter_codes(codes)}
        for ref in self.root.iter("{*}CodeRef"):
            target = parse_guid(ref.get("targetGUID", ""))
            if target not in known:
                raise ExchangeError("exchange.coding_refers_code_which_not", label=self.label,
                                    guid=ref.get('targetGUID'))

    def _known_targets(self, sources: list[ExchangeSource], codes: tuple) -> set[UUID]:
        known = {code.guid for code, _, _ in iter_codes(codes)}
        for source in sources:
            known.add(source.guid)
            for selection in source.selections:
                known.add(selection.guid)
                known.update(coding.guid for coding in selection.codings)
        return known

    def _summarise(self) -> None:
        if self.unknown_users:
            self.warnings.append(f"{self.label}: {_count(self.unknown_users, 'reference')} to users "
                                 "not in <Users>: their coder is not known")
        if self.bad_guids:
            self.warnings.append(f"{self.label}: {_count(self.bad_guids, 'reference')} that are no "
                                 "GUID, left out")
        if self.naive_times:
            self.warnings.append(f"{self.label}: {_count(self.naive_times, 'time')} without a time "
                                 "zone read as UTC")
        if self.bad_times:
            self.warnings.append(f"{self.label}: {_count(self.bad_times, 'time')} that are no date "
                                 "and time, left out")


def _with_targets(note: ExchangeNote, targets: tuple[UUID, ...]) -> ExchangeNote:
    return ExchangeNote(note.guid, note.name, note.text, targets, note.creating_user, note.created,
                        note.modifying_user, note.modified)


def _metadata(values: list[tuple[str, str]]) -> tuple[str, str, str, tuple[ExchangeVariable, ...]]:
    """Author, date and source reference from a source's variables; the others as they are."""
    fields = {"author": "", "date": "", "source_ref": ""}
    others = []
    for name, value in values:
        key = _METADATA.get(name.casefold())
        if key is not None and not fields[key]:
            fields[key] = value
        elif value:
            others.append(ExchangeVariable(name, value))
    return fields["author"], fields["date"], fields["source_ref"], tuple(others)


def _selection_label(name: str, start: object, end: object, source: str) -> str:
    shown = " ".join(name.split())
    if len(shown) > 30:
        shown = shown[:30] + "…"
    return f"“{shown}” in {source}" if shown else f"{start}–{end} in {source}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def read_project(root: etree._Element, label: str, read_text: ReadText) -> ExchangeProject:
    """The project a parsed `.qde` describes; `read_text` reads the texts its paths name."""
    return _Reader(root, label, read_text).read()
